/**
 * A point in the log: what was said, who raised it (a resident by the alias they chose, others by
 * role), who entered it, what came of it with its link, a flag when it waited too long, its
 * history, and for planners the answer form.
 */
import { Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../ui/format-time";
import { AnswerForm } from "./answer-form";
import { HistoryList } from "./history-list";
import type { LinkOptions, LogPoint } from "./participation-types";
import { linkText } from "./participation-text";
import type { AnswerStatus } from "./participation-vocabulary";

export const statusColor: Record<AnswerStatus, "neutral" | "success" | "warning" | "danger" | "info"> = {
  open: "neutral",
  adopted: "success",
  partly: "info",
  notAdopted: "warning",
};

export function PointItem({ projectId, point, mayWrite, linkOptions, pointAnswerDays }: { projectId: string; point: LogPoint; mayWrite: boolean; linkOptions: LinkOptions; pointAnswerDays: number }) {
  const { t, i18n } = useTranslation();
  const who = point.raisedBy ? t("participation.point.fromResident", { alias: point.raisedBy.alias }) : t("participation.point.from", { who: t(`participation.raiser.${point.raisedByRole}`) });
  return (
    <li id={`point-${point.id}`} className="participation-point stack" data-status={point.answerStatus} data-testid="participation-point">
      <p className="participation-point__body">{point.body}</p>
      <Paragraph data-size="sm" className="muted">
        {who}
        {point.raisedByRole === "resident" ? ` · ${point.onBehalf ? t("participation.point.enteredOnBehalf", { name: point.enteredBy.name ?? t(`role.${point.enteredBy.role}`) }) : t("participation.point.enteredBySelf")}` : null}
        {point.inquiryId ? ` · ${t("participation.point.fromInquiry")}` : null} · {t("participation.point.raisedOn", { date: formatDate(point.createdAt, i18n.language) })}
      </Paragraph>
      <div className="row participation-point__status">
        <Tag data-color={statusColor[point.answerStatus]} data-size="sm">
          {t(`participation.status.${point.answerStatus}`)}
        </Tag>
        {point.overdue ? (
          <strong className="participation-overdue">{t("participation.point.overdue", { count: pointAnswerDays })}</strong>
        ) : null}
      </div>
      {point.answer ? <p className="participation-point__answer">{point.answer}</p> : null}
      {point.reason ? (
        <p>
          <strong>{t("participation.point.reason")}:</strong> {point.reason}
        </p>
      ) : null}
      {point.link ? (
        <p>
          <strong>{t("participation.point.changed")}:</strong> <Link href={point.link.url}>{linkText(point.link, t, i18n.language)}</Link>
        </p>
      ) : null}
      {point.answeredAt ? (
        <Paragraph data-size="sm" className="muted">
          {point.answeredBy
            ? t("participation.point.answeredBy", { name: point.answeredBy, date: formatDateTime(point.answeredAt, i18n.language) })
            : t("participation.point.answered", { date: formatDateTime(point.answeredAt, i18n.language) })}
        </Paragraph>
      ) : null}
      {mayWrite ? <AnswerForm projectId={projectId} point={point} linkOptions={linkOptions} /> : null}
      <HistoryList history={point.history} />
    </li>
  );
}
