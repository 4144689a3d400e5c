/**
 * One memo (decision 014): a draft's own texts and sections for planners to edit, issuing it,
 * and the links to its print page and PDF in the internal and the public version. An issued
 * memo is shown read-only. Warns when the planner's texts mention what the public version removes.
 */
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { useActionForm } from "../ui/use-action-form";
import { memoSummaryMaxLines, memoTextMaxLength, memoTitleMaxLength, summaryLines } from "./memo-input";
import type { MemoActionData } from "./memo-requests.server";
import { memoSections } from "./memo-snapshot-types";
import type { MemoRecord } from "./memo-store.server";
import { removedNamesMentioned } from "./public-memo";

function MemoLinks({ projectId, memoId }: { projectId: string; memoId: string }) {
  const { t } = useTranslation();
  const base = `/projects/${projectId}/memos/${memoId}`;
  return (
    <section className="stack" aria-labelledby="memo-links-title">
      <Heading level={3} data-size="xs" id="memo-links-title">
        {t("memo.links.title")}
      </Heading>
      <ul>
        <li>
          <a className="ds-link" href={`${base}/print?version=internal`}>
            {t("memo.links.printInternal")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/pdf?version=internal`} download>
            {t("memo.links.pdfInternal")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/print?version=public`}>
            {t("memo.links.printPublic")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}/pdf?version=public`} download>
            {t("memo.links.pdfPublic")}
          </a>
        </li>
      </ul>
    </section>
  );
}

function DraftForm({ projectId, memo }: { projectId: string; memo: MemoRecord }) {
  const { t } = useTranslation();
  const form = useActionForm<MemoActionData>();
  const [summary, setSummary] = useState(memo.summary);
  const [texts, setTexts] = useState({ title: memo.title, proposedDecision: memo.proposedDecision, risks: memo.risks });
  const lines = summaryLines(summary).length;
  const mentioned = removedNamesMentioned(memo.snapshot, [texts.title, texts.proposedDecision, summary, texts.risks]);
  const message = form.messageUnlessShown(["title", "proposedDecision", "summary", "risks", "sections"]);
  // The fields follow what is typed once the page runs; until then the server's values stand.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <form.fetcher.Form method="post" action={`/projects/${projectId}/memos/${memo.id}`} className="stack memo-edit" aria-labelledby="memo-edit-title" data-hydrated={hydrated || undefined} noValidate>
      <Heading level={3} data-size="xs" id="memo-edit-title">
        {t("memo.edit.title")}
      </Heading>
      <Paragraph className="muted">{t("memo.edit.intro")}</Paragraph>
      <input type="hidden" name="intent" value="save" />
      <Textfield name="title" label={t("memo.edit.titleField")} value={texts.title} onChange={(event) => setTexts({ ...texts, title: event.target.value })} maxLength={memoTitleMaxLength} required error={form.fieldError("title")} />
      <Textfield
        multiline
        rows={3}
        name="proposedDecision"
        label={t("memo.edit.proposedDecision")}
        description={t("memo.edit.proposedDecisionHelp")}
        value={texts.proposedDecision}
        onChange={(event) => setTexts({ ...texts, proposedDecision: event.target.value })}
        maxLength={memoTextMaxLength}
        error={form.fieldError("proposedDecision")}
      />
      <Textfield
        multiline
        rows={5}
        name="summary"
        label={t("memo.edit.summary")}
        description={`${t("memo.edit.summaryHelp")} ${t("memo.edit.summaryLines", { count: lines })}`}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        maxLength={memoTextMaxLength}
        error={form.fieldError("summary") ?? (lines > memoSummaryMaxLines ? t("memo.edit.summaryLines", { count: lines }) : undefined)}
      />
      <Textfield
        multiline
        rows={4}
        name="risks"
        label={t("memo.edit.risks")}
        description={t("memo.edit.risksHelp")}
        value={texts.risks}
        onChange={(event) => setTexts({ ...texts, risks: event.target.value })}
        maxLength={memoTextMaxLength}
        error={form.fieldError("risks")}
      />
      <Fieldset aria-invalid={form.fieldError("sections") ? true : undefined}>
        <Fieldset.Legend>{t("memo.edit.sections")}</Fieldset.Legend>
        <Fieldset.Description>{t("memo.edit.sectionsHelp")}</Fieldset.Description>
        {memoSections.map((section) => (
          <Checkbox key={section} name="sections" value={section} label={t(`memo.section.${section}`)} defaultChecked={memo.sections.includes(section)} />
        ))}
        {form.fieldError("sections") ? <ValidationMessage>{form.fieldError("sections")}</ValidationMessage> : null}
      </Fieldset>
      {mentioned.length > 0 ? (
        <Alert data-color="warning" data-testid="memo-public-warning">
          {t("memo.edit.publicWarning", { names: mentioned.join(", ") })}
        </Alert>
      ) : null}
      {message ? <Alert data-color="danger">{message}</Alert> : null}
      {form.saved ? (
        <Alert data-color="success" role="status">
          {t("memo.edit.saved")}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={form.busy}>
          {t("memo.edit.save")}
        </Button>
      </div>
    </form.fetcher.Form>
  );
}

function IssueForm({ projectId, memoId }: { projectId: string; memoId: string }) {
  const { t } = useTranslation();
  const form = useActionForm<MemoActionData>();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <form.fetcher.Form method="post" action={`/projects/${projectId}/memos/${memoId}`} className="stack" aria-labelledby="memo-issue-title">
      <Heading level={3} data-size="xs" id="memo-issue-title">
        {t("memo.edit.issue")}
      </Heading>
      <Paragraph className="muted">{t("memo.edit.issueHelp")}</Paragraph>
      <input type="hidden" name="intent" value="issue" />
      <Checkbox label={t("memo.edit.issueConfirm")} checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
      {form.message ? <Alert data-color="danger">{form.message}</Alert> : null}
      <div>
        <Button type="submit" variant="secondary" disabled={!confirmed || form.busy}>
          {t("memo.edit.issue")}
        </Button>
      </div>
    </form.fetcher.Form>
  );
}

export function MemoEditPage({ projectId, memo, mayWrite }: { projectId: string; memo: MemoRecord; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const draft = memo.status === "draft";
  return (
    <section className="stack" aria-labelledby="memo-title">
      <Heading level={2} data-size="md" id="memo-title">
        {memo.title}
      </Heading>
      <Paragraph data-testid="memo-meta">
        {t("memo.versionLabel", { version: memo.version })} · {t("memo.madeOn", { date: formatDate(memo.createdAt, i18n.language) })} · {t(`memo.status.${memo.status}`)}
      </Paragraph>
      {memo.issuedAt ? <Alert data-color="info">{t("memo.edit.issued", { date: formatDate(memo.issuedAt, i18n.language) })}</Alert> : null}
      <MemoLinks projectId={projectId} memoId={memo.id} />
      {draft && mayWrite ? (
        <>
          <DraftForm projectId={projectId} memo={memo} />
          <IssueForm projectId={projectId} memoId={memo.id} />
        </>
      ) : (
        <dl className="stack">
          <dt>
            <strong>{t("memo.edit.proposedDecision")}</strong>
          </dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{memo.proposedDecision || t("memo.document.notWritten")}</dd>
          <dt>
            <strong>{t("memo.edit.summary")}</strong>
          </dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{memo.summary || t("memo.document.notWritten")}</dd>
        </dl>
      )}
    </section>
  );
}
