import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";
import { CommentForm } from "./comment-form";
import { useFeedback } from "./feedback-context";
import type { CommentThread, RoleGroup, ThreadFilter, ThreadStatusFilter } from "./feedback-threads";
import { filterThreads, roleGroups } from "./feedback-threads";
import { focusPin } from "./pin-focus";
import type { CommentJson } from "./feedback-types";

function CommentBody({ comment }: { comment: CommentJson }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Paragraph data-size="sm" className="feedback-comment__meta">
        <strong>{t("feedback.comments.author", { name: comment.authorName, role: t(`role.${comment.authorRole}`) })}</strong>{" "}
        <span className="muted">· {formatDateTime(comment.createdAt, i18n.language)}</span>
      </Paragraph>
      <Paragraph className="feedback-comment__body">{comment.body}</Paragraph>
    </>
  );
}

function ReplyForm({ thread, onDone }: { thread: CommentThread; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const { send } = useFeedback();
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = t("feedback.comments.replyLabel", { name: thread.root.authorName });
  const submit = async () => {
    setBusy(true);
    const result = await send({ intent: "reply", parentId: thread.root.id, body });
    setBusy(false);
    if (result.ok) {
      setBody("");
      onDone();
      return;
    }
    const field = result.problem.fields?.body;
    setProblem(i18n.language === "en" ? (field?.messageEn ?? result.problem.messageEn) : (field?.message ?? result.problem.message));
  };
  return (
    <form
      className="stack"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Textfield multiline rows={2} label={label} value={body} onChange={(event) => setBody(event.target.value)} error={problem ?? undefined} autoFocus />
      <div className="row">
        <Button type="submit" data-size="sm" disabled={busy}>
          {t("feedback.comments.sendReply")}
        </Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onDone}>
          {t("feedback.comments.cancel")}
        </Button>
      </div>
    </form>
  );
}

function Thread({ thread, mayComment }: { thread: CommentThread; mayComment: boolean }) {
  const { t, i18n } = useTranslation();
  const { send } = useFeedback();
  const [replying, setReplying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { root } = thread;
  const resolved = root.resolvedAt !== null;
  const setResolved = async (resolve: boolean) => {
    const result = await send({ intent: resolve ? "resolve" : "reopen", commentId: root.id });
    setProblem(result.ok ? null : i18n.language === "en" ? result.problem.messageEn : result.problem.message);
  };
  return (
    <li className={`stack feedback-thread${resolved ? " feedback-thread--resolved" : ""}`} data-testid="comment-thread" data-resolved={resolved}>
      <CommentBody comment={root} />
      {root.position ? (
        <div className="row feedback-pin">
          <Paragraph data-size="sm" className="muted">
            {t("feedback.comments.pinned", { lat: root.position.lat.toFixed(5), lon: root.position.lon.toFixed(5) })}
          </Paragraph>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => focusPin(root.id)}>
            {t("feedback.comments.showPin")}
          </Button>
        </div>
      ) : null}
      {thread.replies.length > 0 ? (
        <ul className="stack feedback-replies" aria-label={t("feedback.comments.replies", { count: thread.replies.length })}>
          {thread.replies.map((reply) => (
            <li key={reply.id} className="feedback-reply" data-testid="comment-reply">
              <CommentBody comment={reply} />
            </li>
          ))}
        </ul>
      ) : null}
      {resolved ? (
        <Paragraph data-size="sm" className="feedback-resolved">
          ✓ {t("feedback.comments.resolvedBy", { name: root.resolvedByName ?? "–", time: formatDateTime(root.resolvedAt ?? "", i18n.language) })}
        </Paragraph>
      ) : null}
      {mayComment ? (
        replying ? (
          <ReplyForm thread={thread} onDone={() => setReplying(false)} />
        ) : (
          <div className="row">
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => setReplying(true)}>
              {t("feedback.comments.reply")}
            </Button>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => void setResolved(!resolved)}>
              {resolved ? t("feedback.comments.reopen") : t("feedback.comments.resolve")}
            </Button>
          </div>
        )
      ) : null}
      {problem ? <Alert data-color="danger">{problem}</Alert> : null}
    </li>
  );
}

function ThreadFilters({ filter, onChange }: { filter: ThreadFilter; onChange(filter: ThreadFilter): void }) {
  const { t } = useTranslation();
  return (
    <div className="row feedback-filters">
      <Field>
        <Label>{t("feedback.comments.filterRole")}</Label>
        <Select data-size="sm" value={filter.group ?? ""} onChange={(event) => onChange({ ...filter, group: (event.target.value || null) as RoleGroup | null })}>
          <Select.Option value="">{t("feedback.comments.allRoles")}</Select.Option>
          {roleGroups.map((group) => (
            <Select.Option key={group} value={group}>
              {t(`feedback.comments.roleGroup.${group}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t("feedback.comments.filterStatus")}</Label>
        <Select data-size="sm" value={filter.status} onChange={(event) => onChange({ ...filter, status: event.target.value as ThreadStatusFilter })}>
          {(["all", "open", "resolved"] as const).map((status) => (
            <Select.Option key={status} value={status}>
              {t(`feedback.comments.status.${status}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/**
 * The comment threads about one site (or, with `siteId` null, those pinned on the map without a
 * site), filtered by role and status, with replies, resolve/reopen and a form for a new thread.
 */
export function CommentsSection({ siteId, threads, title }: { siteId: string | null; threads: CommentThread[]; title: string }) {
  const { t } = useTranslation();
  const { snapshot } = useFeedback();
  const [filter, setFilter] = useState<ThreadFilter>({ group: null, status: "all" });
  if (!snapshot) return null;
  const shown = filterThreads(threads, filter);
  const headingId = `comments-${siteId ?? "map"}`;
  return (
    <section className="stack" data-testid={siteId ? "site-comments" : "map-comments"} aria-labelledby={headingId}>
      <Heading level={4} data-size="2xs" id={headingId}>
        {title}
      </Heading>
      {threads.length > 0 ? <ThreadFilters filter={filter} onChange={setFilter} /> : null}
      {threads.length === 0 ? (
        <Paragraph className="muted">{t("feedback.comments.none")}</Paragraph>
      ) : shown.length === 0 ? (
        <Paragraph className="muted">{t("feedback.comments.noneMatching")}</Paragraph>
      ) : (
        <ul className="stack feedback-threads">
          {shown.map((thread) => (
            <Thread key={thread.root.id} thread={thread} mayComment={snapshot.self.may.comment} />
          ))}
        </ul>
      )}
      {snapshot.self.may.comment ? <CommentForm key={siteId ?? "map"} siteId={siteId} /> : <Paragraph className="muted">{t("feedback.readOnly")}</Paragraph>}
    </section>
  );
}
