/**
 * The checklist as a download (decision 012): `?format=csv` (the reader's language, for
 * spreadsheets) or `?format=json` (English keys, for other tools). Every member may read it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { checklistJson, checklistTable, exportFileName } from "../checklist/checklist-export";
import { readChecklist } from "../checklist/checklist-store.server";
import { toCsv } from "../compare/comparison-export";
import { problemResponse } from "../http/problem";
import { fallbackLanguage, isLanguage } from "../i18n/config";
import { i18nServer } from "../i18n/i18n.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "checklist:read");
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return problemResponse({ code: "invalidInput", message: "Velg format=csv eller format=json.", messageEn: "Choose format=csv or format=json." });
  }
  const snapshot = await readChecklist(context.db, { projectId: project.id, userId: user.id, role });
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "json") {
    const name = exportFileName("checklist", project.name, snapshot.today, "json");
    return new Response(JSON.stringify(checklistJson(snapshot, project), null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
    });
  }
  const detected = await i18nServer.getLocale(request);
  const language = isLanguage(detected) ? detected : fallbackLanguage;
  const t = await i18nServer.getFixedT(language);
  const name = exportFileName(t("checklist.export.fileName"), project.name, snapshot.today, "csv");
  return new Response(toCsv(checklistTable(snapshot, { t, language }), language), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"` },
  });
}
