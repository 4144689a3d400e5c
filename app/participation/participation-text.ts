/**
 * Small pieces of participation's wording shared by its pages (browser and server): a link's
 * name in the reader's language, and where each page posts.
 */
import type { TFunction } from "i18next";
import type { LinkLabel, PointLink } from "./participation-types";

/** A link's name: a bilingual title in the reader's language, or the stored name as it is. */
export function labelText(label: LinkLabel, language: string): string {
  return typeof label === "string" ? label : language === "en" ? label.en : label.nb;
}

/** What an answer's link is called: its name, or its kind when the thing no longer exists. */
export function linkText(link: PointLink, t: TFunction, language: string): string {
  const kind = t(`participation.linkKind.${link.kind}`);
  return link.label === null ? t("participation.point.missingLink", { kind }) : `${kind}: ${labelText(link.label, language)}`;
}

export function participationUrl(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}/participation`;
}

export function saidDoneUrl(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}/you-said-we-did`;
}
