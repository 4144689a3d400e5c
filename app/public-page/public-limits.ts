/**
 * The public page's text limits and its short address (decision 013), shared by the server's
 * checks and the editor's forms (no zod here: the editor ships without it).
 */

export const publicLimits = {
  title: 120,
  whatAndWhy: 4000,
  contactName: 120,
  contactRole: 120,
  contactEmail: 200,
  contactPhone: 40,
  faqEntries: 20,
  question: 300,
  answer: 2000,
  updateTitle: 160,
  updateBody: 2000,
  slugMin: 3,
  slugMax: 60,
} as const;

/** Lowercase a–z, 0–9 and single hyphens between them. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length >= publicLimits.slugMin && value.length <= publicLimits.slugMax && slugPattern.test(value);
}

const letters: Record<string, string> = { æ: "ae", ø: "o", å: "a", ß: "ss" };

/**
 * A short address made from a project's name: Norwegian letters spelt out, everything else a
 * hyphen, at most 60 characters cut at a hyphen.
 *
 * @example
 * slugify("Småhus på Eikelund"); // "smahus-pa-eikelund"
 * slugify("Bofellesskap Ærlig & Øvre Gate 2"); // "bofellesskap-aerlig-ovre-gate-2"
 */
export function slugify(name: string): string {
  const spelt = name
    .toLowerCase()
    .replace(/[æøåß]/g, (letter) => letters[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
  let slug = spelt.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > publicLimits.slugMax) slug = slug.slice(0, publicLimits.slugMax).replace(/-[^-]*$/, "") || slug.slice(0, publicLimits.slugMax);
  return slug.length >= publicLimits.slugMin ? slug : `prosjekt${slug ? `-${slug}` : ""}`;
}
