/**
 * The words the planners' choices page uses for people, windows and history entries, in one
 * place so the matrix, the detail and the history say the same thing. Shared by server and browser.
 */
import type { TFunction } from "i18next";
import { formatDate, formatDateTime } from "../ui/format-time";
import type { BilingualText } from "./choices-problem";
import type { HistoryEntry, MatrixCategory, PersonRef } from "./choices-types";

/** "Mari (Beboer)", or "Tidligere medlem (Beboer)" when the account is gone. */
export function personText(t: TFunction, person: PersonRef): string {
  return t("choices.person", { name: person.name ?? t("choices.formerMember"), role: t(`role.${person.role}`) });
}

/** "Åpen til 12. des. 2026", "Stengt etter …", "Åpner …": the category's own window. */
export function windowText(t: TFunction, language: string, category: Pick<MatrixCategory, "state" | "opensOn" | "closesOn">): string {
  const date = formatDate(category.state === "notYet" ? category.opensOn : category.closesOn, language);
  return t(`choices.state.${category.state}`, { date });
}

/** A problem's message in the page's language. */
export function messageIn(language: string, text: BilingualText): string {
  return language === "en" ? text.messageEn : text.message;
}

/** What one history entry says, as a sentence. */
export function historyText(t: TFunction, language: string, entry: HistoryEntry): string {
  const person = personText(t, entry.actor);
  const category = entry.categoryName ?? t("choices.history.unknownCategory");
  const option = entry.optionName ?? t("choices.history.unknownOption");
  switch (entry.kind) {
    case "pick":
    case "confirm":
      return t(`choices.history.${entry.kind}`, { person, option, category });
    case "withResident":
      return t("choices.history.withResident", { person, option, category, meeting: entry.meeting ?? "", date: entry.meetingDate ? formatDate(entry.meetingDate, language) : "" });
    case "reopen":
      return t("choices.history.reopen", { person, category, date: entry.until ? formatDate(entry.until, language) : "" });
    case "reopenEnded":
      return t("choices.history.reopenEnded", { person, category });
    case "helpRequest":
      return entry.categoryId ? t("choices.history.helpRequest", { person, category }) : t("choices.history.helpRequestHome", { person });
    case "helpAnswered":
      return entry.categoryId ? t("choices.history.helpAnswered", { person, category }) : t("choices.history.helpAnsweredHome", { person });
    default:
      return t("choices.history.other", { person, kind: entry.kind });
  }
}

/** When, as people read it. */
export function whenText(language: string, at: string): string {
  return formatDateTime(at, language);
}
