/**
 * What the workshop's pages get from their loaders (decision 014): the server helper's
 * `workshopLoader` answer, and the pickers the console's agenda and poll forms choose from.
 */
import type { Role } from "../permissions";
import type { AgendaItem, JoinCodeView, PollView, WorkshopView } from "../workshops/workshop-types";

export interface WorkshopViewer {
  id: string;
  name: string;
  role: Role;
  mayRun: boolean;
  mayTakePart: boolean;
  guest: boolean;
}

export interface WorkshopPageData {
  workshop: WorkshopView;
  viewer: WorkshopViewer;
  joinCodes: JoinCodeView[];
  projectName: string;
}

/** What an agenda item can be about, and where a poll's options can come from. */
export interface WorkshopPickers {
  sites: Array<{ id: string; name: string }>;
  /** With their items, so a dot-vote can be over checklist alternatives. */
  checklistSections: Array<{ key: string; title: string; items?: Array<{ key: string; title: string }> }>;
  /** With their options, so a dot-vote can be over catalogue options. */
  choiceCategories: Array<{ id: string; name: string; options?: Array<{ id: string; name: string }> }>;
}

export const noPickers: WorkshopPickers = { sites: [], checklistSections: [], choiceCategories: [] };

/** The agenda item on now, if any. */
export function currentItem(workshop: Pick<WorkshopView, "agenda" | "currentItemId">): AgendaItem | null {
  return workshop.agenda.find((item) => item.id === workshop.currentItemId) ?? null;
}

/**
 * The poll shown on the screen, if any: it belongs to the current item or to none (moving on to
 * the next item leaves the last item's poll behind).
 */
export function currentPoll(workshop: Pick<WorkshopView, "polls" | "currentPollId" | "currentItemId">): PollView | null {
  const shown = workshop.polls.find((poll) => poll.id === workshop.currentPollId);
  return shown && (shown.itemId === null || shown.itemId === workshop.currentItemId) ? shown : null;
}

/**
 * The poll a phone answers now: the one on the screen if it is open, else the open poll of the
 * current item, else any open poll.
 */
export function pollToAnswer(workshop: Pick<WorkshopView, "polls" | "currentPollId" | "currentItemId">): PollView | null {
  const shown = currentPoll(workshop);
  if (shown && shown.status !== "draft") return shown;
  const open = workshop.polls.filter((poll) => poll.status === "open");
  return open.find((poll) => poll.itemId === workshop.currentItemId) ?? open[0] ?? null;
}

/**
 * Minutes an item has used: from its start to its end, or to `now` while it is on.
 *
 * @example
 * usedMinutes({ startedAt: "2026-12-10T10:00:00Z", endedAt: null }, Date.parse("2026-12-10T10:07:30Z")); // 7
 */
export function usedMinutes(item: Pick<AgendaItem, "startedAt" | "endedAt">, now: number): number {
  if (!item.startedAt) return 0;
  const end = item.endedAt ? Date.parse(item.endedAt) : now;
  return Math.max(0, Math.floor((end - Date.parse(item.startedAt)) / 60_000));
}
