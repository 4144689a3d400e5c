/**
 * The participation log (decision 013): figures and charts, the planners' form for a new
 * activity, the activities newest first with their points and answers, points raised outside
 * activities, and residents' participation elsewhere. Kept live on the `participation` topic.
 */
import { Alert, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import type { Phase } from "../projects/vocabulary";
import { ActivityCard } from "./activity-card";
import { ActivityForm } from "./activity-form";
import { ExistingParticipation } from "./existing-participation";
import { ParticipationFigures } from "./figures-view";
import type { ParticipationLogData } from "./participation-types";
import { saidDoneUrl } from "./participation-text";
import { PointItem } from "./point-item";
import "./participation.css";

export function ParticipationPage({ projectId, log, phase }: { projectId: string; log: ParticipationLogData; phase: Phase }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/participation/events`);
  const { self } = log;
  return (
    <div className="stack participation-page">
      <div className="stack">
        <Heading level={2} data-size="md">
          {t("participation.title")}
        </Heading>
        <Paragraph>{t("participation.intro")}</Paragraph>
        {!self.mayWrite ? <Alert data-color="info">{t("participation.readOnly")}</Alert> : null}
        <p>
          <Link href={saidDoneUrl(projectId)}>{t("participation.saidDoneLink")}</Link>
        </p>
      </div>
      <ParticipationFigures projectId={projectId} summary={{ figures: log.figures, showsOverdue: self.mayWrite }} />
      <section className="stack" aria-labelledby="participation-activities">
        <Heading level={2} data-size="sm" id="participation-activities">
          {t("participation.activity.listTitle")}
        </Heading>
        {self.mayWrite ? (
          <details className="participation-details participation-details--action participation-new-activity">
            <summary>{t("participation.activityForm.addButton")}</summary>
            <ActivityForm projectId={projectId} residents={log.residents} defaultDate={log.today} defaultPhase={phase} />
          </details>
        ) : null}
        {log.activities.length === 0 ? <Paragraph>{t("participation.activity.none")}</Paragraph> : null}
        {log.activities.map((activity) => (
          <ActivityCard key={activity.id} projectId={projectId} activity={activity} self={self} residents={log.residents} linkOptions={log.linkOptions} pointAnswerDays={log.pointAnswerDays} />
        ))}
      </section>
      {log.otherPoints.length > 0 ? (
        <section className="stack" aria-labelledby="participation-other-points">
          <Heading level={2} data-size="sm" id="participation-other-points">
            {t("participation.point.otherTitle")}
          </Heading>
          <Paragraph>{t("participation.point.otherIntro")}</Paragraph>
          <ul className="participation-points">
            {log.otherPoints.map((point) => (
              <PointItem key={point.id} projectId={projectId} point={point} mayWrite={self.mayWrite} linkOptions={log.linkOptions} pointAnswerDays={log.pointAnswerDays} />
            ))}
          </ul>
        </section>
      ) : null}
      <ExistingParticipation existing={log.existing} />
    </div>
  );
}
