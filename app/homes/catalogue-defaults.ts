/**
 * The default catalogue of colours and materials (decision 012): a data file that ships with the
 * app, `catalogue-defaults.json`, checked here by its zod schema (and in CI by
 * catalogue-defaults.test.ts). A planner starts a project's catalogue from it with one click; the
 * importer copies it into `choice_categories` and `choice_options` in the project's language
 * (`catalogueDefaultsIn`).
 */
import { z } from "zod";
import type { Language } from "../i18n/config";
import defaultsFile from "./catalogue-defaults.json";

/** The parts of the house preview a category can colour, one category each. */
export const previewParts = ["facade", "trim", "roof", "door", "wall", "floor", "kitchen", "worktop", "bathroom"] as const;
export type PreviewPart = (typeof previewParts)[number];

/** `ok`: offered; `warning`: offered with the reason shown; `fails`: never offered, never the standard. */
export const robustnessLevels = ["ok", "warning", "fails"] as const;
export type Robustness = (typeof robustnessLevels)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.object({ nb: text(max), en: text(max) }).strict();
const key = z.string().regex(/^[a-z][a-zA-Z0-9]{1,47}$/, "a camelCase key of 2–48 letters and digits");

/** NCS ("S 0502-Y", "S 2010-Y30R", "S 0500-N"), RAL ("RAL 7016"), or "" where no code applies (oak, tiles). */
const colorCode = z
  .string()
  .regex(/^(|S \d{4}-(N|[GYRB]|[GYRB]\d{2}[GYRB])|RAL \d{4})$/, 'an NCS code such as "S 2010-Y30R", a RAL code such as "RAL 7016", or ""');

export const catalogueOptionSchema = z
  .object({
    key,
    name: bilingual(80),
    color: z.string().regex(/^#[0-9a-f]{6}$/, "a colour as #rrggbb in lower case"),
    colorCode,
    material: bilingual(120),
    /** Why the option holds up, or why it does not: shown to planners, and to residents for a warning. */
    robustnessNote: bilingual(300),
    robustness: z.enum(robustnessLevels),
    isStandard: z.boolean(),
  })
  .strict();

export const catalogueCategorySchema = z
  .object({
    key,
    name: bilingual(80),
    /** One plain sentence for a resident. */
    description: bilingual(200),
    previewPart: z.enum(previewParts),
    /** Where the choice and its robustness come from, e.g. "SINTEF 2020, §6.3 (Verdal)". */
    source: text(120),
    options: z.array(catalogueOptionSchema).min(3).max(6),
  })
  .strict();

export const catalogueDefaultsSchema = z
  .object({
    version: z.number().int().min(1),
    sources: z.record(key, text(300)),
    categories: z.array(catalogueCategorySchema).min(1),
  })
  .strict()
  .superRefine((catalogue, context) => {
    const categoryKeys = new Set<string>();
    const parts = new Set<string>();
    catalogue.categories.forEach((category, categoryIndex) => {
      const path = ["categories", categoryIndex];
      if (categoryKeys.has(category.key)) context.addIssue({ code: "custom", path: [...path, "key"], message: `category key ${category.key} is used twice` });
      categoryKeys.add(category.key);
      if (parts.has(category.previewPart)) context.addIssue({ code: "custom", path: [...path, "previewPart"], message: `preview part ${category.previewPart} is coloured by two categories` });
      parts.add(category.previewPart);

      const optionKeys = new Set<string>();
      category.options.forEach((option, optionIndex) => {
        if (optionKeys.has(option.key)) context.addIssue({ code: "custom", path: [...path, "options", optionIndex, "key"], message: `option key ${option.key} is used twice in category ${category.key}` });
        optionKeys.add(option.key);
        if (option.isStandard && option.robustness === "fails") {
          context.addIssue({ code: "custom", path: [...path, "options", optionIndex, "isStandard"], message: `option ${option.key} fails robustness and cannot be the standard of ${category.key}` });
        }
      });
      const standards = category.options.filter((option) => option.isStandard).length;
      if (standards !== 1) context.addIssue({ code: "custom", path: [...path, "options"], message: `category ${category.key} needs exactly one standard option, has ${standards}` });
    });
  });

export type CatalogueDefaults = z.infer<typeof catalogueDefaultsSchema>;
export type CatalogueCategory = z.infer<typeof catalogueCategorySchema>;
export type CatalogueOption = z.infer<typeof catalogueOptionSchema>;

/** The catalogue that ships with the app, checked once when first used. */
let cached: CatalogueDefaults | undefined;
export function catalogueDefaults(): CatalogueDefaults {
  return (cached ??= catalogueDefaultsSchema.parse(defaultsFile));
}

/** A category as the columns of `choice_categories` hold it (without id, project and dates). */
export type CatalogueCategoryRow = {
  key: string;
  name: string;
  description: string;
  previewPart: PreviewPart;
  position: number;
  options: CatalogueOptionRow[];
};

/** An option as the columns of `choice_options` hold it (without ids and photo). */
export type CatalogueOptionRow = {
  key: string;
  name: string;
  color: string;
  colorCode: string;
  material: string;
  robustnessNote: string;
  robustness: Robustness;
  isStandard: boolean;
  position: number;
};

/**
 * The default catalogue in one language, shaped for `choice_categories` and `choice_options`:
 * the tables hold one name per row, so the importer picks the language (the planner's).
 *
 * @example
 * const [facade] = catalogueDefaultsIn("nb"); // { name: "Fasadefarge", previewPart: "facade", options: [...] }
 */
export function catalogueDefaultsIn(language: Language, catalogue: CatalogueDefaults = catalogueDefaults()): CatalogueCategoryRow[] {
  return catalogue.categories.map((category, categoryIndex) => ({
    key: category.key,
    name: category.name[language],
    description: category.description[language],
    previewPart: category.previewPart,
    position: categoryIndex,
    options: category.options.map((option, optionIndex) => ({
      key: option.key,
      name: option.name[language],
      color: option.color,
      colorCode: option.colorCode,
      material: option.material[language],
      robustnessNote: option.robustnessNote[language],
      robustness: option.robustness,
      isStandard: option.isStandard,
      position: optionIndex,
    })),
  }));
}
