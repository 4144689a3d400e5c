import { Link, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { formatDate } from "../ui/format-time";
import type { UpcomingMeetingJson } from "./cooperation-types";
import "./cooperation.css";

/**
 * The project overview's "Møter framover": the next meetings of the meeting plan with their
 * date and who takes part, linking to the plan; live like the cooperation page. Its loader calls
 * `upcomingMeetings(db, projectId, { from: todayInOslo(), limit: 3 })` for members who may
 * `cooperation:read`.
 *
 * @example
 * {meetings ? <UpcomingMeetings projectId={project.id} meetings={meetings} /> : null}
 */
export function UpcomingMeetings({ projectId, meetings }: { projectId: string; meetings: UpcomingMeetingJson[] }) {
  const { t, i18n } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/cooperation/events`);
  return (
    <section className="stack cooperation-upcoming" aria-labelledby="upcoming-meetings-title" data-testid="upcoming-meetings">
      <h2 id="upcoming-meetings-title" className="ds-heading" data-size="sm">
        {t("cooperation.upcoming.title")}
      </h2>
      {meetings.length === 0 ? (
        <Paragraph>{t("cooperation.upcoming.empty")}</Paragraph>
      ) : (
        <ul className="cooperation-upcoming__list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <span className="cooperation-meeting__date">{formatDate(meeting.date, i18n.language)}</span>{" "}
              <Link href={`/projects/${projectId}/cooperation#meeting-${meeting.id}`}>{meeting.title}</Link>
              {meeting.partnerNames.length > 0 ? <span className="muted"> · {t("cooperation.upcoming.with", { names: meeting.partnerNames.join(", ") })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/projects/${projectId}/cooperation`}>{t("cooperation.upcoming.link")}</Link>
      </p>
    </section>
  );
}
