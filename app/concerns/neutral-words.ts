/**
 * Areas of concern describe places, never people: a name or note that labels
 * people (as users, addicts, criminals …) is refused with a request to reword
 * it. A short list of common Norwegian and English labels; it guides, it does
 * not police language.
 */
/** Beginnings of words that label people (inflected forms follow them: "narkomane", "kriminelle"). */
const labelStems = [
  "narkoman",
  "sprøytenarkoman",
  "rusmisbruk",
  "misbruker",
  "rusavhengig",
  "dophue",
  "junkie",
  "alkis",
  "fyllik",
  "uteligger",
  "kriminell",
  "addict",
  "criminal",
  "drunk",
];
/** Whole words only (their beginnings start other, harmless words: "tyveri"). */
const labelWords = ["tyv", "tyver", "tyvene", "rusa"];

const letters = "a-zæøåA-ZÆØÅ";
const pattern = new RegExp(
  `(?<![${letters}])(?:(${labelStems.join("|")})[${letters}]*|(${labelWords.join("|")})(?![${letters}]))`,
  "i",
);

/**
 * The first word in `text` that labels people, or null.
 *
 * @example
 * wordAboutPeople("Samlingssted for narkomane"); // "narkomane"
 * wordAboutPeople("Junkie-parken"); // "Junkie"
 * wordAboutPeople("Området ved stasjonen"); // null
 */
export function wordAboutPeople(text: string): string | null {
  const match = pattern.exec(text);
  return match ? match[0] : null;
}
