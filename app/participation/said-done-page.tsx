/**
 * "Dette sa dere – dette gjorde vi" (decision 013): in plain words and large type, newest first,
 * what was said (by role: "en beboer", "politiet" …) and what came of it, with its link. A
 * resident sees "Ditt innspill" on their own points and can raise a new one. Kept live on the
 * `participation` topic. No charts here: the page stays light on a phone.
 */
import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { can } from "../permissions";
import { formatDate } from "../ui/format-time";
import type { SaidDoneData, SaidDonePoint } from "./participation-types";
import { labelText, participationUrl } from "./participation-text";
import { RaiseOwnForm } from "./raise-own-form";
import "./participation.css";

function SaidDoneItem({ point }: { point: SaidDonePoint }) {
  const { t, i18n } = useTranslation();
  const where = point.activity
    ? t("participation.saidDone.at", { activity: point.activity.title, date: formatDate(point.activity.date, i18n.language) })
    : t("participation.saidDone.inApp", { date: formatDate(point.raisedOn, i18n.language) });
  return (
    <li id={`point-${point.id}`} className="said-done-item stack" data-own={point.own || undefined} data-status={point.answerStatus} data-testid="said-done-point">
      {point.own ? <p className="said-done-item__own">{t("participation.saidDone.yours")}</p> : null}
      <p className="said-done-item__said">«{point.body}»</p>
      <p className="said-done-item__who">
        {point.own ? t("participation.saidDone.saidByYou") : t("participation.saidDone.saidBy", { who: t(`participation.saidDone.raiser.${point.raisedByRole}`) })} · {where}
      </p>
      {point.own && point.onBehalf ? <p className="said-done-item__who">{t("participation.saidDone.enteredForYou")}</p> : null}
      <div className="said-done-item__done stack">
        <h3 className="said-done-item__heading">{t("participation.saidDone.whatCame")}</h3>
        <p className="said-done-item__status">{t(`participation.saidDone.status.${point.answerStatus}`)}</p>
        {point.answer ? <p>{point.answer}</p> : null}
        {point.reason ? (
          <p>
            <strong>{t("participation.saidDone.reason")}:</strong> {point.reason}
          </p>
        ) : null}
        {point.link ? (
          <p>
            <Link href={point.link.url}>
              {t("participation.saidDone.seeChange")}
              {point.link.label !== null ? `: ${labelText(point.link.label, i18n.language)}` : ""}
            </Link>
          </p>
        ) : null}
        {point.answeredOn ? <p className="said-done-item__who">{t("participation.saidDone.answeredOn", { date: formatDate(point.answeredOn, i18n.language) })}</p> : null}
      </div>
    </li>
  );
}

export function SaidDonePage({ projectId, page }: { projectId: string; page: SaidDoneData }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/participation/events`);
  return (
    <div className="stack said-done-page">
      <div className="stack">
        <Heading level={2} data-size="lg">
          {t("participation.saidDone.title")}
        </Heading>
        <Paragraph data-size="lg">{t("participation.saidDone.intro")}</Paragraph>
        {can(page.self.role, "participation:log") ? (
          <p>
            <Link href={participationUrl(projectId)}>{t("participation.logLink")}</Link>
          </p>
        ) : null}
      </div>
      {page.self.mayRaise ? <RaiseOwnForm projectId={projectId} activities={page.ownActivities} /> : null}
      {page.points.length === 0 ? <Paragraph data-size="lg">{t("participation.saidDone.none")}</Paragraph> : null}
      <ol className="said-done-list" aria-label={t("participation.saidDone.title")}>
        {page.points.map((point) => (
          <SaidDoneItem key={point.id} point={point} />
        ))}
      </ol>
    </div>
  );
}
