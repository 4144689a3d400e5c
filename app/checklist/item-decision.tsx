import { Alert, Button, Link, Paragraph, Spinner, Textfield } from "@digdir/designsystemet-react";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../permissions";
import { maxDecisionLength, maxReasonLength } from "./checklist-limits";
import { localized } from "./checklist-text";
import type { ChecklistItemJson } from "./checklist-types";
import { checklistActionUrl, useChecklistForm } from "./use-checklist-form";

const DecisionLogWriter = lazy(() => import("./decision-log-writer"));

/**
 * A debated item's decision and its reason: shown to everyone, written by planners, and put into
 * the decision log with one click (once; then the item links to it).
 */
export function ItemDecision({ item, projectId, self }: { item: ChecklistItemJson; projectId: string; self: { id: string; name: string; role: Role } }) {
  const { t, i18n } = useTranslation();
  const [decision, setDecision] = useState(item.decision ?? "");
  const [reason, setReason] = useState(item.decisionReason ?? "");
  const form = useChecklistForm();
  const link = useChecklistForm();
  const [logging, setLogging] = useState<"idle" | "writing" | "denied" | "invalid">("idle");
  const idBase = `decision-${item.key}`;
  const mayEdit = item.may.edit;

  const entry = useMemo(
    () => ({ decision: t("checklist.decision.logEntry", { title: localized(item.title, i18n.language), decision: item.decision ?? "" }), basis: item.decisionReason ?? "" }),
    [t, item.title, item.decision, item.decisionReason, i18n.language],
  );
  const submitLink = link.fetcher.submit;
  const onWritten = useCallback(
    (decisionLogId: string) => submitLink({ intent: "linkDecision", itemKey: item.key, decisionLogId }, { method: "post", action: checklistActionUrl(projectId) }),
    [submitLink, item.key, projectId],
  );
  const onFailed = useCallback((why: "denied" | "invalid") => setLogging(why), []);

  return (
    <section className="stack checklist-decision" aria-labelledby={`${idBase}-title`}>
      <h5 id={`${idBase}-title`} className="ds-heading" data-size="2xs">
        {t("checklist.decision.title")}
      </h5>
      <Paragraph data-size="sm">{t("checklist.decision.intro")}</Paragraph>
      {item.decision ? (
        <div className="checklist-decision__text">
          <p>{t("checklist.decision.shown", { decision: item.decision })}</p>
          <p>{t("checklist.decision.reasonShown", { reason: item.decisionReason ?? "" })}</p>
        </div>
      ) : (
        <Paragraph className="muted">{t("checklist.decision.none")}</Paragraph>
      )}
      {item.decisionLogId ? (
        <p data-testid="decision-logged">
          <strong>{t("checklist.decision.logged")}</strong> · <Link href={`/projects/${projectId}`}>{t("checklist.decision.openLog")}</Link>
        </p>
      ) : mayEdit && item.decision ? (
        <div className="stack">
          <div className="row">
            <Button
              type="button"
              variant="secondary"
              aria-disabled={logging === "writing" || link.busy || undefined}
              onClick={() => {
                if (logging !== "writing") setLogging("writing");
              }}
            >
              {t("checklist.decision.toLog")}
            </Button>
            <Paragraph role="status" data-size="sm" className="muted">
              {logging === "writing" && !link.saved ? (
                <>
                  <Spinner aria-hidden data-size="xs" /> {t("checklist.decision.connecting")}
                </>
              ) : null}
            </Paragraph>
          </div>
          <Paragraph data-size="sm" className="muted">
            {t("checklist.decision.toLogHelp")}
          </Paragraph>
          {logging === "denied" ? <Alert data-color="danger">{t("checklist.decision.logDenied")}</Alert> : null}
          {logging === "invalid" ? <Alert data-color="danger">{t("checklist.decision.logFailed")}</Alert> : null}
          {link.message ? <Alert data-color="danger">{link.message}</Alert> : null}
        </div>
      ) : null}
      {logging === "writing" ? (
        <Suspense fallback={null}>
          <DecisionLogWriter projectId={projectId} self={self} entry={entry} onWritten={onWritten} onFailed={onFailed} />
        </Suspense>
      ) : null}
      {mayEdit ? (
        <form.fetcher.Form
          method="post"
          action={checklistActionUrl(projectId)}
          className="stack checklist-form"
          aria-label={t("checklist.decision.save")}
          noValidate
          onSubmit={(event) => {
            if (form.busy) event.preventDefault();
          }}
        >
          <input type="hidden" name="intent" value="decision" />
          <input type="hidden" name="itemKey" value={item.key} />
          <Textfield
            name="decision"
            label={t("checklist.decision.decision")}
            value={decision}
            maxLength={maxDecisionLength}
            error={form.fieldError("decision")}
            onChange={(event) => setDecision(event.currentTarget.value)}
          />
          <Textfield
            multiline
            rows={2}
            name="decisionReason"
            label={t("checklist.decision.reason")}
            value={reason}
            maxLength={maxReasonLength}
            error={form.fieldError("decisionReason")}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          {form.message && !form.fieldError("decision") && !form.fieldError("decisionReason") ? <Alert data-color="danger">{form.message}</Alert> : null}
          <div className="row">
            <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
              {t("checklist.decision.save")}
            </Button>
            <Paragraph role="status" data-size="sm" className="muted">
              {form.saved ? t("checklist.decision.saved") : ""}
            </Paragraph>
          </div>
        </form.fetcher.Form>
      ) : null}
    </section>
  );
}
