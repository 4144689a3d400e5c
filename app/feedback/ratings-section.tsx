import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber, languageOf } from "../compare/figure-text";
import { formatDateTime } from "../ui/format-time";
import type { Aspect } from "./aspects";
import { aspectRole, aspects } from "./aspects";
import type { SiteRatingSummary } from "./feedback-context";
import { useFeedback } from "./feedback-context";
import type { RatingJson } from "./feedback-types";
import type { RevealActions, RevealScope } from "./reveal-controls";
import { AllRevealControls, AspectRevealControls, revealScopeOf, useRevealActions } from "./reveal-controls";

const scores = ["1", "2", "3", "4", "5"] as const;

function RatingLine({ rating }: { rating: RatingJson }) {
  const { t, i18n } = useTranslation();
  const edited = rating.updatedAt !== rating.createdAt;
  return (
    <li className="feedback-rating" data-testid="rating">
      <strong>{t("feedback.ratings.score", { score: rating.score })}</strong> · {t("feedback.ratings.by", { name: rating.authorName, role: t(`role.${rating.authorRole}`) })}
      <span className="muted">
        {" "}
        · {formatDateTime(rating.createdAt, i18n.language)}
        {edited ? ` (${t("feedback.ratings.changed", { time: formatDateTime(rating.updatedAt, i18n.language) })})` : null}
      </span>
      {rating.comment ? <Paragraph data-size="sm">{rating.comment}</Paragraph> : null}
    </li>
  );
}

function AspectRatings({ summary, scope, actions }: { summary: SiteRatingSummary; scope: RevealScope; actions?: RevealActions }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return (
    <li className="stack feedback-aspect" data-aspect={summary.aspect}>
      <Heading level={5} data-size="2xs">
        {t(`feedback.aspect.${summary.aspect}`)} <span className="muted">({t("feedback.ratings.ratedBy", { group: t(`feedback.group.${summary.role}`) })})</span>
      </Heading>
      <Paragraph data-size="sm" data-testid="aspect-summary">
        {summary.average === null
          ? t("feedback.ratings.noneVisible")
          : t("feedback.ratings.average", { average: formatNumber(summary.average, language, 1), count: summary.count })}{" "}
        {summary.hiddenCount > 0 ? t("feedback.ratings.hidden", { count: summary.hiddenCount }) : null}
        {scope ? <span className="muted"> {t(scope === "here" ? "feedback.ratings.revealedHere" : "feedback.ratings.revealedEverywhere")}</span> : null}
      </Paragraph>
      {summary.ratings.length > 0 ? (
        <ul className="feedback-list">
          {summary.ratings.map((rating) => (
            <RatingLine key={rating.id} rating={rating} />
          ))}
        </ul>
      ) : null}
      {actions ? <AspectRevealControls aspect={summary.aspect} scope={scope} actions={actions} /> : null}
    </li>
  );
}

/** The member's own rating of the site on their role's aspect: a score 1–5 and a reason. */
function RatingForm({ siteId, aspect, own }: { siteId: string; aspect: Aspect; own: RatingJson | undefined }) {
  const { t, i18n } = useTranslation();
  const { send } = useFeedback();
  const [score, setScore] = useState(own ? String(own.score) : "");
  const [reason, setReason] = useState(own?.comment ?? "");
  const [scoreProblem, setScoreProblem] = useState<string | null>(null);
  const [reasonProblem, setReasonProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = useId();
  const english = i18n.language === "en";
  const submit = async () => {
    setSaved(false);
    if (!score) {
      setScoreProblem(t("feedback.ratings.chooseScore"));
      return;
    }
    setBusy(true);
    const result = await send({ intent: "rate", siteId, score, comment: reason });
    setBusy(false);
    if (result.ok) {
      setScoreProblem(null);
      setReasonProblem(null);
      setFailure(null);
      setSaved(true);
      return;
    }
    const fields = result.problem.fields ?? {};
    setScoreProblem(fields.score ? (english ? fields.score.messageEn : fields.score.message) : null);
    setReasonProblem(fields.comment ? (english ? fields.comment.messageEn : fields.comment.message) : null);
    setFailure(fields.score || fields.comment ? null : english ? result.problem.messageEn : result.problem.message);
  };
  const title = t("feedback.ratings.yourRating", { aspect: t(`feedback.aspect.${aspect}`) });
  return (
    <form
      className="stack feedback-rating-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Heading level={5} data-size="2xs">
        {title}
      </Heading>
      <Fieldset data-size="sm" aria-invalid={scoreProblem ? true : undefined}>
        <Fieldset.Legend>{t("feedback.ratings.scoreLegend")}</Fieldset.Legend>
        <div className="row feedback-scores">
          {scores.map((value) => (
            <Radio
              key={value}
              name={name}
              value={value}
              label={t(`feedback.ratings.scoreLabels.${value}`)}
              checked={score === value}
              onChange={() => setScore(value)}
            />
          ))}
        </div>
        {scoreProblem ? (
          <Paragraph data-size="sm" className="feedback-problem" role="alert">
            {scoreProblem}
          </Paragraph>
        ) : null}
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        label={t("feedback.ratings.reason")}
        description={t("feedback.ratings.reasonHelp")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={reasonProblem ?? undefined}
      />
      {failure ? <Alert data-color="danger">{failure}</Alert> : null}
      <div className="row">
        <Button type="submit" disabled={busy}>
          {own ? t("feedback.ratings.update") : t("feedback.ratings.save")}
        </Button>
        <p role="status" className="muted">
          {saved ? t("feedback.ratings.saved") : null}
        </p>
      </div>
    </form>
  );
}

/**
 * The ratings of one site: each aspect as far as this member may see it, the count of hidden
 * ones, a planner's switches to reveal them, and the member's own rating form.
 */
export function RatingsSection({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const { snapshot, ratingsBySite } = useFeedback();
  const actions = useRevealActions(siteId);
  if (!snapshot) return null;
  const summaries =
    ratingsBySite.get(siteId) ??
    aspects.map((aspect): SiteRatingSummary => ({ aspect, role: aspectRole[aspect], count: 0, average: null, hiddenCount: 0, ratings: [] }));
  const own = snapshot.ratings.find((rating) => rating.siteId === siteId && rating.authorId === snapshot.self.id && rating.aspect === snapshot.self.aspect);
  const mayReveal = snapshot.self.may.reveal;
  return (
    <section className="stack" data-testid="ratings" aria-labelledby={`ratings-${siteId}`}>
      <Heading level={4} data-size="2xs" id={`ratings-${siteId}`}>
        {t("feedback.ratings.title")}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t("feedback.ratings.intro")}
      </Paragraph>
      <ul className="stack feedback-aspects">
        {summaries.map((summary) => (
          <AspectRatings key={summary.aspect} summary={summary} scope={revealScopeOf(snapshot, siteId, summary.aspect)} actions={mayReveal ? actions : undefined} />
        ))}
      </ul>
      {mayReveal ? <AllRevealControls siteId={siteId} snapshot={snapshot} actions={actions} /> : null}
      {snapshot.self.may.rate && snapshot.self.aspect ? <RatingForm key={siteId} siteId={siteId} aspect={snapshot.self.aspect} own={own} /> : null}
    </section>
  );
}
