/**
 * A memo's print page (decision 014): outside the project layout (the `_` after `$projectId`),
 * so paper gets the memo and nothing else; `?version=internal` (default) or `?version=public`,
 * whose data is `publicMemo(snapshot)` from the loader on, so what it removes never reaches the
 * browser. The PDF renders the same component with the same style sheet.
 */
import { Button } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { problemResponse } from "../http/problem";
import { pageTitle } from "../i18n/page-title";
import { MemoDocument } from "../memo/memo-document";
import { memoLoader, versionOf } from "../memo/memo-requests.server";
import { memoCss } from "../memo/memo-styles";
import { publicMemo, publicTexts } from "../memo/public-memo";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [{ title: pageTitle(matches, "memo.title", data?.memo.title) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const version = versionOf(new URL(request.url));
  const { projectId, memo } = await memoLoader(context, request, params.projectId, params.memoId);
  if (!version) throw problemResponse({ code: "badRequest", message: "Velg version=internal eller version=public.", messageEn: "Choose version=internal or version=public." });
  // The public version's data is already filtered here, so nothing it removes reaches the browser.
  const { snapshot, ...texts } = memo;
  if (version === "public") return { projectId, version, memo: publicTexts(snapshot, texts), snapshot: publicMemo(snapshot) };
  return { projectId, version, memo: texts, snapshot };
}

export default function MemoPrintRoute() {
  const { t } = useTranslation();
  const { projectId, version, memo, snapshot } = useLoaderData<typeof loader>();
  return (
    <main id="main" className="memo-print" tabIndex={-1}>
      <style>{memoCss}</style>
      <div className="memo-print__tools">
        <Button type="button" onClick={() => window.print()}>
          {t("memo.links.print")}
        </Button>
        <Link className="ds-link" to={`/projects/${projectId}/memos/${memo.id}`}>
          {t("memo.links.back")}
        </Link>
        <a className="ds-link" href={`/projects/${projectId}/memos/${memo.id}/pdf?version=${version}`} download>
          {version === "public" ? t("memo.links.pdfPublic") : t("memo.links.pdfInternal")}
        </a>
      </div>
      <MemoDocument memo={memo} snapshot={snapshot} version={version} />
    </main>
  );
}
