/**
 * /projects/:id/choices/order-list: the order list for the builder (issue 8, item 12).
 * `?format=csv` answers the CSV as a download (toCsv: `;`, decimal comma and a BOM in bokmål,
 * CRLF); without it the request goes to the printable page, `/choices?view=order-list`, because
 * a route that renders a page cannot also answer a file. Planners only (`choices:readAll`). The
 * list names homes, never residents.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { orderListFor } from "../choices/choices-route.server";
import { toCsv } from "../compare/comparison-export";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "choices:readAll");
  const url = new URL(request.url);
  if (url.searchParams.get("format") !== "csv") return redirect(`/projects/${project.id}/choices?view=order-list`);
  const { language, matrix, table } = await orderListFor(context, request, project.id);
  const fileName = `${language === "en" ? "order-list" : "bestillingsliste"}-${matrix.today}.csv`;
  return new Response(toCsv(table, language), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
