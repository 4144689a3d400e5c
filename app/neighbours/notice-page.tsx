/**
 * The formal neighbour notice page (decision 013), planners only: each notice with the countdown
 * of the 14 days and its one-year validity, its proof of delivery (text and files), the date the
 * application went in, and its objections with the applicant's comments.
 */
import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { FileList } from "../files/file-list";
import type { StoredFileInfo } from "../files/file-types";
import { FileUpload } from "../files/file-upload";
import { formatDate, todayInOslo } from "../ui/format-time";
import { FormProblem, Saved } from "./neighbour-form-parts";
import { noticeChannels } from "./neighbour-vocabulary";
import type { CommentCountdown, ValidityState } from "./notice-dates";
import { maxCommentLength, maxObjectionLength, maxProofLength, maxRecipientCount, maxRecipientsLength, maxSenderLength } from "./notice-input";
import type { NoticeJson, ObjectionJson } from "./notice-store.server";
import { useNeighbourForm } from "./use-neighbour-form";

const actionUrl = (projectId: string) => `/projects/${projectId}/neighbours/notice`;

export function countdownText(countdown: CommentCountdown, t: TFunction, language: string): string {
  const date = formatDate(countdown.deadline, language);
  if (countdown.state === "passed") return t("neighbours.notice.passed", { date });
  if (countdown.daysLeft === 0) return t("neighbours.notice.lastDay", { date });
  return t("neighbours.notice.daysLeft", { count: countdown.daysLeft, date });
}

function validityText(validity: ValidityState, t: TFunction, language: string): string {
  const date = formatDate(validity.validUntil, language);
  switch (validity.state) {
    case "used":
      return t("neighbours.notice.validity.used", { date: formatDate(validity.applicationSentDate, language) });
    case "valid":
      return t("neighbours.notice.validity.valid", { date });
    case "endingSoon":
      return validity.daysLeft === 0 ? t("neighbours.notice.validity.endsToday", { date }) : t("neighbours.notice.validity.endingSoon", { count: validity.daysLeft, date });
    case "expired":
      return t("neighbours.notice.validity.expired", { date });
  }
}

