import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import type { Phase } from "../projects/vocabulary";
import { SkippedRecordsNotice } from "../documents/skipped-records-notice";
import { useObserveDeep } from "../sync/use-shared-document";
import { formatDate, formatDateTime, todayInOslo } from "../ui/format-time";
import { DecisionForm } from "./decision-form";
import { decisionsMap } from "../documents/plan-document";
import { addDecision, listDecisions, updateDecision } from "./plan-document";

/** The shared decision log: everyone reads it live; planners add and edit entries. */
export function DecisionLog({ doc, editable, currentPhase }: { doc: Y.Doc; editable: boolean; currentPhase: Phase }) {
  const { t, i18n } = useTranslation();
  const version = useObserveDeep(decisionsMap(doc));
  const decisions = useMemo(() => listDecisions(doc), [doc, version]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  // When a form closes, focus goes back to the button that opened it.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (!returnFocusTo) return;
    document.getElementById(returnFocusTo)?.focus();
    setReturnFocusTo(null);
  }, [returnFocusTo]);
  const closeAdding = () => {
    setAdding(false);
    setReturnFocusTo("add-decision");
  };
  const closeEditing = (id: string) => {
    setEditing(null);
    setReturnFocusTo(`edit-decision-${id}`);
  };
  return (
    <section aria-labelledby="decision-log-heading" className="stack">
      <Heading level={2} data-size="md" id="decision-log-heading">
        {t("decision.title")}
      </Heading>
      <Paragraph className="muted">{t("decision.intro")}</Paragraph>
      <SkippedRecordsNotice doc={doc} domain="plan" maps={["decisions", "project"]} />
      {editable && !adding ? (
        <div>
          <Button id="add-decision" onClick={() => setAdding(true)}>
            {t("decision.add")}
          </Button>
        </div>
      ) : null}
      {editable && adding ? (
        <DecisionForm
          title={t("decision.addTitle")}
          initial={{ date: todayInOslo(), phase: currentPhase, decision: "", decidedBy: "", basis: "" }}
          onSave={(input) => {
            addDecision(doc, input);
            closeAdding();
          }}
          onCancel={closeAdding}
        />
      ) : null}
      {decisions.length === 0 ? (
        <Paragraph>{t("decision.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table data-testid="decision-log" zebra className="stacked-table">
            <caption className="visually-hidden">
              {t("decision.title")}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("decision.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("decision.phase")}</Table.HeaderCell>
                <Table.HeaderCell>{t("decision.decision")}</Table.HeaderCell>
                <Table.HeaderCell>{t("decision.decidedBy")}</Table.HeaderCell>
                <Table.HeaderCell>{t("decision.basis")}</Table.HeaderCell>
                {editable ? <Table.HeaderCell>{t("members.actions")}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {decisions.map((decision) =>
                editing === decision.id ? (
                  <Table.Row key={decision.id}>
                    <Table.Cell colSpan={6}>
                      <DecisionForm
                        title={t("decision.editTitle")}
                        initial={decision}
                        onSave={(input) => {
                          updateDecision(doc, decision.id, input);
                          closeEditing(decision.id);
                        }}
                        onCancel={() => closeEditing(decision.id)}
                      />
                    </Table.Cell>
                  </Table.Row>
                ) : (
                  <Table.Row key={decision.id}>
                    <Table.Cell data-label={t("decision.date")}>{formatDate(decision.date, i18n.language)}</Table.Cell>
                    <Table.Cell data-label={t("decision.phase")}>{t(`phase.${decision.phase}`)}</Table.Cell>
                    <Table.Cell data-label={t("decision.decision")}>
                      <div>{decision.decision}</div>
                      <div className="muted" style={{ fontSize: "0.875em" }}>
                        {decision.recordedBy && decision.recordedAt
                          ? t("decision.recorded", {
                              name: decision.recordedBy.name,
                              time: formatDateTime(decision.recordedAt, i18n.language),
                            })
                          : t("decision.pending")}
                      </div>
                    </Table.Cell>
                    <Table.Cell data-label={t("decision.decidedBy")}>{decision.decidedBy}</Table.Cell>
                    <Table.Cell data-label={t("decision.basis")}>{decision.basis}</Table.Cell>
                    {editable ? (
                      <Table.Cell>
                        <Button
                          id={`edit-decision-${decision.id}`}
                          variant="tertiary"
                          data-size="sm"
                          onClick={() => setEditing(decision.id)}
                          aria-label={`${t("decision.edit")}: ${decision.decision.slice(0, 60)}`}
                        >
                          {t("decision.edit")}
                        </Button>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ),
              )}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
