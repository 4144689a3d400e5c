/**
 * "Åpne igjen for denne boligen til <dato>": a category reopened for one home until a date, and
 * the home's current reopenings, each with a button to end it.
 */
import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { addDays } from "./calendar";
import type { MatrixCategory, MatrixCell, MatrixHome } from "./choices-types";
import { useChoiceFetcher } from "./use-choice-fetcher";

const shownFields = ["categoryId", "until"] as const;

export function ReopenForm({ home, categories, today }: { home: MatrixHome; categories: MatrixCategory[]; today: string }) {
  const { t } = useTranslation();
  const { fetcher, busy, done, fieldError, formError } = useChoiceFetcher(`reopen:${home.id}`);
  // A category not open yet is opened by its date in the catalogue, not here.
  const reopenable = categories.filter((category) => category.state !== "notYet");
  if (reopenable.length === 0) return null;
  const id = (name: string) => `reopen-${home.id}-${name}`;
  const otherProblem = formError(shownFields);
  return (
    <fetcher.Form method="post" className="stack choice-form" aria-labelledby={id("title")} data-testid="reopen-form">
      <input type="hidden" name="intent" value="reopen" />
      <input type="hidden" name="homeId" value={home.id} />
      <Fieldset>
        <Fieldset.Legend id={id("title")}>{t("choices.reopen.title")}</Fieldset.Legend>
        <Fieldset.Description>{t("choices.reopen.intro")}</Fieldset.Description>
        <div className="choice-form__fields">
          <Field>
            <Label htmlFor={id("category")}>{t("choices.reopen.category")}</Label>
            <Select id={id("category")} name="categoryId" defaultValue={(reopenable.find((category) => category.state === "closed") ?? reopenable[0]).id}>
              {reopenable.map((category) => (
                <Select.Option key={category.id} value={category.id}>
                  {category.name}
                </Select.Option>
              ))}
            </Select>
            {fieldError("categoryId") ? <ValidationMessage>{fieldError("categoryId")}</ValidationMessage> : null}
          </Field>
          <Textfield id={id("until")} name="until" type="date" label={t("choices.reopen.until")} defaultValue={addDays(today, 7)} min={today} required error={fieldError("until")} />
        </div>
      </Fieldset>
      {otherProblem ? (
        <Alert data-color="danger" role="alert">
          {otherProblem}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("choices.reopen.submit")}
        </Button>
        <p role="status" className="choice-form__status">
          {done === "reopen" ? t("choices.reopen.saved") : ""}
        </p>
      </div>
    </fetcher.Form>
  );
}

/** The home's reopenings that last, each with "Avslutt". */
export function ReopeningList({ home, categories, cells }: { home: MatrixHome; categories: MatrixCategory[]; cells: MatrixCell[] }) {
  const { t, i18n } = useTranslation();
  const reopened = categories.map((category, index) => ({ category, cell: cells[index] })).filter(({ cell }) => cell.reopenedUntil !== null);
  return (
    <section className="stack choice-reopenings" aria-labelledby={`reopened-${home.id}`}>
      <Heading level={4} data-size="xs" id={`reopened-${home.id}`}>
        {t("choices.reopen.current")}
      </Heading>
      {reopened.length === 0 ? (
        <Paragraph className="muted">{t("choices.reopen.none")}</Paragraph>
      ) : (
        <ul className="choice-reopenings__list">
          {reopened.map(({ category, cell }) => (
            <li key={category.id}>
              <span>{t("choices.reopen.currentItem", { category: category.name, date: formatDate(cell.reopenedUntil ?? "", i18n.language) })}</span>
              <EndReopening homeId={home.id} categoryId={category.id} categoryName={category.name} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EndReopening({ homeId, categoryId, categoryName }: { homeId: string; categoryId: string; categoryName: string }) {
  const { t } = useTranslation();
  const { fetcher, busy, formError } = useChoiceFetcher(`end:${homeId}:${categoryId}`);
  const problem = formError([]);
  return (
    <fetcher.Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="closeReopening" />
      <input type="hidden" name="homeId" value={homeId} />
      <input type="hidden" name="categoryId" value={categoryId} />
      <Button type="submit" variant="tertiary" data-size="sm" disabled={busy} aria-label={t("choices.reopen.endLabel", { category: categoryName })}>
        {t("choices.reopen.end")}
      </Button>
      {problem ? <span role="alert">{problem}</span> : null}
    </fetcher.Form>
  );
}
