/** Housing forms a project can plan (see BRIEF.md, "Who the housing is for"). */
export const housingForms = ["smahus", "bofellesskap", "samlokaliserte", "ordinary"] as const;
export type HousingForm = (typeof housingForms)[number];

/** The path a project walks, from the KBT report's development flow. */
export const phases = [
  "needs",
  "political",
  "localisation",
  "consultation",
  "decision",
  "design",
  "construction",
  "completion",
  "evaluation",
] as const;
export type Phase = (typeof phases)[number];

export function isPhase(value: unknown): value is Phase {
  return typeof value === "string" && (phases as readonly string[]).includes(value);
}