function NoticeForm({ projectId, notice, idBase }: { projectId: string; notice?: NoticeJson; idBase: string }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(0);
  const form = useNeighbourForm({ onSaved: () => (notice ? undefined : setKey((value) => value + 1)) });
  return (
    <form.fetcher.Form key={key} method="post" action={actionUrl(projectId)} className="neighbours-form" aria-labelledby={`${idBase}-title`} noValidate>
      <h4 id={`${idBase}-title`} className="ds-heading" data-size="xs">
        {notice ? t("neighbours.notice.form.editTitle") : t("neighbours.notice.form.recordTitle")}
      </h4>
      <input type="hidden" name="intent" value={notice ? "editNotice" : "recordNotice"} />
      {notice ? <input type="hidden" name="noticeId" value={notice.id} /> : null}
      <div className="neighbours-form__when">
        <Textfield
          id={`${idBase}-sent`}
          type="date"
          name="sentDate"
          label={t("neighbours.notice.form.sentDate")}
          description={t("neighbours.notice.form.sentDateHelp")}
          defaultValue={notice?.sentDate ?? todayInOslo()}
          required
          error={form.fieldError("sentDate")}
        />
        <Field>
          <Label htmlFor={`${idBase}-channel`}>{t("neighbours.notice.form.channel")}</Label>
          <Select id={`${idBase}-channel`} name="channel" defaultValue={notice?.channel ?? "letter"}>
            {noticeChannels.map((channel) => (
              <Select.Option key={channel} value={channel}>
                {t(`neighbours.noticeChannel.${channel}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        id={`${idBase}-recipients`}
        multiline
        rows={2}
        name="recipients"
        label={t("neighbours.notice.form.recipients")}
        description={t("neighbours.notice.form.recipientsHelp")}
        defaultValue={notice?.recipients ?? ""}
        maxLength={maxRecipientsLength}
        required
        error={form.fieldError("recipients")}
      />
      <Textfield
        id={`${idBase}-count`}
        type="number"
        inputMode="numeric"
        min={0}
        max={maxRecipientCount}
        name="recipientCount"
        label={t("neighbours.notice.form.recipientCount")}
        defaultValue={String(notice?.recipientCount ?? 0)}
        error={form.fieldError("recipientCount")}
      />
      <Textfield
        id={`${idBase}-proof`}
        multiline
        rows={2}
        name="proof"
        label={t("neighbours.notice.form.proof")}
        description={t("neighbours.notice.form.proofHelp")}
        defaultValue={notice?.proof ?? ""}
        maxLength={maxProofLength}
        error={form.fieldError("proof")}
      />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {notice ? t("neighbours.notice.form.save") : t("neighbours.notice.form.record")}
        </Button>
        <Saved form={form} />
      </div>
    </form.fetcher.Form>
  );
}

function ApplicationSentForm({ projectId, notice }: { projectId: string; notice: NoticeJson }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)} className="neighbours-controls" noValidate>
      <input type="hidden" name="intent" value="applicationSent" />
      <input type="hidden" name="noticeId" value={notice.id} />
      <Textfield
        id={`application-${notice.id}`}
        type="date"
        name="applicationSentDate"
        label={t("neighbours.notice.applicationSent")}
        description={t("neighbours.notice.applicationSentHelp")}
        defaultValue={notice.applicationSentDate ?? ""}
        key={notice.applicationSentDate ?? ""}
        error={form.fieldError("applicationSentDate")}
      />
      <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
        {t("neighbours.notice.saveApplicationSent")}
      </Button>
      <Saved form={form} />
    </form.fetcher.Form>
  );
}

function AnswerForm({ projectId, objection }: { projectId: string; objection: ObjectionJson }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  const idBase = `answer-${objection.id}`;
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)} className="neighbours-form" noValidate>
      <input type="hidden" name="intent" value="answerObjection" />
      <input type="hidden" name="objectionId" value={objection.id} />
      <Textfield
        id={`${idBase}-comment`}
        multiline
        rows={3}
        name="applicantComment"
        label={t("neighbours.notice.objections.applicantComment")}
        description={t("neighbours.notice.objections.applicantCommentHelp")}
        defaultValue={objection.applicantComment}
        maxLength={maxCommentLength}
        error={form.fieldError("applicantComment")}
      />
      <Textfield
        id={`${idBase}-action`}
        multiline
        rows={2}
        name="actionTaken"
        label={t("neighbours.notice.objections.actionTaken")}
        description={t("neighbours.notice.objections.actionTakenHelp")}
        defaultValue={objection.actionTaken}
        maxLength={maxCommentLength}
        error={form.fieldError("actionTaken")}
      />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("neighbours.notice.objections.saveAnswer")}
        </Button>
        <Saved form={form} />
      </div>
    </form.fetcher.Form>
  );
}

function DeleteSenderForm({ projectId, objection }: { projectId: string; objection: ObjectionJson }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  return (
    <form.fetcher.Form method="post" action={actionUrl(projectId)}>
      <input type="hidden" name="intent" value="deleteObjectionSender" />
      <input type="hidden" name="objectionId" value={objection.id} />
      <Button type="submit" variant="tertiary" data-color="danger" aria-describedby={`delete-help-${objection.id}`} aria-disabled={form.busy || undefined}>
        {t("neighbours.notice.objections.deleteName")}
      </Button>
      <FormProblem form={form} />
    </form.fetcher.Form>
  );
}

function ObjectionCard({ projectId, objection }: { projectId: string; objection: ObjectionJson }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="neighbours-card" data-open={objection.open} data-testid="objection">
      <div className="neighbours-card__head">
        <h5 className="ds-heading" data-size="2xs">
          {t("neighbours.notice.objections.heading", { date: formatDate(objection.receivedDate, i18n.language) })}
        </h5>
        <span className="row">
          {objection.late ? <span className="neighbours-badge neighbours-badge--warning">{t("neighbours.notice.objections.lateBadge")}</span> : null}
          {objection.open ? <span className="neighbours-badge neighbours-badge--danger">{t("neighbours.notice.objections.openBadge")}</span> : null}
        </span>
      </div>
      <dl className="neighbours-facts">
        <dt>{t("neighbours.notice.objections.from")}</dt>
        <dd>{objection.fromName ?? t("neighbours.notice.objections.noName")}</dd>
      </dl>
      <p className="neighbours-text">{objection.body}</p>
      {objection.fromName !== null ? (
        <div className="stack" style={{ gap: "0.25rem" }}>
          <p className="muted" id={`delete-help-${objection.id}`}>
            {t("neighbours.notice.objections.deleteNameHelp")}
          </p>
          <DeleteSenderForm projectId={projectId} objection={objection} />
        </div>
      ) : null}
      <AnswerForm projectId={projectId} objection={objection} />
    </li>
  );
}

function AddObjectionForm({ projectId, notice }: { projectId: string; notice: NoticeJson }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(0);
  const form = useNeighbourForm({ onSaved: () => setKey((value) => value + 1) });
  const idBase = `objection-${notice.id}`;
  return (
    <form.fetcher.Form key={key} method="post" action={actionUrl(projectId)} className="neighbours-form" aria-labelledby={`${idBase}-title`} noValidate>
      <h5 id={`${idBase}-title`} className="ds-heading" data-size="2xs">
        {t("neighbours.notice.objections.addTitle")}
      </h5>
      <input type="hidden" name="intent" value="addObjection" />
      <input type="hidden" name="noticeId" value={notice.id} />
      <Textfield id={`${idBase}-date`} type="date" name="receivedDate" label={t("neighbours.notice.objections.receivedDate")} defaultValue={todayInOslo()} required error={form.fieldError("receivedDate")} />
      <Textfield
        id={`${idBase}-from`}
        name="fromName"
        label={t("neighbours.notice.objections.fromName")}
        description={t("neighbours.notice.objections.fromNameHelp")}
        maxLength={maxSenderLength}
        autoComplete="off"
        error={form.fieldError("fromName")}
      />
      <Textfield id={`${idBase}-body`} multiline rows={4} name="body" label={t("neighbours.notice.objections.body")} maxLength={maxObjectionLength} required error={form.fieldError("body")} />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("neighbours.notice.objections.add")}
        </Button>
        <Saved form={form} />
      </div>
    </form.fetcher.Form>
  );
}

function NoticeCard({ projectId, notice, files, userId }: { projectId: string; notice: NoticeJson; files: StoredFileInfo[]; userId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const warn = notice.validity.state === "endingSoon" || notice.validity.state === "expired";
  return (
    <article className="neighbours-card" aria-labelledby={`notice-${notice.id}`} data-testid="notice">
      <h4 id={`notice-${notice.id}`} className="ds-heading" data-size="xs">
        {t("neighbours.notice.sentHeading", { date: formatDate(notice.sentDate, language) })}
      </h4>
      <p className="neighbours-countdown" data-testid="notice-countdown" data-state={notice.countdown.state}>
        {countdownText(notice.countdown, t, language)}
      </p>
      {warn ? (
        <Alert data-color={notice.validity.state === "expired" ? "danger" : "warning"} data-testid="notice-validity">
          {validityText(notice.validity, t, language)}
        </Alert>
      ) : (
        <p data-testid="notice-validity">{validityText(notice.validity, t, language)}</p>
      )}
      <dl className="neighbours-facts">
        <dt>{t("neighbours.notice.recipients")}</dt>
        <dd>
          <span className="neighbours-text">{notice.recipients}</span> ({t("neighbours.notice.recipientCount", { count: notice.recipientCount })})
        </dd>
        <dt>{t("neighbours.notice.channel")}</dt>
        <dd>{t(`neighbours.noticeChannel.${notice.channel}`)}</dd>
        <dt>{t("neighbours.notice.proof")}</dt>
        <dd className="neighbours-text">{notice.proof || t("neighbours.notice.noProof")}</dd>
      </dl>
      <FileList projectId={projectId} files={files} removal={{ userId, mayRemoveAny: true }} />
      <details>
        <summary>
          {t("neighbours.notice.proofFiles")} ({files.length})
        </summary>
        <FileUpload projectId={projectId} purpose="notice" subjectKey={notice.id} />
      </details>
      <ApplicationSentForm projectId={projectId} notice={notice} />
      <details>
        <summary>{t("neighbours.notice.edit")}</summary>
        <NoticeForm projectId={projectId} notice={notice} idBase={`edit-${notice.id}`} />
      </details>
      <section className="stack" aria-labelledby={`objections-${notice.id}`}>
        <h5 id={`objections-${notice.id}`} className="ds-heading" data-size="xs">
          {t("neighbours.notice.objections.title")} ({notice.objections.length})
        </h5>
        {notice.objections.length === 0 ? (
          <Paragraph>{t("neighbours.notice.objections.none")}</Paragraph>
        ) : (
          <>
            <p className={notice.openObjections > 0 ? "neighbours-overdue" : undefined} data-testid="open-objections" data-count={notice.openObjections}>
              {notice.openObjections > 0 ? t("neighbours.notice.objections.open", { count: notice.openObjections }) : t("neighbours.notice.objections.noneOpen")}
            </p>
            <ul className="neighbours-cards">
              {notice.objections.map((objection) => (
                <ObjectionCard key={objection.id} projectId={projectId} objection={objection} />
              ))}
            </ul>
          </>
        )}
        <AddObjectionForm projectId={projectId} notice={notice} />
      </section>
    </article>
  );
}

export function NoticePage({ projectId, notices, files, userId }: { projectId: string; notices: NoticeJson[]; files: StoredFileInfo[]; userId: string }) {
  const { t } = useTranslation();
  return (
    <section className="neighbours-section" aria-labelledby="notice-title">
      <h3 id="notice-title" className="ds-heading" data-size="sm">
        {t("neighbours.notice.title")}
      </h3>
      <Paragraph>{t("neighbours.notice.intro")}</Paragraph>
      {notices.length === 0 ? (
        <>
          <Paragraph>{t("neighbours.notice.empty")}</Paragraph>
          <NoticeForm projectId={projectId} idBase="record-notice" />
        </>
      ) : (
        <>
          {notices.map((notice) => (
            <NoticeCard key={notice.id} projectId={projectId} notice={notice} files={files.filter((file) => file.subjectKey === notice.id)} userId={userId} />
          ))}
          <details>
            <summary>{t("neighbours.notice.recordAnother")}</summary>
            <NoticeForm projectId={projectId} idBase="record-notice" />
          </details>
        </>
      )}
    </section>
  );
}
