/**
 * What each role rates, and which ratings a member may see (decision 009). Pure: used by the
 * server to filter and by the browser to label.
 */
import type { Role } from "../permissions";

/** The aspects of a site that the roles rate: police, fire & rescue, residents, the municipality. */
export const aspects = ["safety", "fireAccess", "living", "buildability"] as const;
export type Aspect = (typeof aspects)[number];

/** The role that speaks for each aspect (owner and planner together are the municipality). */
export const aspectRole: Readonly<Record<Aspect, "police" | "fire" | "resident" | "planner">> = {
  safety: "police",
  fireAccess: "fire",
  living: "resident",
  buildability: "planner",
};

export function isAspect(value: unknown): value is Aspect {
  return typeof value === "string" && (aspects as readonly string[]).includes(value);
}

/**
 * The aspect a role rates, or null for observers.
 *
 * @example
 * aspectOfRole("police"); // "safety"
 * aspectOfRole("owner"); // "buildability"
 */
export function aspectOfRole(role: Role): Aspect | null {
  switch (role) {
    case "police":
      return "safety";
    case "fire":
      return "fireAccess";
    case "resident":
      return "living";
    case "owner":
    case "planner":
      return "buildability";
    case "observer":
      return null;
  }
}

/**
 * The aspects whose ratings a member of `role` sees: their own group's and the revealed ones.
 * Their own ratings they always see, whatever the aspect (the server adds those).
 *
 * @example
 * visibleAspects("resident", ["safety"]); // Set { "living", "safety" }
 */
export function visibleAspects(role: Role, revealed: readonly Aspect[]): Set<Aspect> {
  const visible = new Set<Aspect>(revealed);
  const own = aspectOfRole(role);
  if (own) visible.add(own);
  return visible;
}
