/**
 * The default catalogue (decision 012): it parses, each category has one standard that holds up,
 * an option that fails robustness is marked so (never the standard), and a broken catalogue is
 * refused with a message that names the problem, so a bad edit fails CI instead of a planner.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checklistTemplate } from "../checklist/template";
import { catalogueDefaults, catalogueDefaultsIn, catalogueDefaultsSchema, previewParts } from "./catalogue-defaults";
import defaultsFile from "./catalogue-defaults.json";

/** A fresh, editable copy of the shipped file. */
const copy = (): typeof defaultsFile => structuredClone(defaultsFile);

/** The schema's issues as "path: message" lines, or [] when the catalogue parses. */
function problems(candidate: unknown): string[] {
  const result = catalogueDefaultsSchema.safeParse(candidate);
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

describe("the shipped default catalogue", () => {
  const catalogue = catalogueDefaults();
  const options = catalogue.categories.flatMap((category) => category.options.map((option) => ({ ...option, category: category.key })));

  it("parses, with a category for every part of the house preview", () => {
    expect(problems(defaultsFile)).toEqual([]);
    expect(catalogue.categories.map((category) => category.previewPart).sort()).toEqual([...previewParts].sort());
  });

  it("colours every preview part with at most one category", () => {
    const parts = catalogue.categories.map((category) => category.previewPart);
    expect(new Set(parts).size).toBe(parts.length);
  });

  it("has exactly one standard per category, and no standard that fails robustness", () => {
    for (const category of catalogue.categories) {
      const standards = category.options.filter((option) => option.isStandard);
      expect(standards, category.key).toHaveLength(1);
      expect(standards[0].robustness, category.key).not.toBe("fails");
    }
  });

  it("writes every colour as #rrggbb and every paint code as NCS or RAL", () => {
    expect(options.filter((option) => !/^#[0-9a-f]{6}$/.test(option.color)).map((option) => `${option.category}.${option.key}`)).toEqual([]);
    const codes = options.map((option) => option.colorCode).filter((code) => code !== "");
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !/^(S \d{4}-(N|[GYRB]|[GYRB]\d{2}[GYRB])|RAL \d{4})$/.test(code))).toEqual([]);
  });

  it("shows a warning and a failing option, each with its reason, so planners see why", () => {
    const warning = options.find((option) => option.robustness === "warning");
    const failing = options.find((option) => option.robustness === "fails");
    expect(warning?.robustnessNote.nb).toBeTruthy();
    expect(failing?.robustnessNote.en).toBeTruthy();
    // The robustness is the checklist's: its surfaces section must exist for the reasons to point to.
    expect(checklistTemplate().sections.map((section) => section.key)).toContain("surfaces");
  });

  it("gives every category and option its texts in bokmål and English, and a source", () => {
    const sourceLabels = Object.values(catalogue.sources).map((description) => description.split(":")[0]);
    for (const category of catalogue.categories) {
      for (const part of category.source.split(";").map((text) => text.trim())) expect(sourceLabels.some((label) => part.startsWith(label)), `${category.key}: ${part}`).toBe(true);
      expect(category.description.nb).not.toBe(category.description.en);
    }
  });

  it("offers the Verdal choice: stained wooden panels inside", () => {
    const walls = catalogue.categories.find((category) => category.previewPart === "wall");
    expect(walls?.source).toMatch(/§6\.3/);
    expect(walls?.options.find((option) => option.isStandard)?.material.nb).toBe("Trepanel med lasur");
  });

  it("uses none of the glossary's words not to use, in either language", () => {
    const forbidden = forbiddenWords();
    const found: string[] = [];
    for (const category of catalogue.categories) {
      const texts = [category.name, category.description, ...category.options.flatMap((option) => [option.name, option.material, option.robustnessNote])];
      for (const language of ["nb", "en"] as const) {
        for (const text of texts) for (const word of forbidden[language]) if (containsWord(text[language], word)) found.push(`${category.key} (${language}): "${word}" in "${text[language]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe("the catalogue in one language, as the importer stores it", () => {
  it("picks the project's language for every text and keeps the order as positions", () => {
    const nb = catalogueDefaultsIn("nb");
    const en = catalogueDefaultsIn("en");
    const facadeNb = nb.find((category) => category.previewPart === "facade");
    const facadeEn = en.find((category) => category.previewPart === "facade");
    expect(facadeNb).toMatchObject({ name: "Fasadefarge", position: 0 });
    expect(facadeEn).toMatchObject({ name: "Façade colour", position: 0 });
    expect(facadeNb?.options[0]).toEqual({
      key: "white",
      name: "Hvit",
      color: "#f0ede4",
      colorCode: "S 0502-Y",
      material: "Trekledning med beis",
      robustnessNote: "Beis tåler vær og kan friskes opp bord for bord.",
      robustness: "ok",
      isStandard: false,
      position: 0,
    });
    expect(en.flatMap((category) => category.options).map((option) => option.position)).not.toContain(undefined);
  });
});

describe("the catalogue's schema refuses a broken catalogue", () => {
  it("with two standards in a category", () => {
    const broken = copy();
    broken.categories[0].options[0].isStandard = true;
    expect(problems(broken)).toEqual(["categories.0.options: category facade needs exactly one standard option, has 2"]);
  });

  it("with no standard in a category", () => {
    const broken = copy();
    for (const option of broken.categories[1].options) option.isStandard = false;
    expect(problems(broken)).toEqual(["categories.1.options: category trim needs exactly one standard option, has 0"]);
  });

  it("with a failing option as the standard", () => {
    const broken = copy();
    const floor = broken.categories.findIndex((category) => category.previewPart === "floor");
    const cork = broken.categories[floor].options.findIndex((option) => option.robustness === "fails");
    for (const option of broken.categories[floor].options) option.isStandard = false;
    broken.categories[floor].options[cork].isStandard = true;
    expect(problems(broken)).toEqual([`categories.${floor}.options.${cork}.isStandard: option cork fails robustness and cannot be the standard of floor`]);
  });

  it("with a colour that is not #rrggbb", () => {
    const broken = copy();
    broken.categories[0].options[0].color = "white";
    broken.categories[0].options[1].color = "#ABC";
    expect(problems(broken)).toEqual([
      "categories.0.options.0.color: a colour as #rrggbb in lower case",
      "categories.0.options.1.color: a colour as #rrggbb in lower case",
    ]);
  });

  it("with a colour code that is neither NCS nor RAL", () => {
    const broken = copy();
    broken.categories[0].options[0].colorCode = "NCS 0502Y";
    expect(problems(broken)).toEqual([expect.stringMatching(/^categories\.0\.options\.0\.colorCode: an NCS code such as/)]);
  });

  it("with two categories colouring the same preview part", () => {
    const broken = copy();
    broken.categories[1].previewPart = "facade";
    expect(problems(broken)).toEqual(["categories.1.previewPart: preview part facade is coloured by two categories"]);
  });

  it("with an unknown robustness, a preview part the drawing lacks, or a missing reason", () => {
    const broken = copy();
    broken.categories[0].options[5].robustness = "maybe";
    broken.categories[1].previewPart = "chimney";
    delete (broken.categories[2].options[0] as Partial<(typeof broken.categories)[2]["options"][0]>).robustnessNote;
    expect(problems(broken)).toEqual([
      expect.stringMatching(/^categories\.0\.options\.5\.robustness: Invalid enum value/),
      expect.stringMatching(/^categories\.1\.previewPart: Invalid enum value/),
      "categories.2.options.0.robustnessNote: Required",
    ]);
  });

  it("with fewer than three options in a category", () => {
    const broken = copy();
    broken.categories[2].options = broken.categories[2].options.slice(0, 2);
    expect(problems(broken)).toEqual([expect.stringMatching(/^categories\.2\.options: Array must contain at least 3 element/)]);
  });

  it("with an option key used twice in a category", () => {
    const broken = copy();
    broken.categories[0].options[1].key = "white";
    expect(problems(broken)).toEqual(["categories.0.options.1.key: option key white is used twice in category facade"]);
  });
});
