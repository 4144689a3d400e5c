/**
 * Every bokmål and English message against docs/glossary.md: no word from its "not to use"
 * columns, no plural written as "(e)", "(er)" or "(s)", plural forms in pairs, and every key in
 * both languages (the type checks the shape at build time; this checks the texts themselves).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nb } from "./nb";

type Tree = { readonly [key: string]: string | Tree };

/** Every text of a message tree by its dotted key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") texts.set(path, value);
    else for (const [inner, text] of flatten(value, path)) texts.set(inner, text);
  }
  return texts;
}

const languages = { nb: flatten(nb), en: flatten(en) };

/** The glossary's "not to use" words for each language, from its tables. */
function forbiddenWords(): { nb: string[]; en: string[] } {
  const glossary = readFileSync(join(__dirname, "../../docs/glossary.md"), "utf8");
  const words = { nb: [] as string[], en: [] as string[] };
  for (const line of glossary.split("\n")) {
    if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| bokmål |")) continue;
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    if (cells.length !== 5) throw new Error(`docs/glossary.md: a row needs five columns: ${line}`);
    const list = (cell: string) => cell.split(",").map((word) => word.trim()).filter((word) => word !== "");
    words.nb.push(...list(cells[3]));
    words.en.push(...list(cells[4]));
  }
  return words;
}

/** The text as people read it: interpolation names ({{minutes}}) are not words. */
const readable = (text: string) => text.replace(/\{\{[^}]*\}\}/g, "#");

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(readable(text));
}

describe("the glossary in the app's texts", () => {
  const forbidden = forbiddenWords();

  it("reads a list of words not to use in each language from docs/glossary.md", () => {
    expect(forbidden.nb).toContain("referansedata");
    expect(forbidden.nb).toContain("motorveg");
    expect(forbidden.en).toContain("reference data");
  });

  for (const language of ["nb", "en"] as const) {
    it(`uses none of the words not to use in ${language}`, () => {
      const found: string[] = [];
      for (const [key, text] of languages[language]) {
        for (const word of forbidden[language]) if (containsWord(text, word)) found.push(`${key}: "${word}" in "${text}"`);
      }
      expect(found).toEqual([]);
    });

    it(`writes plurals with plural forms, never "(e)", "(er)" or "(s)", in ${language}`, () => {
      const found = [...languages[language]].filter(([, text]) => /\p{L}\((e|er|s|en|ene)\)/iu.test(text)).map(([key, text]) => `${key}: ${text}`);
      expect(found).toEqual([]);
    });

    it(`has both forms of every plural in ${language}`, () => {
      const keys = [...languages[language].keys()];
      const missing = keys.flatMap((key) => {
        const match = /^(.*)_(one|other)$/.exec(key);
        if (!match) return [];
        const partner = `${match[1]}_${match[2] === "one" ? "other" : "one"}`;
        return keys.includes(partner) ? [] : [partner];
      });
      expect(missing).toEqual([]);
    });
  }

  it("has every key in both bokmål and English, with a text in each", () => {
    const nbKeys = [...languages.nb.keys()].sort();
    const enKeys = [...languages.en.keys()].sort();
    expect(enKeys).toEqual(nbKeys);
    const empty = [...languages.nb, ...languages.en].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("uses the same interpolations in both languages, so no value is lost in translation", () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const differ = [...languages.nb]
      .filter(([key, text]) => JSON.stringify(names(text)) !== JSON.stringify(names(languages.en.get(key) ?? "")))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});
