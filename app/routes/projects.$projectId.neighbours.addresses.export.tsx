/**
 * The address list as CSV for a mail merge (decision 013): planners only, with the owners' names,
 * in the spreadsheet convention of the reader's language (app/compare/comparison-export.ts).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { toCsv } from "../compare/comparison-export";
import { fallbackLanguage, isLanguage } from "../i18n/config";
import { i18nServer } from "../i18n/i18n.server";
import { addressTable } from "../neighbours/address-csv";
import { listAddresses } from "../neighbours/address-store.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  const detected = await i18nServer.getLocale(request);
  const language = isLanguage(detected) ? detected : fallbackLanguage;
  const csv = toCsv(addressTable(await listAddresses(context.db, project.id), language), language);
  const name = language === "nb" ? "adresseliste" : "address-list";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
