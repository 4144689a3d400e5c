/**
 * The stigmatising-word check (decision 013): warns, with the word and a plainer suggestion,
 * before a letter is printed or a public page text is published. It never blocks: a planner may
 * quote a word on purpose, so the check shows the hits and the person decides.
 *
 * Matching is on whole words, case-insensitive, with the simple Norwegian inflections each entry
 * lists ("rusmisbruker", "rusmisbrukere", "rusmisbrukerne"); a phrase of several words matches
 * across any run of white space, line breaks included.
 */
import type { Language } from "../i18n/config";
import { stigmatisingWords, type StigmatisingWord } from "./stigmatising-words";

export type WordHit = {
  /** Index of the first character of the hit in the text (UTF-16 code units, as `String.slice`). */
  start: number;
  /** Index just past the hit's last character. */
  end: number;
  /** The text as written, e.g. "Rusmisbrukerne". */
  found: string;
  /** The entry's base form, e.g. "rusmisbruker". */
  phrase: string;
  why: string;
  suggestion: string;
};

const escapeForPattern = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternFor(entry: StigmatisingWord): RegExp {
  const words = entry.phrase.split(" ").map(escapeForPattern);
  const endings = [...entry.endings].sort((a, b) => b.length - a.length).map(escapeForPattern);
  const body = words.join("\\s+") + `(?:${endings.join("|")})`;
  // Whole words: no letter or digit joined to either side ("narkomanfri" is not "narkoman"); a
  // hyphen is a boundary, so "narkoman-miljø" is flagged.
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
}

const patterns = new Map<Language, { entry: StigmatisingWord; pattern: RegExp }[]>();
for (const entry of stigmatisingWords) {
  const list = patterns.get(entry.language) ?? [];
  list.push({ entry, pattern: patternFor(entry) });
  patterns.set(entry.language, list);
}

/**
 * The stigmatising words in a text, in reading order; where two entries overlap ("criminal" and
 * "criminal elements"), the longer hit wins.
 *
 * @param text the letter, update or page text as the planner wrote it
 * @param language the language the text is written in; only that language's list is used
 * @returns the hits with their positions and suggestions; an empty list when the text is fine
 * @example
 * checkWords("Boligene er ingen siste utvei.", "nb")
 * // → [{ start: 18, end: 29, found: "siste utvei", phrase: "siste utvei", suggestion: "«en vei til selvstendighet og mestring»", … }]
 */
export function checkWords(text: string, language: Language): WordHit[] {
  const hits: WordHit[] = [];
  for (const { entry, pattern } of patterns.get(language) ?? []) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      hits.push({ start, end: start + match[0].length, found: match[0], phrase: entry.phrase, why: entry.why, suggestion: entry.suggestion });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: WordHit[] = [];
  for (const hit of hits) {
    const previous = kept[kept.length - 1];
    if (previous && hit.start < previous.end) continue;
    kept.push(hit);
  }
  return kept;
}
