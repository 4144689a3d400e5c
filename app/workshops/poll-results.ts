/**
 * A poll round's results from its answers (decision 014): totals, per role (a role with fewer
 * than 3 answers is not split, so no one is exposed), and text answers without names in a
 * shuffled order. Pure: no database, no names in, none out.
 */
import type { Role } from "../permissions";
import { roles } from "../permissions";
import type { PollAnswer, PollKind, PollOption, PollResults } from "./workshop-types";

/** Fewer answers than this in a role and the role's results are not shown apart. */
export const smallestSplitGroup = 3;

export interface CountedAnswer {
  role: Role;
  answer: PollAnswer;
}

function emptyTotals(kind: PollKind, options: PollOption[]): Record<string, number> {
  if (kind === "scale") return Object.fromEntries(["1", "2", "3", "4", "5"].map((value) => [value, 0]));
  if (kind === "text") return {};
  return Object.fromEntries(options.map((option) => [option.id, 0]));
}

function add(totals: Record<string, number>, kind: PollKind, answer: PollAnswer, optionCount: number): void {
  const bump = (key: string, by = 1) => {
    if (key in totals) totals[key] += by;
  };
  if (kind === "single" && "optionId" in answer) bump(answer.optionId);
  else if (kind === "scale" && "value" in answer) bump(String(answer.value));
  else if (kind === "ranking" && "order" in answer) answer.order.forEach((id, index) => bump(id, optionCount - index));
  else if (kind === "dots" && "dots" in answer) for (const [id, dots] of Object.entries(answer.dots)) bump(id, dots);
}

function shuffled<Item>(items: Item[], random: () => number): Item[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

/**
 * The results of one round.
 *
 * @example
 * pollResults({ kind: "single", options: [{ id: "a", label: "A" }, { id: "b", label: "B" }] },
 *   [{ role: "resident", answer: { optionId: "a" } }]);
 * // { answered: 1, totals: { a: 1, b: 0 }, byRole: [{ role: "resident", answered: 1, totals: null }] }
 */
export function pollResults(poll: { kind: PollKind; options: PollOption[] }, answers: CountedAnswer[], random: () => number = Math.random): PollResults {
  const totals = emptyTotals(poll.kind, poll.options);
  for (const { answer } of answers) add(totals, poll.kind, answer, poll.options.length);
  const byRole = roles.flatMap((role): PollResults["byRole"] => {
    const own = answers.filter((entry) => entry.role === role);
    if (own.length === 0) return [];
    if (own.length < smallestSplitGroup || poll.kind === "text") return [{ role, answered: own.length, totals: null }];
    const roleTotals = emptyTotals(poll.kind, poll.options);
    for (const { answer } of own) add(roleTotals, poll.kind, answer, poll.options.length);
    return [{ role, answered: own.length, totals: roleTotals }];
  });
  const results: PollResults = { answered: answers.length, totals, byRole };
  if (poll.kind === "scale" && answers.length > 0) {
    const sum = Object.entries(totals).reduce((total, [value, people]) => total + Number(value) * people, 0);
    results.mean = Math.round((sum / answers.length) * 10) / 10;
  }
  if (poll.kind === "text") results.texts = shuffled(answers.flatMap(({ answer }) => ("text" in answer ? [answer.text] : [])), random);
  return results;
}
