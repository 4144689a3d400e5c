/**
 * The design checklist's template (decision 012): a data file that ships with the app,
 * `template/checklist-template.json`, checked here by its zod schema (and in CI by
 * template.test.ts, so a broken template fails the build, not a user). One file holds every
 * version: `version` is the newest, each item's `since` says which version added it.
 */
import { z } from "zod";
import { phases } from "../projects/vocabulary";
import templateFile from "./template/checklist-template.json";

const text = (max: number) => z.string().trim().min(1).max(max);
const bilingual = (max: number) => z.object({ nb: text(max), en: text(max) }).strict();
const key = z.string().regex(/^[a-z][a-zA-Z0-9]{1,47}$/, "a camelCase key of 2–48 letters and digits");

export const checklistStatuses = ["notStarted", "inProgress", "done", "notRelevant", "decidedAgainst"] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];
/** States that need a reason. */
export const statusesWithReason: readonly ChecklistStatus[] = ["notRelevant", "decidedAgainst"];
/** States that close an item (it is no longer overdue). */
export const closedStatuses: readonly ChecklistStatus[] = ["done", "notRelevant", "decidedAgainst"];

export const templateItemSchema = z
  .object({
    key,
    since: z.number().int().min(1),
    title: bilingual(120),
    /** Why it matters, in plain words. */
    why: bilingual(600),
    /** Where it comes from, e.g. "SINTEF 2020, §9". */
    source: text(120),
    /** `project`: one state for the project; `home`: a state per home where homes differ. */
    scope: z.enum(["project", "home"]),
    /** The agency that signs the item off (only it and planners may mark it done). */
    signingRole: z.enum(["fire", "police"]).optional(),
    requiresEvidence: z.boolean(),
    responsibleRole: z.enum(["owner", "planner", "police", "fire", "resident"]).optional(),
    duePhase: z.enum(phases).optional(),
    /** Debated in the sources: the item carries a decision and its reason. */
    debated: z.boolean().optional(),
  })
  .strict();

export const templateSectionSchema = z
  .object({
    key,
    /** `dwelling`: about the homes; `process`: about how the project is run. */
    kind: z.enum(["dwelling", "process"]),
    title: bilingual(80),
    items: z.array(templateItemSchema).min(1),
  })
  .strict();

export const checklistTemplateSchema = z
  .object({
    version: z.number().int().min(1),
    sources: z.record(key, text(300)),
    sections: z.array(templateSectionSchema).min(1),
  })
  .strict()
  .superRefine((template, context) => {
    const sectionKeys = new Set<string>();
    const itemKeys = new Set<string>();
    template.sections.forEach((section, sectionIndex) => {
      if (sectionKeys.has(section.key)) context.addIssue({ code: "custom", path: ["sections", sectionIndex, "key"], message: `section key ${section.key} is used twice` });
      sectionKeys.add(section.key);
      section.items.forEach((item, itemIndex) => {
        const path = ["sections", sectionIndex, "items", itemIndex];
        if (itemKeys.has(item.key)) context.addIssue({ code: "custom", path: [...path, "key"], message: `item key ${item.key} is used twice` });
        itemKeys.add(item.key);
        if (item.since > template.version) context.addIssue({ code: "custom", path: [...path, "since"], message: `item ${item.key} is since ${item.since}, after the template's version ${template.version}` });
      });
    });
    if (!sectionKeys.has("surfaces")) context.addIssue({ code: "custom", path: ["sections"], message: "the catalogue's robustness refers to a section with key surfaces" });
  });

export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;
export type TemplateItem = z.infer<typeof templateItemSchema> & { section: string };

/** The template that ships with the app, checked once when first used. */
let cached: ChecklistTemplate | undefined;
export function checklistTemplate(): ChecklistTemplate {
  return (cached ??= checklistTemplateSchema.parse(templateFile));
}

/** Every item of the template with its section's key, in the template's order. */
export function templateItems(template: ChecklistTemplate = checklistTemplate()): TemplateItem[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ ...item, section: section.key })));
}

/** The items a project made from `version` holds. */
export function itemsUpTo(version: number, template: ChecklistTemplate = checklistTemplate()): TemplateItem[] {
  return templateItems(template).filter((item) => item.since <= version);
}
