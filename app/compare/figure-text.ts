/**
 * How the assessment's figures read in words: the same texts in the table, the
 * side panel and the exports. Pure (the translation function is passed in).
 */
import type { TFunction } from "i18next";
import { type AssessmentConfig, type Neighbourhood, type NotFoundReason, type SiteAssessment, type Status } from "../geo/types";
import { thresholdFigures, type ThresholdFigure } from "../documents/assessment-settings-schema";

export type Language = "nb" | "en";

export const languageOf = (code: string | undefined): Language => (code === "en" ? "en" : "nb");

/**
 * A number as people read it in the language (decimal comma in bokmål).
 *
 * @example
 * formatNumber(8.16, "nb", 1); // "8,2"
 */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 0): string {
  return value.toLocaleString(language === "en" ? "en" : "nb", { maximumFractionDigits, useGrouping: false });
}

/** Status in words (never colour alone). */
export function statusText(status: Status, t: TFunction): string {
  return t(`siteMap.status.${status}`);
}

/**
 * Why nothing was found for a category, in plain words.
 *
 * @example
 * notFoundText("beyond-search-bound", defaultConfig, t); // "Ingen innen 3000 m å gå"
 */
export function notFoundText(reason: NotFoundReason | undefined, config: AssessmentConfig, t: TFunction): string {
  if (!reason) return t("compare.notAssessed");
  const meters = reason === "site-not-near-network" ? config.maxSnapMeters : config.maxWalkMeters;
  return t(`compare.notFound.${reason}`, { meters });
}

/**
 * Where the site lies relative to the areas of concern, short (for the table).
 *
 * @example
 * concernText({ inside: false, near: true, distanceMeters: 120.4, nearMeters: 300, ... }, t); // "120 m unna (nær: innen 300 m)"
 */
export function concernText(concern: NonNullable<Neighbourhood["areaOfConcern"]>, t: TFunction): string {
  if (concern.inside) return t("compare.concern.inside");
  if (concern.distanceMeters === null) return t("compare.concern.none");
  const meters = Math.round(concern.distanceMeters);
  return concern.near ? t("compare.concern.near", { meters, nearMeters: concern.nearMeters }) : t("compare.concern.far", { meters });
}

/**
 * A threshold in words, for the panel and the read-only view of the settings.
 *
 * @example
 * thresholdText("busStop", defaultConfig, t); // "Bussholdeplass: innenfor høyst 400 m, bør vurderes høyst 600 m"
 */
export function thresholdText(figure: ThresholdFigure, config: AssessmentConfig, t: TFunction): string | null {
  const threshold = config.thresholds[figure];
  if (!threshold) return null;
  const category = capitalize(t(`compare.category.${figure}`));
  const unit = t(figure === "supportedHomesWithin" ? "compare.threshold.homes" : "compare.threshold.meters");
  const key = threshold.pass === threshold.attention ? `${threshold.direction}Same` : threshold.direction;
  return t(`compare.threshold.${key}`, { category, pass: threshold.pass, attention: threshold.attention, unit });
}

/** Every threshold of the configuration in words, in the form's order. */
export function thresholdTexts(config: AssessmentConfig, t: TFunction): string[] {
  return thresholdFigures.map((figure) => thresholdText(figure, config, t)).filter((text): text is string => text !== null);
}

/**
 * The site's one summary sentence, as the engine words it (app/geo/summarize-site.ts), so the
 * panel, the table, the exports and the CLI say the same.
 *
 * @example
 * siteSummary(assessment, "nb"); // "Utenfor terskel: bussholdeplass. Bør vurderes: dagligvare. 1 mulig risikabel snarvei å drøfte. ..."
 */
export function siteSummary(assessment: SiteAssessment, language: Language): string {
  return assessment.summary[language];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
