/**
 * The shipped checklist template (decision 012): it parses, every item carries a reason and a
 * source in both languages, and a broken template is refused with a message that names the
 * problem, so a bad edit fails CI instead of a planner's checklist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checklistTemplate, checklistTemplateSchema, itemsUpTo, templateItems } from "./template";
import templateFile from "./template/checklist-template.json";

/** A fresh, editable copy of the shipped file. */
const copy = (): typeof templateFile => structuredClone(templateFile);

/** The schema's issues as "path: message" lines, or [] when the template parses. */
function problems(candidate: unknown): string[] {
  const result = checklistTemplateSchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

/** The glossary's "not to use" words, read from docs/glossary.md as app/i18n/glossary.test.ts does. */
function forbiddenWords(): { nb: string[]; en: string[] } {
  const glossary = readFileSync(join(__dirname, "../../docs/glossary.md"), "utf8");
  const words = { nb: [] as string[], en: [] as string[] };
  for (const line of glossary.split("\n")) {
    if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| bokmål |")) continue;
    const cells = line.split("|").slice(1, -1).map((cell) => cell.trim());
    const list = (cell: string) => cell.split(",").map((word) => word.trim()).filter((word) => word !== "");
    words.nb.push(...list(cells[3]));
    words.en.push(...list(cells[4]));
  }
  return words;
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

describe("the shipped checklist template", () => {
  const template = checklistTemplate();
  const items = templateItems(template);

  it("parses, at version 2, with the dwelling and process sections of the brief", () => {
    expect(problems(templateFile)).toEqual([]);
    expect(template.version).toBe(2);
    const sections = (kind: string) => template.sections.filter((section) => section.kind === kind).map((section) => section.key);
    expect(sections("dwelling")).toEqual(["surfaces", "technical", "layout", "entrance", "bathroomKitchen", "fireSafety", "security", "accessibility"]);
    expect(sections("process")).toEqual(["anchoring", "information", "plot", "contract", "allocation", "followUp"]);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.length).toBeLessThanOrEqual(55);
  });

  it("gives every item a title and a reason in bokmål and English, and a source", () => {
    const incomplete = items.filter((item) => [item.title.nb, item.title.en, item.why.nb, item.why.en, item.source].some((text) => text.trim() === ""));
    expect(incomplete.map((item) => item.key)).toEqual([]);
    // A reason copied into both languages unchanged was not translated.
    expect(items.filter((item) => item.why.nb === item.why.en).map((item) => item.key)).toEqual([]);
  });

  it("cites, for every item, only documents listed in the template's sources", () => {
    const labels = Object.values(template.sources).map((description) => description.split(":")[0]);
    expect(labels).toContain("SINTEF 2020");
    const unknown = items.flatMap((item) =>
      item.source
        .split(";")
        .map((part) => part.trim())
        .filter((part) => !labels.some((label) => part.startsWith(label)))
        .map((part) => `${item.key}: ${part}`),
    );
    expect(unknown).toEqual([]);
  });

  it("uses every key once", () => {
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("names fire & rescue and the police as the signing role of their own items", () => {
    const signedBy = (role: string) => items.filter((item) => item.signingRole === role).map((item) => item.key);
    expect(signedBy("fire")).toEqual(expect.arrayContaining(["fireAlarmSuited", "sprinklersWithoutRemovableParts", "accessNotThroughFireStation"]));
    expect(signedBy("police")).toEqual(expect.arrayContaining(["workingLocks", "policeOnLocation", "yearlyPoliceMeetings"]));
    const fireSection = template.sections.find((section) => section.key === "fireSafety");
    expect(fireSection?.items.every((item) => item.signingRole === "fire")).toBe(true);
  });

  it("has the surfaces section the catalogue's robustness refers to", () => {
    const surfaces = template.sections.find((section) => section.key === "surfaces");
    expect(surfaces?.kind).toBe("dwelling");
    expect(surfaces?.items.length).toBeGreaterThan(0);
  });

  it("asks for evidence on the items that need a photo or a document", () => {
    const withEvidence = items.filter((item) => item.requiresEvidence).map((item) => item.key);
    expect(withEvidence).toEqual(expect.arrayContaining(["technicalRoomExteriorDoor", "fireAlarmSuited", "sprinklersWithoutRemovableParts", "workingLocks", "coveredEntrance"]));
  });

  it("marks the separate bedroom as debated, with both sides in its reason", () => {
    const bedroom = items.find((item) => item.key === "separateBedroom");
    expect(bedroom).toMatchObject({ debated: true, scope: "home", section: "layout" });
    expect(bedroom?.why.en).toMatch(/sofa/);
    expect(bedroom?.why.en).toMatch(/alcove/);
  });

  it("has items added in version 2, so a project made from version 1 can take them in", () => {
    const newer = items.filter((item) => item.since > 1);
    expect(newer.length).toBeGreaterThanOrEqual(3);
    expect(itemsUpTo(1, template)).toHaveLength(items.length - newer.length);
    expect(itemsUpTo(2, template)).toHaveLength(items.length);
  });

  it("uses none of the glossary's words not to use, in either language", () => {
    const forbidden = forbiddenWords();
    expect(forbidden.nb).toContain("siste utvei");
    const found: string[] = [];
    for (const section of template.sections) {
      const texts = [section.title, ...section.items.flatMap((item) => [item.title, item.why])];
      for (const language of ["nb", "en"] as const) {
        for (const text of texts) for (const word of forbidden[language]) if (containsWord(text[language], word)) found.push(`${section.key} (${language}): "${word}" in "${text[language]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the template's schema refuses a broken template", () => {
  it("without an item's reason, naming the field", () => {
    const broken = copy();
    delete (broken.sections[0].items[0] as Partial<(typeof broken.sections)[0]["items"][0]>).why;
    expect(problems(broken)).toEqual(["sections.0.items.0.why: Required"]);
  });

  it("with a reason in one language only", () => {
    const broken = copy();
    broken.sections[0].items[0].why = { nb: "Bare bokmål.", en: " " };
    expect(problems(broken)).toEqual([expect.stringMatching(/^sections\.0\.items\.0\.why\.en: /)]);
  });

  it("with a signing role the app does not know", () => {
    const broken = copy();
    (broken.sections[0].items[0] as { signingRole?: string }).signingRole = "mayor";
    expect(problems(broken)).toEqual([expect.stringMatching(/^sections\.0\.items\.0\.signingRole: Invalid enum value/)]);
  });

  it("with an item key used twice", () => {
    const broken = copy();
    broken.sections[1].items[0].key = broken.sections[0].items[0].key;
    expect(problems(broken)).toEqual([`sections.1.items.0.key: item key ${broken.sections[0].items[0].key} is used twice`]);
  });

  it("with a section key used twice", () => {
    const broken = copy();
    broken.sections[2].key = "technical";
    expect(problems(broken)).toEqual(["sections.2.key: section key technical is used twice"]);
  });

  it("with an item newer than the template's version", () => {
    const broken = copy();
    broken.sections[0].items[0].since = 3;
    expect(problems(broken)).toEqual([`sections.0.items.0.since: item ${broken.sections[0].items[0].key} is since 3, after the template's version 2`]);
  });

  it("without the surfaces section", () => {
    const broken = copy();
    broken.sections = broken.sections.filter((section) => section.key !== "surfaces");
    expect(problems(broken)).toEqual(["sections: the catalogue's robustness refers to a section with key surfaces"]);
  });

  it("with a field the schema does not know, or a phase that does not exist", () => {
    const broken = copy();
    (broken.sections[0].items[0] as Record<string, unknown>).reason = "typo for why";
    broken.sections[0].items[0].duePhase = "someday";
    expect(problems(broken)).toEqual([
      expect.stringMatching(/^sections\.0\.items\.0\.duePhase: Invalid enum value/),
      expect.stringMatching(/^sections\.0\.items\.0: Unrecognized key\(s\) in object: 'reason'/),
    ]);
  });
});
