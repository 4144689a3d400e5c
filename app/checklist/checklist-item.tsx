import { Details, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFileInfo } from "../files/file-types";
import type { Role } from "../permissions";
import { formatDateTime } from "../ui/format-time";
import { ItemAssignmentForm } from "./item-assignment-form";
import { ItemCommentForm } from "./item-comment-form";
import { AttentionFlagButton } from "../changes/attention-flag-button";
import { ItemDecision } from "./item-decision";
import { ItemEvidence } from "./item-evidence";
import { ItemStateForm } from "./item-state-form";
import { ItemThread } from "./item-thread";
import { dueText, localized, roleText, statusColor } from "./checklist-text";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";

/** An item's state as a tag: the words always, the colour beside them. */
export function StatusTag({ status }: { status: ChecklistItemJson["summary"] }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={statusColor[status]} data-status={status} className="checklist-status">
      {t(`checklist.status.${status}`)}
    </Tag>
  );
}

/** The per-home states of a home item whose homes differ. */
function HomeStates({ item, snapshot }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap stack">
      <h5 id={`homes-${item.key}`} className="ds-heading" data-size="2xs">
        {t("checklist.homes.title")}
      </h5>
      <Table data-size="sm" className="stacked-table checklist-home-table" aria-labelledby={`homes-${item.key}`}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t("checklist.homes.home")}</Table.HeaderCell>
            <Table.HeaderCell>{t("checklist.homes.state")}</Table.HeaderCell>
            <Table.HeaderCell>{t("checklist.homes.reason")}</Table.HeaderCell>
            <Table.HeaderCell>{t("checklist.homes.evidence")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {item.homeStates.map((state) => {
            const home = snapshot.homes.find((candidate) => candidate.id === state.homeId);
            return (
              <Table.Row key={state.homeId}>
                <Table.Cell data-label={t("checklist.homes.home")}>{home?.name ?? state.homeId}</Table.Cell>
                <Table.Cell data-label={t("checklist.homes.state")}>
                  <StatusTag status={state.status} /> {state.own ? null : <span className="muted">{t("checklist.homes.follows")}</span>}
                </Table.Cell>
                <Table.Cell data-label={t("checklist.homes.reason")}>{state.reason}</Table.Cell>
                <Table.Cell data-label={t("checklist.homes.evidence")}>{t("checklist.evidence.count", { count: item.evidence.byHome[state.homeId] ?? 0 })}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Why the member sees no state form on this item, and what they can do instead. */
function StateHelp({ item }: { item: ChecklistItemJson }) {
  const { t } = useTranslation();
  if (item.may.setState || !item.may.comment) return null;
  return (
    <Paragraph data-size="sm" className="checklist-help">
      {item.signingRole ? t("checklist.stateForm.signerOnly", { role: t(`checklist.signerName.${item.signingRole}`) }) : t("checklist.stateForm.plannersOnly")}
    </Paragraph>
  );
}

/**
 * One checklist item as a card: title, state (words and colour), who signs it, source, why, due
 * and flags; "Vis mer" opens what the member may do and the item's history. The open part is
 * drawn when first opened, so a long checklist stays light.
 */
export function ChecklistItem({
  item,
  snapshot,
  self,
  files,
}: {
  item: ChecklistItemJson;
  snapshot: ChecklistSnapshot;
  self: { id: string; name: string; role: Role };
  /** The item's evidence. */
  files: StoredFileInfo[];
}) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const language = i18n.language;
  const title = localized(item.title, language);
  const due = dueText(item, t, language);
  const headingId = `item-${item.key}`;
  const state = item.shown;
  return (
    <li className="checklist-item" data-item={item.key} data-status={item.summary} data-overdue={item.overdue || undefined}>
      <div className="checklist-item__head">
        <h4 id={headingId} className="ds-heading checklist-item__title" data-size="xs">
          {title}
        </h4>
        <div className="checklist-item__tags">
          <StatusTag status={item.summary} />
          {item.signingRole ? (
            <Tag data-size="sm" data-color="brand1" variant="outline">
              {t(`checklist.signedBy.${item.signingRole}`)}
            </Tag>
          ) : null}
          {item.overdue ? (
            <Tag data-size="sm" data-color="danger" data-testid="overdue">
              {t("checklist.overdue")}
            </Tag>
          ) : null}
          {item.openDisagreements > 0 ? (
            <Tag data-size="sm" data-color="warning">
              {t("checklist.disagreementCount", { count: item.openDisagreements })}
            </Tag>
          ) : null}
          {item.debated && !item.decision ? (
            <Tag data-size="sm" data-color="neutral" variant="outline">
              {t("checklist.debated")}
            </Tag>
          ) : null}
        </div>
      </div>
      <Paragraph className="checklist-item__why">{localized(item.why, language)}</Paragraph>
      <p className="checklist-item__facts muted">
        <span>{t("checklist.source", { source: item.source })}</span>
        <span>{t("checklist.responsible", { role: roleText(item.responsibleRole, t) })}</span>
        {due ? <span>{t("checklist.due", { due })}</span> : null}
        <span>{t(`checklist.scope.${item.scope}`)}</span>
        {item.requiresEvidence ? <span>{t("checklist.requiresEvidence")}</span> : null}
        <span>{t("checklist.evidenceCount", { count: item.evidence.total })}</span>
      </p>
      {state.reason && !item.homesDiffer ? <p className="checklist-item__reason">{t("checklist.stateForm.reasonShown", { reason: state.reason })}</p> : null}
      {item.decision ? <p className="checklist-item__reason">{t("checklist.decision.shown", { decision: item.decision })}</p> : null}
      {state.updatedByName && !item.homesDiffer ? (
        <p className="muted checklist-item__set-by">
          {t("checklist.stateForm.setBy", {
            name: state.updatedByName,
            role: state.updatedRole ? t(`role.${state.updatedRole}`) : "",
            time: state.updatedAt ? formatDateTime(state.updatedAt, language) : "",
          })}
        </p>
      ) : null}
      <Details className="checklist-item__details" onToggle={() => setOpened(true)}>
        <Details.Summary>
          {t("checklist.open")}
          <span className="visually-hidden"> – {title}</span>
        </Details.Summary>
        <Details.Content>
          {opened ? (
            <div className="stack checklist-item__body">
              {item.homesDiffer ? <HomeStates item={item} snapshot={snapshot} /> : null}
              {item.may.setState ? <ItemStateForm item={item} snapshot={snapshot} /> : <StateHelp item={item} />}
              {item.debated ? <ItemDecision item={item} projectId={snapshot.projectId} self={self} /> : null}
              {item.may.edit ? <ItemAssignmentForm item={item} projectId={snapshot.projectId} /> : null}
              {item.may.edit ? <AttentionFlagButton projectId={snapshot.projectId} subjectKind="checklistItem" subjectId={item.key} subjectTitle={title} /> : null}
              <ItemEvidence item={item} snapshot={snapshot} files={files} />
              <section className="stack" aria-labelledby={`thread-${item.key}`}>
                <h5 id={`thread-${item.key}`} className="ds-heading" data-size="2xs">
                  {t("checklist.thread.title")}
                </h5>
                <ItemThread thread={item.thread} snapshot={snapshot} />
              </section>
              {item.may.comment ? <ItemCommentForm item={item} snapshot={snapshot} /> : null}
            </div>
          ) : null}
        </Details.Content>
      </Details>
    </li>
  );
}
