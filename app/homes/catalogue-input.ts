/**
 * The catalogue's fields (decision 012), one zod schema for a category and one for an option,
 * used by the forms (their limits and choices), the action and the store (so a seed script
 * cannot store what a form could not). Messages are codes of `homes.errors`.
 */
import { z } from "zod";
import { userText } from "../ui/text-input";
import { isCalendarDate } from "../ui/format-time";

/** The part of the house preview a category colours. */
export const previewParts = ["facade", "trim", "roof", "door", "wall", "floor", "kitchen", "worktop", "bathroom", "none"] as const;
export type PreviewPart = (typeof previewParts)[number];

/** ok: offered; warning: offered with its note shown; fails: never offered, never the standard. */
export const robustnessLevels = ["ok", "warning", "fails"] as const;
export type Robustness = (typeof robustnessLevels)[number];

export const limits = {
  categoryName: 80,
  description: 500,
  optionName: 80,
  colorCode: 40,
  material: 120,
  robustnessNote: 500,
} as const;

const text = (max: number, options: { multiline?: boolean } = {}) =>
  userText(z.string().trim().max(max, "textTooLong"), options).default("");

const name = (max: number) => userText(z.string().trim().min(1, "nameRequired").max(max, "nameTooLong"), { missingMessage: "nameRequired" });

/** A calendar date YYYY-MM-DD that exists (not 2026-02-30). */
export const calendarDate = z
  .string({ required_error: "dateInvalid" })
  .refine(isCalendarDate, "dateInvalid");

export const categoryFieldsSchema = z
  .object({
    name: name(limits.categoryName),
    previewPart: z.enum(previewParts, { message: "previewPartInvalid" }),
    description: text(limits.description, { multiline: true }),
    opensOn: calendarDate,
    closesOn: calendarDate,
  })
  .refine((fields) => fields.opensOn <= fields.closesOn, { message: "datesOrder", path: ["closesOn"] });

export type CategoryFields = z.output<typeof categoryFieldsSchema>;
/** What a caller passes: the description may be left out. */
export type CategoryFieldsInput = z.input<typeof categoryFieldsSchema>;

export const colorSchema = z
  .string({ required_error: "colorInvalid" })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "colorInvalid")
  .transform((value) => value.toLowerCase());

export const optionFieldsSchema = z
  .object({
    name: name(limits.optionName),
    color: colorSchema,
    colorCode: text(limits.colorCode),
    material: text(limits.material),
    robustnessNote: text(limits.robustnessNote, { multiline: true }),
    robustness: z.enum(robustnessLevels, { message: "robustnessInvalid" }).default("ok"),
  })
  // A warning is shown with its reason and a refusal names it ("Tilbys ikke: <reason>"), so both need one.
  .refine((fields) => fields.robustness === "ok" || fields.robustnessNote !== "", { message: "robustnessNoteRequired", path: ["robustnessNote"] });

export type OptionFields = z.output<typeof optionFieldsSchema>;
export type OptionFieldsInput = z.input<typeof optionFieldsSchema>;

const id = userText(z.string().min(1, "invalidInput").max(100, "invalidInput"), { missingMessage: "invalidInput" });

/** Each intent of the catalogue page and what it carries besides its fields. */
export const catalogueIntentSchemas = {
  importDefaults: z.object({}),
  addCategory: categoryFieldsSchema,
  editCategory: z.object({ categoryId: id }),
  deleteCategory: z.object({ categoryId: id }),
  moveCategory: z.object({ categoryId: id, direction: z.enum(["up", "down"], { message: "invalidInput" }) }),
  addOption: z.object({ categoryId: id }),
  editOption: z.object({ optionId: id }),
  deleteOption: z.object({ optionId: id }),
  setStandard: z.object({ optionId: id }),
  /** After a photo of the option was uploaded (POST /projects/:id/files): show the newest. */
  usePhoto: z.object({ optionId: id }),
} as const;

export type CatalogueIntent = keyof typeof catalogueIntentSchemas;
export const catalogueIntents = Object.keys(catalogueIntentSchemas) as CatalogueIntent[];

export function isCatalogueIntent(value: unknown): value is CatalogueIntent {
  return typeof value === "string" && Object.hasOwn(catalogueIntentSchemas, value);
}
