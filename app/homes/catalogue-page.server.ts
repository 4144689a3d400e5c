/**
 * Loader and action of the catalogue page (/projects/:id/catalogue): every member reads it
 * (`catalogue:read`), planners change it (`catalogue:edit`, checked before anything else).
 */
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import type { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { fallbackLanguage, isLanguage } from "../i18n/config";
import { i18nServer } from "../i18n/i18n.server";
import { can } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import { catalogueIntentSchemas, categoryFieldsSchema, isCatalogueIntent, optionFieldsSchema, type CatalogueIntent } from "./catalogue-input";
import { importDefaults } from "./catalogue-import.server";
import {
  catalogueUsage,
  type CatalogueUsage,
  createCategory,
  createOption,
  deleteCategory,
  deleteOption,
  moveCategory,
  readCatalogue,
  setStandard,
  updateCategory,
  updateOption,
  selectLatestOptionPhoto,
} from "./catalogue-store.server";
import { ChangeRefused, invalidInput, type Refusal, type RefusalValues } from "./change-refused";

export async function cataloguePageData(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project, role } = await requireMember(context, request, projectId, "catalogue:read");
  const mayEdit = can(role, "catalogue:edit");
  const [categories, usage] = await Promise.all([
    readCatalogue(context.db, project.id),
    // What residents did is the planners' to see, as the choices are.
    mayEdit ? catalogueUsage(context.db, project.id) : Promise.resolve<CatalogueUsage>({ categories: {}, options: {} }),
  ]);
  // An option that fails robustness is never offered to residents, here neither.
  const offered = can(role, "choices:chooseOwn")
    ? categories.map((category) => ({ ...category, options: category.options.filter((option) => option.robustness !== "fails") }))
    : categories;
  return { projectId: project.id, categories: offered, usage, mayEdit, today: todayInOslo() };
}

export type CataloguePageData = Awaited<ReturnType<typeof cataloguePageData>>;

/** `subjectId`: the category or option the form was about, so a shared fetcher's result finds its place. */
export type CatalogueActionResult =
  | { ok: true; intent: CatalogueIntent; subjectId: string; done: { key: string; values: RefusalValues } }
  | { ok: false; intent: string; subjectId: string; error: Refusal };

function parse<Schema extends z.ZodTypeAny>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data as z.output<Schema>;
}

export async function cataloguePageAction(context: AppLoadContext, request: Request, projectId: string | undefined) {
  const { project } = await requireMember(context, request, projectId, "catalogue:edit");
  const form = Object.fromEntries(await request.formData());
  const intent = form.intent;
  const subject = form.optionId ?? form.categoryId;
  const subjectId = typeof subject === "string" ? subject : "";
  try {
    if (!isCatalogueIntent(intent)) throw new ChangeRefused("errors.unknownIntent", 400);
    const done = await apply(context, request, project.id, intent, form);
    feedbackEvents.publish(project.id, "choices");
    context.logger.info({ projectId: project.id, intent }, "catalogue changed");
    return data<CatalogueActionResult>({ ok: true, intent, subjectId, done });
  } catch (error) {
    if (error instanceof ChangeRefused) {
      return data<CatalogueActionResult>({ ok: false, intent: typeof intent === "string" ? intent : "", subjectId, error: error.toJSON() }, { status: error.status });
    }
    throw error;
  }
}

async function apply(
  context: AppLoadContext,
  request: Request,
  projectId: string,
  intent: CatalogueIntent,
  form: Record<string, FormDataEntryValue>,
): Promise<{ key: string; values: RefusalValues }> {
  const { db } = context;
  switch (intent) {
    case "importDefaults": {
      const language = await i18nServer.getLocale(request);
      const count = await importDefaults(db, projectId, isLanguage(language) ? language : fallbackLanguage);
      return { key: "homes.catalogue.imported", values: { count } };
    }
    case "addCategory": {
      const category = await createCategory(db, projectId, parse(categoryFieldsSchema, form));
      return { key: "homes.category.added", values: { name: category.name } };
    }
    case "editCategory": {
      const { categoryId } = parse(catalogueIntentSchemas.editCategory, form);
      const fields = parse(categoryFieldsSchema, form);
      await updateCategory(db, projectId, categoryId, fields);
      return { key: "homes.category.saved", values: { name: fields.name } };
    }
    case "deleteCategory": {
      await deleteCategory(db, projectId, parse(catalogueIntentSchemas.deleteCategory, form).categoryId);
      return { key: "homes.category.deleted", values: {} };
    }
    case "moveCategory": {
      const { categoryId, direction } = parse(catalogueIntentSchemas.moveCategory, form);
      await moveCategory(db, projectId, categoryId, direction);
      return { key: "homes.category.moved", values: {} };
    }
    case "addOption": {
      const { categoryId } = parse(catalogueIntentSchemas.addOption, form);
      const option = await createOption(db, projectId, categoryId, parse(optionFieldsSchema, form));
      return { key: "homes.option.added", values: { name: option.name } };
    }
    case "editOption": {
      const { optionId } = parse(catalogueIntentSchemas.editOption, form);
      const option = await updateOption(db, projectId, optionId, parse(optionFieldsSchema, form));
      return { key: "homes.option.saved", values: { name: option.name } };
    }
    case "deleteOption": {
      await deleteOption(db, projectId, parse(catalogueIntentSchemas.deleteOption, form).optionId);
      return { key: "homes.option.deleted", values: {} };
    }
    case "setStandard": {
      const { optionId } = parse(catalogueIntentSchemas.setStandard, form);
      await setStandard(db, projectId, optionId);
      const option = (await readCatalogue(db, projectId)).flatMap((category) => category.options).find((candidate) => candidate.id === optionId);
      return { key: "homes.option.standardSet", values: { name: option?.name ?? "" } };
    }
    case "usePhoto": {
      await selectLatestOptionPhoto(db, projectId, parse(catalogueIntentSchemas.usePhoto, form).optionId);
      return { key: "homes.option.photoSaved", values: {} };
    }
  }
}
