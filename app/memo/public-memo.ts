/**
 * The memo's public version (decision 014), built by REMOVING from the snapshot what may not be
 * shown before anything is rendered, never by hiding it in the layout: every site but the chosen
 * one (none when no site is chosen), the areas of concern and every figure about them, and every
 * person's name (ratings and comments keep only the role). Free text (points and answers,
 * comments, the decision log, the planner's own texts) keeps its words, but a removed site's or
 * area's name and a person's name in it are replaced by "[…]". Pure.
 */
import type { MemoSnapshot } from "./memo-snapshot-types";

/** What stands in a public text where a removed name was. */
export const removedMark = "[…]";

const present = (name: string | null | undefined): name is string => typeof name === "string" && name.trim().length > 0;

/** Every name the public version removes: other sites, the areas, and people. */
function removedNames(snapshot: MemoSnapshot): string[] {
  const chosen = new Set(snapshot.sites.filter((site) => site.status === "chosen").map((site) => site.name));
  return [
    ...snapshot.sites.filter((site) => !chosen.has(site.name)).map((site) => site.name),
    ...snapshot.areasOfConcern.map((area) => area.name),
    ...snapshot.names,
    ...snapshot.sites.flatMap((site) => [...site.ratings.map((rating) => rating.authorName), ...site.comments.map((comment) => comment.authorName)]),
    ...snapshot.decisions.map((decision) => decision.recordedByName),
    ...snapshot.workshops.map((workshop) => workshop.facilitatorName),
  ].filter(present);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name and the short form people write ("Tomt B" for "Tomt B – Bjørkeveien"), longest first. */
function formsOf(name: string): string[] {
  const forms = [name.trim(), name.split(/\s+[–-]\s+/)[0].trim()].filter((form) => form.length >= 3);
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

function patternOf(names: readonly string[]): RegExp | null {
  const forms = [...new Set(names.flatMap(formsOf))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escaped).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * A text with every removed name replaced by "[…]" (for the planner's own texts in the public version).
 *
 * @example
 * redactRemoved(snapshot, "Tomt B er forkastet."); // "[…] er forkastet." when Tomt B is not the chosen site
 */
export function redactRemoved(snapshot: MemoSnapshot, text: string): string {
  const pattern = patternOf(removedNames(snapshot));
  return pattern ? text.replace(pattern, removedMark) : text;
}

function redactDeep<Value>(value: Value, pattern: RegExp): Value {
  if (typeof value === "string") return value.replace(pattern, removedMark) as Value;
  if (Array.isArray(value)) return value.map((entry: unknown) => redactDeep(entry, pattern)) as Value;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, key === "geometry" || key === "route" ? entry : redactDeep(entry, pattern)])) as Value;
  return value;
}

/**
 * @example
 * const shown = publicMemo(snapshot);
 * shown.sites.every((site) => site.status === "chosen"); // true
 * shown.areasOfConcern; // []
 */
export function publicMemo(snapshot: MemoSnapshot): MemoSnapshot {
  const removed: MemoSnapshot = {
    ...snapshot,
    names: [],
    decisions: snapshot.decisions.map((decision) => ({ ...decision, recordedByName: null })),
    sites: snapshot.sites
      .filter((site) => site.status === "chosen")
      .map((site) => ({
        ...site,
        // Notes are the planners' working text, written for members.
        notes: "",
        assessment: site.assessment ? { ...site.assessment, areaOfConcern: null } : null,
        ratings: site.ratings.map((rating) => ({ ...rating, authorName: null })),
        comments: site.comments.map((comment) => ({ ...comment, authorName: null })),
      })),
    areasOfConcern: [],
    workshops: snapshot.workshops.map((workshop) => ({ ...workshop, facilitatorName: null })),
  };
  const pattern = patternOf(removedNames(snapshot));
  return pattern ? redactDeep(removed, pattern) : removed;
}

/**
 * Names the public version removes that the planner's own texts still mention: the memo page
 * warns, since the public version shows "[…]" in their place.
 *
 * @example
 * removedNamesMentioned(snapshot, ["Tomt B er forkastet."]); // ["Tomt B – Bjørkeveien"]
 */
export function removedNamesMentioned(snapshot: MemoSnapshot, texts: readonly string[]): string[] {
  const text = texts.join("\n");
  return [...new Set(removedNames(snapshot))].filter((name) => patternOf([name])?.test(text));
}

/**
 * The planner's own texts as the public version shows them: removed names replaced by "[…]".
 *
 * @example
 * const shown = { ...memo, ...publicTexts(memo.snapshot, memo) };
 */
export function publicTexts<Texts extends { title: string; proposedDecision: string; summary: string; risks: string }>(snapshot: MemoSnapshot, texts: Texts): Texts {
  return {
    ...texts,
    title: redactRemoved(snapshot, texts.title),
    proposedDecision: redactRemoved(snapshot, texts.proposedDecision),
    summary: redactRemoved(snapshot, texts.summary),
    risks: redactRemoved(snapshot, texts.risks),
  };
}
