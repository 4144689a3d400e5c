/**
 * A letter's print page (decision 013): outside the project layout (the `_` after `$projectId`),
 * so paper gets the letters and nothing else; one letter per address (`?to=list`, the default)
 * or one unaddressed (`?to=neighbourhood`). The PDF renders the same component.
 */
import { Button } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireMember } from "../auth/guards.server";
import { problemResponse } from "../http/problem";
import { pageTitle } from "../i18n/page-title";
import { LetterSheets } from "../neighbours/letter-document";
import { printRun, recipientsOf } from "../neighbours/letter-print-run.server";
import { readLetter } from "../neighbours/letter-store.server";
import { letterCss } from "../neighbours/letter-styles";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [{ title: pageTitle(matches, "neighbours.letters.title", data?.title) }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { project } = await requireMember(context, request, params.projectId, "neighbours:read");
  const letter = await readLetter(context.db, project.id, params.letterId ?? "");
  if (!letter) throw problemResponse({ code: "notFound", message: "Prosjektet har ikke det brevet.", messageEn: "This project has no such letter." });
  const letters = await printRun(context.db, project.id, letter, recipientsOf(new URL(request.url)));
  return { projectId: project.id, letterId: letter.id, title: letter.title, letters };
}

export default function LetterPrintRoute() {
  const { t } = useTranslation();
  const { projectId, letterId, title, letters } = useLoaderData<typeof loader>();
  return (
    <main id="main" className="page letter-print" tabIndex={-1}>
      <style>{letterCss}</style>
      <div className="letter-print__tools row">
        <Button type="button" onClick={() => window.print()}>
          {t("neighbours.letters.printPage.print")}
        </Button>
        <Link className="ds-link" to={`/projects/${projectId}/neighbours/letters/${letterId}`}>
          {t("neighbours.letters.printPage.back")}
        </Link>
      </div>
      <div className="letter-print__intro stack">
        <h1 className="ds-heading" data-size="md">
          {t("neighbours.letters.printPage.title", { title })}
        </h1>
        <p>{t("neighbours.letters.printPage.count", { count: letters.length })}</p>
      </div>
      <LetterSheets letters={letters} />
    </main>
  );
}
