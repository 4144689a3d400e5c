import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { localized } from "./checklist-text";
import type { ChecklistProgress, ProgressFigures } from "./checklist-types";

/** A bar for the eye; the figures beside it say the same in words. */
export function ProgressBar({ figures }: { figures: ProgressFigures }) {
  const share = figures.total === 0 ? 0 : Math.round((figures.closed / figures.total) * 100);
  return (
    <span className="checklist-bar" aria-hidden="true">
      <span className="checklist-bar__done" style={{ width: `${share}%` }} />
    </span>
  );
}

/** "12 av 50 punkter er avklart", the bar, and the overdue count in red with its words. */
export function ProgressHeadline({ progress }: { progress: ProgressFigures }) {
  const { t } = useTranslation();
  return (
    <div className="stack checklist-headline">
      <p className="checklist-headline__figure" data-testid="checklist-progress" data-closed={progress.closed} data-total={progress.total}>
        {t("checklist.progress.summary", { closed: progress.closed, total: progress.total })}
      </p>
      <ProgressBar figures={progress} />
      <Paragraph data-size="sm" className="muted">
        {t("checklist.progress.closedHelp", { done: progress.done })}
      </Paragraph>
      {progress.overdue > 0 ? (
        <p className="checklist-overdue" data-testid="checklist-overdue">
          <span aria-hidden="true">⚠ </span>
          {t("checklist.progress.overdue", { count: progress.overdue })}
        </p>
      ) : (
        <Paragraph data-size="sm">{t("checklist.progress.noneOverdue")}</Paragraph>
      )}
    </div>
  );
}

function FigureRows({ caption, rows, firstColumn }: { caption: string; firstColumn: string; rows: Array<ProgressFigures & { key: string; label: string }> }) {
  const { t } = useTranslation();
  return (
    <table className="checklist-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col">{t("checklist.progress.closed")}</th>
          <th scope="col">{t("checklist.progress.overdueColumn")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-overdue={row.overdue > 0 || undefined}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="checklist-figures__figure">{t("checklist.progress.figure", { closed: row.closed, total: row.total })}</span>
              <ProgressBar figures={row} />
            </td>
            <td className={row.overdue > 0 ? "checklist-overdue" : undefined}>{row.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Progress at the top of the checklist page: overall, per section, per due phase and per home. */
export function ChecklistProgressView({ progress }: { progress: ChecklistProgress }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="stack checklist-progress" aria-labelledby="checklist-progress-title">
      <h3 id="checklist-progress-title" className="ds-heading" data-size="sm">
        {t("checklist.progress.title")}
      </h3>
      <ProgressHeadline progress={progress} />
      <div className="checklist-progress__tables">
        <FigureRows
          caption={t("checklist.progress.bySection")}
          firstColumn={t("checklist.progress.part")}
          rows={progress.bySection.map((section) => ({ ...section, label: localized(section.title, i18n.language) }))}
        />
        <FigureRows
          caption={t("checklist.progress.byPhase")}
          firstColumn={t("checklist.progress.phase")}
          rows={progress.byPhase.map((phase) => ({ ...phase, key: phase.phase ?? "none", label: phase.phase ? t(`phase.${phase.phase}`) : t("checklist.progress.noPhase") }))}
        />
        {progress.byHome.length > 0 ? (
          <FigureRows
            caption={t("checklist.progress.byHome")}
            firstColumn={t("checklist.progress.home")}
            rows={progress.byHome.map((home) => ({ ...home, key: home.homeId, label: home.name }))}
          />
        ) : (
          <Paragraph className="muted">{t("checklist.progress.noHomes")}</Paragraph>
        )}
      </div>
    </section>
  );
}
