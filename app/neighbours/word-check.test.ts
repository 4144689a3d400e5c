import { describe, expect, it } from "vitest";
import { stigmatisingWords, stigmatisingWordsFileSchema } from "./stigmatising-words";
import wordsFile from "./stigmatising-words.json";
import { checkWords } from "./word-check";

describe("the stigmatising-word list", () => {
  it("is a valid data file with a reason and a suggestion for every entry", () => {
    expect(() => stigmatisingWordsFileSchema.parse(wordsFile)).not.toThrow();
    for (const entry of stigmatisingWords) {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.suggestion.length).toBeGreaterThan(3);
    }
  });

  it("holds the brief's words in both languages", () => {
    const phrases = stigmatisingWords.map((entry) => entry.phrase);
    for (const phrase of ["antisosial", "kriminelle element", "ikke evne til å bo", "siste utvei", "antisocial", "criminal element", "no ability to live", "last resort"]) {
      expect(phrases).toContain(phrase);
    }
  });
});

describe("checkWords", () => {
  it("flags the brief's words in a letter, with positions and suggestions", () => {
    const letter = "Kommunen bygger boliger. Dette er ikke siste utvei, og beboerne er ikke antisosiale eller kriminelle elementer.";
    const hits = checkWords(letter, "nb");
    expect(hits.map((hit) => hit.found)).toEqual(["siste utvei", "antisosiale", "kriminelle elementer"]);
    for (const hit of hits) expect(letter.slice(hit.start, hit.end)).toBe(hit.found);
    expect(hits[0].suggestion).toContain("selvstendighet");
  });

  it("finds whole words in any case with their simple inflections", () => {
    const hits = checkWords("RUSMISBRUKERNE og en Narkoman, to narkomane og rusmisbrukere.", "nb");
    expect(hits.map((hit) => hit.phrase)).toEqual(["rusmisbruker", "narkoman", "narkoman", "rusmisbruker"]);
  });

  it("treats a hyphen as a word boundary", () => {
    expect(checkWords("et narkoman-miljø", "nb").map((hit) => hit.found)).toEqual(["narkoman"]);
    expect(checkWords("Not anti-social at all.", "en").map((hit) => hit.found)).toEqual(["anti-social"]);
  });

  it("matches a phrase across a line break", () => {
    expect(checkWords("har ikke evne\ntil å bo", "nb").map((hit) => hit.phrase)).toEqual(["ikke evne til å bo"]);
  });

  it("does not flag words that merely contain a listed word", () => {
    expect(checkWords("Rusavhengighet er en sykdom. Narkomanfri sone.", "nb").map((hit) => hit.found)).toEqual([]);
    expect(checkWords("Addiction services and a criminal record check.", "en")).toEqual([]);
  });

  it("prefers the longer phrase where two entries overlap", () => {
    expect(checkWords("No criminal elements and no criminals.", "en").map((hit) => hit.found)).toEqual(["criminal elements", "criminals"]);
  });

  it("uses only the text's own language", () => {
    expect(checkWords("This is not a last resort.", "nb")).toEqual([]);
    expect(checkWords("This is not a last resort.", "en").map((hit) => hit.suggestion)).toEqual(['"a path to independence"']);
  });

  it("finds nothing in a plain letter", () => {
    expect(checkWords("Kommunen planlegger fire småhus på tomta. Velkommen til informasjonsmøte.", "nb")).toEqual([]);
  });
});
