/**
 * "Registrer valg sammen med beboeren": category, option, meeting and its date. The options
 * follow the category picked; an option that fails robustness is not offered, one with a warning
 * carries its note. Allowed in a closed category too: planners lock and unlock.
 */
import { Alert, Button, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { meetingMaxLength } from "./choice-input";
import { windowText } from "./choice-text";
import type { MatrixCategory, MatrixHome } from "./choices-types";
import { useChoiceFetcher } from "./use-choice-fetcher";

const shownFields = ["categoryId", "optionId", "meeting", "meetingDate"] as const;

export function RecordForm({ home, categories, today }: { home: MatrixHome; categories: MatrixCategory[]; today: string }) {
  const { t, i18n } = useTranslation();
  const { fetcher, busy, done, fieldError, formError } = useChoiceFetcher(`record:${home.id}`);
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? "");
  const category = categories.find((candidate) => candidate.id === categoryId) ?? categories[0];
  const offered = category?.options.filter((option) => option.robustness !== "fails") ?? [];
  const form = useRef<HTMLFormElement>(null);
  const saved = done === "recordWithResident";
  // After a saved choice the meeting stays (several choices are often made at one meeting).
  useEffect(() => {
    if (saved) form.current?.querySelector<HTMLSelectElement>("select[name=optionId]")?.focus();
  }, [saved]);
  if (!home.resident) {
    return <Paragraph className="muted">{t("choices.record.notAllocated")}</Paragraph>;
  }
  const otherProblem = formError(shownFields);
  const id = (name: string) => `record-${home.id}-${name}`;
  return (
    <fetcher.Form method="post" ref={form} className="stack choice-form" aria-labelledby={id("title")} data-testid="record-form">
      <input type="hidden" name="intent" value="recordWithResident" />
      <input type="hidden" name="homeId" value={home.id} />
      <Fieldset>
        <Fieldset.Legend id={id("title")}>{t("choices.record.title")}</Fieldset.Legend>
        <Fieldset.Description>{t("choices.record.intro")}</Fieldset.Description>
        <div className="choice-form__fields">
          <Field>
            <Label htmlFor={id("category")}>{t("choices.record.category")}</Label>
            <Select id={id("category")} name="categoryId" value={category?.id ?? ""} onChange={(event) => setCategoryId(event.currentTarget.value)} aria-invalid={fieldError("categoryId") ? true : undefined}>
              {categories.map((candidate) => (
                <Select.Option key={candidate.id} value={candidate.id}>
                  {candidate.name} – {windowText(t, i18n.language, candidate)}
                </Select.Option>
              ))}
            </Select>
            {fieldError("categoryId") ? <ValidationMessage>{fieldError("categoryId")}</ValidationMessage> : null}
          </Field>
          <Field>
            <Label htmlFor={id("option")}>{t("choices.record.option")}</Label>
            <Select id={id("option")} name="optionId" key={category?.id} defaultValue={category?.standard?.id ?? offered[0]?.id} aria-invalid={fieldError("optionId") ? true : undefined}>
              {offered.map((option) => (
                <Select.Option key={option.id} value={option.id}>
                  {option.robustness === "warning" && option.robustnessNote
                    ? t("choices.record.warningOption", { name: option.name, note: option.robustnessNote })
                    : option.isStandard
                      ? t("choices.record.standardOption", { name: option.name })
                      : option.name}
                </Select.Option>
              ))}
            </Select>
            {fieldError("optionId") ? <ValidationMessage>{fieldError("optionId")}</ValidationMessage> : null}
          </Field>
          <Textfield
            id={id("meeting")}
            name="meeting"
            label={t("choices.record.meeting")}
            description={t("choices.record.meetingHelp")}
            maxLength={meetingMaxLength}
            required
            autoComplete="off"
            error={fieldError("meeting")}
          />
          <Textfield id={id("date")} name="meetingDate" type="date" label={t("choices.record.meetingDate")} defaultValue={today} max={today} required error={fieldError("meetingDate")} />
        </div>
      </Fieldset>
      {otherProblem ? (
        <Alert data-color="danger" role="alert">
          {otherProblem}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" disabled={busy || offered.length === 0}>
          {t("choices.record.submit")}
        </Button>
        <p role="status" className="choice-form__status">
          {saved ? t("choices.record.saved") : ""}
        </p>
      </div>
    </fetcher.Form>
  );
}
