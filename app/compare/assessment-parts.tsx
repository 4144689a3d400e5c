import { useTranslation } from "react-i18next";
import type { SiteAssessment, Status } from "../geo/types";
import { languageOf } from "./figure-text";

/**
 * A figure's status as colour and words, so it never relies on colour alone.
 *
 * @example
 * <StatusBadge status="attention" /> // "Bør vurderes" on amber
 */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`assessment-status assessment-status--${status}`} data-status={status}>
      {t(`siteMap.status.${status}`)}
    </span>
  );
}

/**
 * The shortcut warnings of one site, worded as potential risks to discuss.
 *
 * @example
 * <ShortcutList assessment={assessment} />
 */
export function ShortcutList({ assessment }: { assessment: SiteAssessment }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  if (assessment.shortcuts.length === 0) return <span>{t("siteMap.noShortcuts")}</span>;
  return (
    <ul className="shortcut-list">
      {assessment.shortcuts.map((shortcut, index) => (
        <li key={`${shortcut.category}-${index}`}>{shortcut.message[language]}</li>
      ))}
    </ul>
  );
}
