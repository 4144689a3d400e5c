import { Alert, Button, Paragraph, Table, Textfield } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CooperationSnapshot } from "./cooperation-types";
import { limits, partnerKinds } from "./cooperation-vocabulary";
import { RemoveButton } from "./remove-button";
import { SelectField } from "./select-field";
import { cooperationActionUrl, useCooperationForm } from "./use-cooperation-form";

const partnerFields = ["name", "kind", "contactRole", "workContact"] as const;

/** A planner adds a partner: a name, its kind, the contact's role and a work contact only. */
function AddPartnerForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCooperationForm({ onSaved: () => formRef.current?.reset() });
  const message = form.messageUnlessShown(partnerFields);
  return (
    <form.fetcher.Form ref={formRef} method="post" action={cooperationActionUrl(projectId)} className="stack cooperation-form" aria-labelledby="partner-add-title" noValidate>
      <h3 id="partner-add-title" className="ds-heading" data-size="xs">
        {t("cooperation.partners.addTitle")}
      </h3>
      <input type="hidden" name="intent" value="addPartner" />
      <div className="cooperation-form__fields">
        <Textfield name="name" label={t("cooperation.partners.name")} description={t("cooperation.partners.nameHelp")} maxLength={limits.partnerName} required error={form.fieldError("name")} />
        <SelectField
          id="partner-kind"
          name="kind"
          label={t("cooperation.partners.kind")}
          placeholder={t("cooperation.partners.chooseKind")}
          options={partnerKinds.map((kind) => ({ value: kind, label: t(`cooperation.partners.kinds.${kind}`) }))}
          error={form.fieldError("kind")}
        />
        <Textfield name="contactRole" label={t("cooperation.partners.contactRole")} description={t("cooperation.partners.contactRoleHelp")} maxLength={limits.contactRole} error={form.fieldError("contactRole")} />
        <Textfield name="workContact" label={t("cooperation.partners.workContact")} description={t("cooperation.partners.workContactHelp")} maxLength={limits.workContact} error={form.fieldError("workContact")} />
      </div>
      {message ? (
        <Alert data-color="danger" data-size="sm">
          {message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("cooperation.partners.add")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("cooperation.partners.added") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}

/** The partners of the agreement, as a table (one card per partner on phones). */
export function PartnersSection({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  const { partners, may } = snapshot;
  return (
    <section className="stack cooperation-section" aria-labelledby="partners-title" data-testid="partners">
      <h2 id="partners-title" className="ds-heading" data-size="sm">
        {t("cooperation.partners.title")}
      </h2>
      {partners.length === 0 ? (
        <Paragraph>{t("cooperation.partners.empty")}</Paragraph>
      ) : (
        <Table className="stacked-table cooperation-table" aria-labelledby="partners-title">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("cooperation.partners.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("cooperation.partners.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("cooperation.partners.contactRole")}</Table.HeaderCell>
              <Table.HeaderCell>{t("cooperation.partners.workContact")}</Table.HeaderCell>
              {may.write ? <Table.HeaderCell>{t("cooperation.partners.actions")}</Table.HeaderCell> : null}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {partners.map((partner) => (
              <Table.Row key={partner.id} data-partner={partner.name}>
                <Table.Cell data-label={t("cooperation.partners.name")}>
                  <strong>{partner.name}</strong>
                </Table.Cell>
                <Table.Cell data-label={t("cooperation.partners.kind")}>{t(`cooperation.partners.kinds.${partner.kind}`)}</Table.Cell>
                <Table.Cell data-label={t("cooperation.partners.contactRole")}>{partner.contactRole}</Table.Cell>
                <Table.Cell data-label={t("cooperation.partners.workContact")}>{partner.workContact}</Table.Cell>
                {may.write ? (
                  <Table.Cell data-label={t("cooperation.partners.actions")}>
                    <RemoveButton projectId={snapshot.projectId} intent="removePartner" idName="partnerId" id={partner.id} name={partner.name} />
                  </Table.Cell>
                ) : null}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {may.write ? <AddPartnerForm projectId={snapshot.projectId} /> : null}
    </section>
  );
}
