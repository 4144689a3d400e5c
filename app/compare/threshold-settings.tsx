import { Alert, Button, Details, Fieldset, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { AssessmentConfig } from "../geo/types";
import { formatNumber, languageOf, thresholdTexts } from "./figure-text";
import { scalarSettings, thresholdDirection, thresholdFigures, type ThresholdFigure } from "../documents/assessment-settings-schema";
import { resetProjectSettings, writeProjectSettings } from "./project-settings";
import { TagMappingSettings } from "./tag-mapping-form";
import { parseSettingsForm, settingsFields, settingsFormValues, type FieldProblem, type SettingsField, type SettingsFormValues } from "./settings-form-model";

function problemText(problem: FieldProblem | undefined, t: TFunction): string | undefined {
  if (!problem) return undefined;
  if (problem.kind === "range") return t("compare.settings.problem.range", { min: problem.min, max: problem.max });
  if (problem.kind === "order") return t(problem.direction === "atMost" ? "compare.settings.problem.orderAtMost" : "compare.settings.problem.orderAtLeast");
  return t(`compare.settings.problem.${problem.kind}`);
}

function figureLabel(figure: ThresholdFigure, t: TFunction): string {
  return t(figure === "supportedHomesWithin" ? "compare.column.supportedHomes" : `compare.column.${figure}`);
}

function limitLabels(figure: ThresholdFigure): { pass: string; attention: string } {
  if (figure === "supportedHomesWithin") return { pass: "compare.settings.passHomes", attention: "compare.settings.attentionHomes" };
  return thresholdDirection(figure) === "atMost"
    ? { pass: "compare.settings.passAtMost", attention: "compare.settings.attentionAtMost" }
    : { pass: "compare.settings.passAtLeast", attention: "compare.settings.attentionAtLeast" };
}

/**
 * The planners' form: pass and attention limits per figure and the other settings,
 * checked before anything is stored. What someone types stays in the form while
 * others change the settings; untouched fields follow their changes live.
 */
function SettingsForm({ planDoc, config }: { planDoc: Y.Doc; config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const [draft, setDraft] = useState<SettingsFormValues | null>(null);
  const [problems, setProblems] = useState<Partial<Record<SettingsField, FieldProblem>>>({});
  const [message, setMessage] = useState("");
  const values = draft ?? settingsFormValues(config, language === "nb" ? "," : ".");

  const change = (field: SettingsField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((previous) => ({ ...(previous ?? values), [field]: value }));
    setMessage("");
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = parseSettingsForm(values);
    if (!result.ok) {
      setProblems(result.problems);
      setMessage("");
      const first = settingsFields.find((field) => result.problems[field]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    writeProjectSettings(planDoc, result.config);
    setProblems({});
    setDraft(null);
    setMessage(t("compare.settings.saved"));
  };

  const reset = () => {
    resetProjectSettings(planDoc);
    setProblems({});
    setDraft(null);
    setMessage(t("compare.settings.resetDone"));
  };

  const field = (name: SettingsField, label: string, description?: string) => (
    <Textfield
      key={name}
      label={label}
      description={description}
      name={name}
      id={fieldId(name)}
      inputMode="decimal"
      autoComplete="off"
      value={values[name]}
      onChange={change(name)}
      error={problemText(problems[name], t)}
      data-size="sm"
    />
  );

  const problemCount = Object.keys(problems).length;
  return (
    <form className="stack threshold-form" noValidate onSubmit={submit} aria-label={t("compare.settings.title")}>
      {problemCount > 0 ? (
        <Alert data-color="danger" role="alert">
          {t("compare.settings.errorSummary")}
          <ul>
            {settingsFields
              .filter((name) => problems[name])
              .map((name) => (
                <li key={name}>
                  <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                    {fieldName(name, t)}: {problemText(problems[name], t)}
                  </a>
                </li>
              ))}
          </ul>
        </Alert>
      ) : null}
      <div className="threshold-grid">
        {thresholdFigures.map((figure) => {
          const labels = limitLabels(figure);
          return (
            <Fieldset key={figure} data-figure={figure} data-size="sm">
              <Fieldset.Legend>{figureLabel(figure, t)}</Fieldset.Legend>
              <Fieldset.Description>
                {/* A count of homes is not a distance: fewer, not shorter, is better. */}
                {t(
                  figure === "supportedHomesWithin"
                    ? "compare.settings.fewerHelp"
                    : thresholdDirection(figure) === "atMost"
                      ? "compare.settings.atMostHelp"
                      : "compare.settings.atLeastHelp",
                )}
              </Fieldset.Description>
              <div className="row">
                {field(`${figure}.pass`, t(labels.pass))}
                {field(`${figure}.attention`, t(labels.attention))}
              </div>
            </Fieldset>
          );
        })}
      </div>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t("compare.settings.other")}</Fieldset.Legend>
        <div className="threshold-grid">
          {scalarSettings.map((name) =>
            field(name, t(`compare.settings.${name}`), name === "walkingMetersPerMinute" ? t("compare.settings.walkingMetersPerMinuteHelp") : undefined),
          )}
        </div>
      </Fieldset>
      <div className="row">
        <Button type="submit">{t("compare.settings.save")}</Button>
        <Button type="button" variant="secondary" onClick={reset}>
          {t("compare.settings.reset")}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {message}
      </p>
    </form>
  );
}

const fieldId = (name: SettingsField): string => `setting-${name.replace(".", "-")}`;

function fieldName(name: SettingsField, t: TFunction): string {
  const [figure, limit] = name.split(".") as [ThresholdFigure, "pass" | "attention" | undefined];
  if (!limit) return t(`compare.settings.${name}`);
  return `${figureLabel(figure, t)} – ${t(limitLabels(figure)[limit])}`;
}

function focusField(event: React.MouseEvent<HTMLAnchorElement>, name: SettingsField): void {
  event.preventDefault();
  event.currentTarget.closest("form")?.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
}

/** What the others see: the thresholds in words. */
function SettingsReadOnly({ config }: { config: AssessmentConfig }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (
    <>
      <Paragraph className="muted">{t("compare.settings.readOnly")}</Paragraph>
      <ul data-testid="threshold-list">
        {thresholdTexts(config, t).map((text) => (
          <li key={text}>{text}</li>
        ))}
        {scalarSettings.map((name) => (
          <li key={name}>
            {t(`compare.settings.${name}`)}: {formatNumber(config[name], language, 2)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The project's thresholds in a disclosure below the comparison: a form for
 * planners, the same thresholds in words for everyone else.
 */
export function ThresholdSettings({ planDoc, config, editable }: { planDoc: Y.Doc; config: AssessmentConfig; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Details data-testid="threshold-settings">
      <Details.Summary>{t("compare.settings.title")}</Details.Summary>
      <Details.Content>
        <div className="stack">
          <Paragraph>{t("compare.settings.intro")}</Paragraph>
          {editable ? <SettingsForm planDoc={planDoc} config={config} /> : <SettingsReadOnly config={config} />}
          <TagMappingSettings planDoc={planDoc} editable={editable} />
        </div>
      </Details.Content>
    </Details>
  );
}
