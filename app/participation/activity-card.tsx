/**
 * One activity in the log: kind, date and phase, place and who led it, who took part by role and
 * the residents by the alias they chose, the minutes as text and as files, its points, its
 * history; for planners the forms to change it, add its minutes' files and record its points.
 */
import { Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FileList } from "../files/file-list";
import { FileUpload } from "../files/file-upload";
import { formatDate } from "../ui/format-time";
import { ActivityForm } from "./activity-form";
import { HistoryList } from "./history-list";
import { MinutesApproval } from "./minutes-approval";
import type { LinkOptions, LogActivity } from "./participation-types";
import { attendanceRoles } from "./participation-vocabulary";
import { PointForm } from "./point-form";
import { PointItem } from "./point-item";

export function ActivityCard({
  projectId,
  activity,
  self,
  residents,
  linkOptions,
  pointAnswerDays,
}: {
  projectId: string;
  activity: LogActivity;
  self: { userId: string; mayWrite: boolean };
  residents: ReadonlyArray<{ userId: string; alias: string }>;
  linkOptions: LinkOptions;
  pointAnswerDays: number;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `activity-${activity.id}-title`;
  const counted = attendanceRoles.filter((role) => activity.counts[role] > 0);
  return (
    <article id={`activity-${activity.id}`} className="participation-activity stack" aria-labelledby={headingId} data-testid="participation-activity">
      <div className="stack participation-activity__head">
        <Heading level={3} data-size="sm" id={headingId}>
          {activity.title}
        </Heading>
        <Paragraph className="muted">
          {t("participation.activity.meta", { kind: t(`participation.kind.${activity.kind}`), date: formatDate(activity.date, i18n.language), phase: t(`phase.${activity.phase}`) })}
        </Paragraph>
        {activity.place || activity.facilitator ? (
          <Paragraph data-size="sm">
            {[activity.place ? t("participation.activity.place", { place: activity.place }) : "", activity.facilitator ? t("participation.activity.facilitator", { name: activity.facilitator }) : ""]
              .filter(Boolean)
              .join(" · ")}
          </Paragraph>
        ) : null}
        <div className="row">
          {activity.isPublic ? (
            <Tag data-size="sm" data-color="info">
              {t("participation.activity.isPublic")}
            </Tag>
          ) : null}
          {activity.plannedMeetingId ? (
            <Tag data-size="sm" data-color="neutral">
              {t("participation.activity.fromMeetingPlan")}
            </Tag>
          ) : null}
          {activity.workshopId ? (
            <Tag data-size="sm" data-color="neutral">
              {t("participation.activity.fromWorkshop")}
            </Tag>
          ) : null}
        </div>
        <MinutesApproval projectId={projectId} activity={activity} mayWrite={self.mayWrite} />
      </div>
      {editing ? (
        <ActivityForm projectId={projectId} residents={residents} activity={activity} defaultDate={activity.date} defaultPhase={activity.phase} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="participation-activity__attendance">
            <h4 className="ds-heading" data-size="2xs">
              {t("participation.activity.attendance")}
            </h4>
            <dl className="participation-counts-list">
              {counted.map((role) => (
                <div key={role}>
                  <dt>{t(`participation.attendanceRole.${role}`)}</dt>
                  <dd>{activity.counts[role]}</dd>
                </div>
              ))}
            </dl>
            {activity.residents.length > 0 ? (
              <Paragraph data-size="sm">
                {t("participation.activity.residents")}: {activity.residents.map((resident) => resident.alias).join(", ")}
              </Paragraph>
            ) : null}
          </div>
          <details className="participation-details">
            <summary>{t("participation.activity.minutes")}</summary>
            <div className="stack">
              {activity.minutes ? <p className="participation-minutes">{activity.minutes}</p> : <Paragraph data-size="sm">{t("participation.activity.noMinutes")}</Paragraph>}
              {activity.files.length > 0 ? (
                <>
                  <h4 className="ds-heading" data-size="2xs">
                    {t("participation.activity.minutesFiles")}
                  </h4>
                  <FileList projectId={projectId} files={activity.files} removal={self.mayWrite ? { userId: self.userId, mayRemoveAny: true } : undefined} />
                </>
              ) : null}
              {self.mayWrite ? <FileUpload projectId={projectId} purpose="activity" subjectKey={activity.id} /> : null}
            </div>
          </details>
          {self.mayWrite ? (
            <div>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t("participation.activityForm.editButton")}
              </Button>
            </div>
          ) : null}
        </>
      )}
      <section className="stack" aria-labelledby={`${headingId}-points`}>
        <h4 id={`${headingId}-points`} className="ds-heading" data-size="xs">
          {t("participation.activity.points")}
        </h4>
        {activity.points.length === 0 ? <Paragraph data-size="sm">{t("participation.activity.noPoints")}</Paragraph> : null}
        <ul className="participation-points">
          {activity.points.map((point) => (
            <PointItem key={point.id} projectId={projectId} point={point} mayWrite={self.mayWrite} linkOptions={linkOptions} pointAnswerDays={pointAnswerDays} />
          ))}
        </ul>
        {self.mayWrite ? <PointForm projectId={projectId} activityId={activity.id} residents={residents} /> : null}
      </section>
      <HistoryList history={activity.history} />
    </article>
  );
}
