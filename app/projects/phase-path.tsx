import { Field, Heading, Label, Select } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Phase } from "./vocabulary";
import { phases } from "./vocabulary";

/** The project's path from needs to evaluation, with the current phase marked. */
export function PhasePath({
  phase,
  editable,
  onChange,
}: {
  phase: Phase;
  editable: boolean;
  onChange: (phase: Phase) => void;
}) {
  const { t } = useTranslation();
  const currentIndex = phases.indexOf(phase);
  return (
    <section aria-labelledby="phase-heading" className="stack">
      <Heading level={2} data-size="md" id="phase-heading">
        {t("project.phaseTitle")}: <span data-testid="current-phase">{t(`phase.${phase}`)}</span>
      </Heading>
      <ol className="phase-path" aria-label={t("project.phasePath")}>
        {phases.map((step, index) => (
          <li
            key={step}
            aria-current={step === phase ? "step" : undefined}
            className={index < currentIndex ? "phase-path__done" : undefined}
          >
            {t(`phase.${step}`)}
          </li>
        ))}
      </ol>
      {editable ? (
        <Field style={{ maxWidth: "20rem" }}>
          <Label htmlFor="phase-select">{t("project.setPhase")}</Label>
          <Select
            id="phase-select"
            value={phase}
            onChange={(event) => onChange(event.currentTarget.value as Phase)}
          >
            {phases.map((step) => (
              <Select.Option key={step} value={step}>
                {t(`phase.${step}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
    </section>
  );
}
