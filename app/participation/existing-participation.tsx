/**
 * Residents' participation recorded elsewhere in Boplan, shown in the log as it is in its own
 * tables (decision 013): comments and ratings on the map, choices of colours and materials.
 */
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import type { ExistingParticipation as Existing } from "./participation-types";

export function ExistingParticipation({ existing }: { existing: Existing }) {
  const { t, i18n } = useTranslation();
  const none = <Paragraph data-size="sm">{t("participation.existing.none")}</Paragraph>;
  return (
    <section className="stack" aria-labelledby="participation-existing">
      <Heading level={2} data-size="sm" id="participation-existing">
        {t("participation.existing.title")}
      </Heading>
      <Paragraph>{t("participation.existing.intro")}</Paragraph>
      <div className="participation-existing">
        <section className="stack" aria-labelledby="participation-existing-comments">
          <Heading level={3} data-size="2xs" id="participation-existing-comments">
            {t("participation.existing.comments")}
          </Heading>
          {existing.comments.length === 0 ? none : null}
          <ul className="participation-plain-list">
            {existing.comments.map((comment) => (
              <li key={comment.id}>
                <p>{comment.body}</p>
                <Paragraph data-size="sm" className="muted">
                  {comment.alias} · {comment.siteName ? t("participation.existing.onSite", { site: comment.siteName }) : t("participation.existing.onMap")} · {formatDate(comment.createdAt, i18n.language)}
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
        <section className="stack" aria-labelledby="participation-existing-ratings">
          <Heading level={3} data-size="2xs" id="participation-existing-ratings">
            {t("participation.existing.ratings")}
          </Heading>
          {existing.ratings.length === 0 ? none : null}
          <ul className="participation-plain-list">
            {existing.ratings.map((rating) => (
              <li key={rating.id}>
                <p>
                  {t("participation.existing.rating", { aspect: t(`feedback.aspect.${rating.aspect}`), score: rating.score })}
                  {rating.comment ? ` – ${rating.comment}` : ""}
                </p>
                <Paragraph data-size="sm" className="muted">
                  {rating.alias} · {rating.siteName ? t("participation.existing.onSite", { site: rating.siteName }) : t("participation.existing.onMap")} · {formatDate(rating.updatedAt, i18n.language)}
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
        <section className="stack" aria-labelledby="participation-existing-choices">
          <Heading level={3} data-size="2xs" id="participation-existing-choices">
            {t("participation.existing.choices")}
          </Heading>
          {existing.choices.length === 0 ? none : null}
          <ul className="participation-plain-list">
            {existing.choices.map((home) => (
              <li key={home.homeId}>
                <p>
                  {home.homeName} ({home.alias ?? t("participation.existing.unallocated")}): {t("participation.existing.choiceCount", { count: home.categories })}
                  {home.together > 0 ? `, ${t("participation.existing.together", { count: home.together })}` : ""}
                </p>
                <Paragraph data-size="sm" className="muted">
                  {t("participation.existing.lastAt", { date: formatDate(home.lastAt, i18n.language) })}
                </Paragraph>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
