/**
 * The letters page (decision 013), planners only: the project's letters with when they were
 * sent, and a form to make a new one from a template.
 */
import { Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { Link, useNavigate } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../ui/format-time";
import { maxTitleLength } from "./letter-input";
import type { LetterJson } from "./letter-store.server";
import { letterTemplates } from "./letter-templates";
import { FormProblem } from "./neighbour-form-parts";
import { letterTemplateKeys } from "./neighbour-vocabulary";
import { useNeighbourForm } from "./use-neighbour-form";

function CreateLetter({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const english = i18n.language === "en";
  const form = useNeighbourForm({ onSaved: (data) => navigate(`/projects/${projectId}/neighbours/letters/${data.id}`) });
  return (
    <form.fetcher.Form method="post" action={`/projects/${projectId}/neighbours/letters?index`} className="neighbours-form" aria-labelledby="create-letter-title" noValidate>
      <h4 id="create-letter-title" className="ds-heading" data-size="xs">
        {t("neighbours.letters.create.title")}
      </h4>
      <input type="hidden" name="intent" value="createLetter" />
      <Field>
        <Label htmlFor="create-letter-template">{t("neighbours.letters.create.template")}</Label>
        <Select id="create-letter-template" name="templateKey" defaultValue="information">
          {letterTemplateKeys.map((key) => (
            <Select.Option key={key} value={key}>
              {english ? letterTemplates[key].name.en : letterTemplates[key].name.nb}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <ul className="muted">
        {letterTemplateKeys.map((key) => (
          <li key={key}>
            <strong>{english ? letterTemplates[key].name.en : letterTemplates[key].name.nb}:</strong> {english ? letterTemplates[key].description.en : letterTemplates[key].description.nb}
          </li>
        ))}
      </ul>
      <Textfield id="create-letter-name" name="title" label={t("neighbours.letters.create.name")} description={t("neighbours.letters.create.nameHelp")} maxLength={maxTitleLength} error={form.fieldError("title")} />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("neighbours.letters.create.submit")}
        </Button>
      </div>
    </form.fetcher.Form>
  );
}

export function LettersPage({ projectId, letters }: { projectId: string; letters: LetterJson[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === "en";
  return (
    <section className="neighbours-section" aria-labelledby="letters-title">
      <h3 id="letters-title" className="ds-heading" data-size="sm">
        {t("neighbours.letters.title")}
      </h3>
      <Paragraph>{t("neighbours.letters.intro")}</Paragraph>
      {letters.length === 0 ? (
        <Paragraph>{t("neighbours.letters.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <table className="neighbours-table stacked-table" data-testid="letters">
            <caption>{t("neighbours.letters.list")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("neighbours.letters.editor.titleField")}</th>
                <th scope="col">{t("neighbours.letters.template")}</th>
                <th scope="col">{t("neighbours.letters.updated")}</th>
                <th scope="col">{t("neighbours.letters.status")}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <tr key={letter.id}>
                  <th scope="row" data-label={t("neighbours.letters.editor.titleField")}>
                    <Link className="ds-link neighbours-row-link" to={`/projects/${projectId}/neighbours/letters/${letter.id}`}>
                      {letter.title}
                    </Link>
                  </th>
                  <td data-label={t("neighbours.letters.template")}>{english ? letterTemplates[letter.templateKey].name.en : letterTemplates[letter.templateKey].name.nb}</td>
                  <td data-label={t("neighbours.letters.updated")}>{formatDateTime(letter.updatedAt, i18n.language)}</td>
                  <td data-label={t("neighbours.letters.status")}>
                    {letter.sent.length === 0 ? t("neighbours.letters.notSent") : letter.sent.map((sent) => t("neighbours.letters.sentOn", { date: formatDate(sent.date, i18n.language) })).join(", ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateLetter projectId={projectId} />
    </section>
  );
}
