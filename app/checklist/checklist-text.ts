/**
 * Small pieces of the checklist's wording shared by the page, the print page and the exports:
 * the template's text in the reader's language, a state's colour, an item's due text.
 */
import type { TFunction } from "i18next";
import type { Role } from "../permissions";
import { formatDate } from "../ui/format-time";
import type { Bilingual, ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";
import type { ChecklistStatus } from "./template";

export type TextLanguage = "nb" | "en";

export function textLanguage(language: string): TextLanguage {
  return language === "en" ? "en" : "nb";
}

/** The template's text in the reader's language. */
export function localized(text: Bilingual, language: string): string {
  return text[textLanguage(language)];
}

/** Designsystemet colour of a state's tag; the state is always written out beside it. */
export const statusColor: Record<ChecklistStatus | "mixed", "neutral" | "info" | "success" | "warning" | "accent"> = {
  notStarted: "neutral",
  inProgress: "info",
  done: "success",
  notRelevant: "accent",
  decidedAgainst: "warning",
  mixed: "info",
};

/** "Prosjektering, 1. mars 2027", or null when the item has no due phase or date. */
export function dueText(item: Pick<ChecklistItemJson, "duePhase" | "dueDate">, t: TFunction, language: string): string | null {
  const parts = [item.duePhase ? t(`phase.${item.duePhase}`) : null, item.dueDate ? formatDate(item.dueDate, language) : null].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** A home's name by id; the project for ''. */
export function homeName(snapshot: Pick<ChecklistSnapshot, "homes">, homeId: string, t: TFunction): string {
  if (homeId === "") return t("checklist.evidence.forProject");
  return snapshot.homes.find((home) => home.id === homeId)?.name ?? homeId;
}

/** A role's name, or "none". */
export function roleText(role: Role | null, t: TFunction): string {
  return role ? t(`role.${role}`) : t("checklist.noResponsible");
}
