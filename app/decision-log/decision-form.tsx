import { Button, Field, Heading, Label, Select, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Phase } from "../projects/vocabulary";
import { phases } from "../projects/vocabulary";
import { decisionTextMaxLength, type DecisionInput } from "../documents/plan-document";

/** Adds or edits one decision. Validation runs here; the text stays if it fails. */
export function DecisionForm({
  initial,
  title,
  onSave,
  onCancel,
}: {
  initial: DecisionInput;
  title: string;
  onSave: (input: DecisionInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DecisionInput>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof DecisionInput, string>>>({});
  // Read the value now: React may run the updater after the event is over,
  // when `currentTarget` is already null (typing fast used to crash the page).
  const set = (field: keyof DecisionInput) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const form = useRef<HTMLFormElement>(null);
  // Opening the form moves focus into it, so keyboard and screen-reader users land there.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<keyof DecisionInput, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) problems.date = t("decision.dateRequired");
    if (values.decision.trim() === "") problems.decision = t("decision.required");
    // The plan document refuses longer texts (app/documents): say so instead of saving nothing.
    for (const field of ["decision", "decidedBy", "basis"] as const) {
      if (!problems[field] && values[field].length > decisionTextMaxLength) problems[field] = t("decision.tooLong", { max: decisionTextMaxLength });
    }
    setErrors(problems);
    const firstProblem = Object.keys(problems)[0];
    if (firstProblem) {
      form.current?.querySelector<HTMLElement>(`[name="${firstProblem}"]`)?.focus();
      return;
    }
    onSave({
      ...values,
      decision: values.decision.trim(),
      decidedBy: values.decidedBy.trim(),
      basis: values.basis.trim(),
    });
  };

  return (
    <form ref={form} onSubmit={submit} className="stack" noValidate aria-label={title}>
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      <div className="row">
        <Textfield
          label={t("decision.date")}
          type="date"
          name="date"
          value={values.date}
          onChange={set("date")}
          error={errors.date}
          required
        />
        <Field>
          <Label>{t("decision.phase")}</Label>
          <Select name="phase" value={values.phase} onChange={(event) => set("phase")(event)}>
            {phases.map((phase: Phase) => (
              <Select.Option key={phase} value={phase}>
                {t(`phase.${phase}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        multiline
        rows={3}
        label={t("decision.decision")}
        name="decision"
        value={values.decision}
        onChange={set("decision")}
        error={errors.decision}
        required
      />
      <Textfield
        label={t("decision.decidedBy")}
        description={t("decision.decidedByHelp")}
        name="decidedBy"
        value={values.decidedBy}
        onChange={set("decidedBy")}
        error={errors.decidedBy}
      />
      <Textfield
        label={t("decision.basis")}
        description={t("decision.basisHelp")}
        name="basis"
        value={values.basis}
        onChange={set("basis")}
        error={errors.basis}
      />
      <div className="row">
        <Button type="submit">{t("decision.save")}</Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("decision.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
