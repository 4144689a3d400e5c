import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { createContext, useContext, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMapPage } from "../sites/map-page-context";
import type { Aspect } from "./aspects";
import { aspectRole, aspects } from "./aspects";
import type { CommentJson, FeedbackSnapshot, RatingJson } from "./feedback-types";
import type { SendResult } from "./use-feedback-data";
import { useFeedbackData } from "./use-feedback-data";

/** One aspect's ratings of a site, as far as this member may see them. */
export interface SiteRatingSummary {
  aspect: Aspect;
  role: (typeof aspectRole)[Aspect];
  count: number;
  average: number | null;
  hiddenCount: number;
  ratings: RatingJson[];
}

export interface Feedback {
  snapshot: FeedbackSnapshot | null;
  failed: boolean;
  ratingsBySite: Map<string, SiteRatingSummary[]>;
  commentsBySite: Map<string, CommentJson[]>;
  send(fields: Record<string, string>): Promise<SendResult>;
}

const FeedbackContext = createContext<Feedback | null>(null);

function summarize(snapshot: FeedbackSnapshot | null): Map<string, SiteRatingSummary[]> {
  const bySite = new Map<string, SiteRatingSummary[]>();
  if (!snapshot) return bySite;
  const entry = (siteId: string, aspect: Aspect): SiteRatingSummary => {
    let list = bySite.get(siteId);
    if (!list) {
      list = aspects.map((each) => ({ aspect: each, role: aspectRole[each], count: 0, average: null, hiddenCount: 0, ratings: [] }));
      bySite.set(siteId, list);
    }
    return list.find((summary) => summary.aspect === aspect) as SiteRatingSummary;
  };
  for (const rating of snapshot.ratings) entry(rating.siteId, rating.aspect).ratings.push(rating);
  for (const hidden of snapshot.hidden) entry(hidden.siteId, hidden.aspect).hiddenCount = hidden.count;
  for (const list of bySite.values()) {
    for (const summary of list) {
      summary.count = summary.ratings.length;
      summary.average = summary.count > 0 ? summary.ratings.reduce((sum, rating) => sum + rating.score, 0) / summary.count : null;
    }
  }
  return bySite;
}

/** Comments and agency ratings of the project's sites, live (decision 009). */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const { projectId } = useMapPage();
  const { snapshot, failed, send } = useFeedbackData(projectId);
  const value = useMemo<Feedback>(() => {
    const commentsBySite = new Map<string, CommentJson[]>();
    for (const comment of snapshot?.comments ?? []) {
      if (!comment.siteId) continue;
      commentsBySite.set(comment.siteId, [...(commentsBySite.get(comment.siteId) ?? []), comment]);
    }
    return { snapshot, failed, ratingsBySite: summarize(snapshot), commentsBySite, send };
  }, [snapshot, failed, send]);
  return <FeedbackContext.Provider value={value}>{children}</FeedbackContext.Provider>;
}

/**
 * The feedback this member may see, e.g. for the comparison table.
 *
 * @example
 * const { ratingsBySite } = useFeedback();
 * ratingsBySite.get(siteId)?.find((summary) => summary.aspect === "safety")?.average;
 */
export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error("useFeedback: outside FeedbackProvider");
  return feedback;
}

/** Ratings and comments of the selected site, in the side panel. */
export function FeedbackPanel() {
  const { t } = useTranslation();
  const { selectedId } = useMapPage();
  const { snapshot, failed, ratingsBySite, commentsBySite, send } = useFeedback();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!selectedId) return null;
  if (failed && !snapshot) return <Alert data-color="warning">{t("feedback.failed")}</Alert>;
  if (!snapshot) return null;
  const ratings = ratingsBySite.get(selectedId) ?? [];
  const comments = commentsBySite.get(selectedId) ?? [];
  const submit = async () => {
    const result = await send({ intent: "comment", siteId: selectedId, body });
    if (result.ok) {
      setBody("");
      setError(null);
    } else setError(result.problem.message);
  };
  return (
    <section className="stack" data-testid="feedback-panel" aria-labelledby="feedback-heading">
      <Heading level={4} data-size="2xs" id="feedback-heading">
        {t("feedback.title")}
      </Heading>
      <ul>
        {ratings.map((summary) => (
          <li key={summary.aspect}>
            {summary.aspect}: {summary.average === null ? "–" : summary.average.toFixed(1)} ({summary.count})
            {summary.hiddenCount > 0 ? ` · ${t("feedback.hidden", { count: summary.hiddenCount })}` : null}
          </li>
        ))}
      </ul>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>
            <strong>{comment.authorName}</strong> ({comment.authorRole}, {new Date(comment.createdAt).toLocaleString()}): {comment.body}
          </li>
        ))}
      </ul>
      {snapshot.self.may.comment ? (
        <form
          aria-label={t("feedback.newComment")}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Textfield multiline label={t("feedback.newComment")} value={body} onChange={(event) => setBody(event.target.value)} error={error ?? undefined} />
          <Button type="submit">{t("feedback.send")}</Button>
        </form>
      ) : (
        <Paragraph className="muted">{t("feedback.readOnly")}</Paragraph>
      )}
    </section>
  );
}
