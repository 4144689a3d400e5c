import { Alert, Button, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { phases } from "../projects/vocabulary";
import type { CooperationSnapshot, ResponsibilityJson } from "./cooperation-types";
import { limits } from "./cooperation-vocabulary";
import { RemoveButton } from "./remove-button";
import { SelectField } from "./select-field";
import { cooperationActionUrl, useCooperationForm } from "./use-cooperation-form";

const fields = ["partnerId", "phase", "text"] as const;

function AddResponsibilityForm({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCooperationForm({ onSaved: () => formRef.current?.reset() });
  const message = form.messageUnlessShown(fields);
  return (
    <form.fetcher.Form ref={formRef} method="post" action={cooperationActionUrl(snapshot.projectId)} className="stack cooperation-form" aria-labelledby="responsibility-add-title" noValidate>
      <h3 id="responsibility-add-title" className="ds-heading" data-size="xs">
        {t("cooperation.matrix.addTitle")}
      </h3>
      <input type="hidden" name="intent" value="addResponsibility" />
      <div className="cooperation-form__fields">
        <SelectField
          id="responsibility-partner"
          name="partnerId"
          label={t("cooperation.matrix.partner")}
          placeholder={t("cooperation.matrix.choosePartner")}
          options={snapshot.partners.map((partner) => ({ value: partner.id, label: partner.name }))}
          error={form.fieldError("partnerId")}
        />
        <SelectField
          id="responsibility-phase"
          name="phase"
          label={t("cooperation.matrix.phaseLabel")}
          placeholder={t("cooperation.matrix.choosePhase")}
          options={phases.map((phase) => ({ value: phase, label: t(`phase.${phase}`) }))}
          error={form.fieldError("phase")}
        />
        <Textfield multiline rows={2} name="text" label={t("cooperation.matrix.text")} description={t("cooperation.matrix.textHelp")} maxLength={limits.responsibility} required error={form.fieldError("text")} />
      </div>
      {message ? (
        <Alert data-color="danger" data-size="sm">
          {message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("cooperation.matrix.add")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("cooperation.matrix.added") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}

/**
 * The responsibility matrix as a real table: the phases as row headers, the partners as column
 * headers, each cell what that partner does in that phase. Wide on phones: the table scrolls
 * sideways in a region that takes keyboard focus.
 */
export function ResponsibilityMatrix({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  const { partners, responsibilities, may } = snapshot;
  const cell = new Map<string, ResponsibilityJson[]>();
  for (const entry of responsibilities) {
    const key = `${entry.phase}:${entry.partnerId}`;
    cell.set(key, [...(cell.get(key) ?? []), entry]);
  }
  return (
    <section className="stack cooperation-section" aria-labelledby="matrix-title" data-testid="responsibility-matrix">
      <h2 id="matrix-title" className="ds-heading" data-size="sm">
        {t("cooperation.matrix.title")}
      </h2>
      <Paragraph>{t("cooperation.matrix.intro")}</Paragraph>
      {partners.length === 0 ? (
        <Paragraph className="muted">{t("cooperation.matrix.empty")}</Paragraph>
      ) : (
        <div className="cooperation-matrix-wrap" role="region" aria-labelledby="matrix-title" tabIndex={0}>
          <table className="cooperation-matrix">
            <caption className="visually-hidden">{t("cooperation.matrix.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cooperation.matrix.phase")}</th>
                {partners.map((partner) => (
                  <th key={partner.id} scope="col">
                    {partner.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {phases.map((phase) => (
                <tr key={phase}>
                  <th scope="row">{t(`phase.${phase}`)}</th>
                  {partners.map((partner) => {
                    const entries = cell.get(`${phase}:${partner.id}`) ?? [];
                    return (
                      <td key={partner.id}>
                        {entries.length > 0 ? (
                          <ul className="cooperation-matrix__cell">
                            {entries.map((entry) => (
                              <li key={entry.id}>
                                <span>{entry.text}</span>
                                {may.write ? <RemoveButton projectId={snapshot.projectId} intent="removeResponsibility" idName="responsibilityId" id={entry.id} name={entry.text} /> : null}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {partners.length > 0 && responsibilities.length === 0 ? <Paragraph className="muted">{t("cooperation.matrix.nothing")}</Paragraph> : null}
      {may.write && partners.length > 0 ? <AddResponsibilityForm snapshot={snapshot} /> : null}
    </section>
  );
}
