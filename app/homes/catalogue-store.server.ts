/**
 * A project's catalogue of colours and materials (decision 012): categories in position order,
 * each with its options, one of them the standard. Plain functions taking `db`, for the pages,
 * the demo seed and tests alike.
 *
 * Rules kept here, for every caller:
 * - every category with an option that does not fail robustness has exactly one standard, and
 *   it never fails: the first such option becomes the standard, a standard that is deleted
 *   hands over to the next, and making the standard fail (or a failing option the standard) is
 *   refused with 409;
 * - what residents chose is never lost: a category or option a home chose, marked as a favourite
 *   or has history in is not deleted (409 with the number of homes).
 */
import { and, asc, desc, eq, inArray, max, ne } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceEvents, choiceFavourites, choiceOptions, files, homeChoices, projects } from "../../db/schema";
import {
  categoryFieldsSchema,
  optionFieldsSchema,
  type CategoryFieldsInput,
  type OptionFieldsInput,
  type PreviewPart,
  type Robustness,
} from "./catalogue-input";
import { ChangeRefused, invalidInput } from "./change-refused";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Reader = Database | Transaction;

export interface CatalogueOption {
  id: string;
  categoryId: string;
  name: string;
  /** #rrggbb. */
  color: string;
  colorCode: string;
  material: string;
  robustnessNote: string;
  robustness: Robustness;
  isStandard: boolean;
  /** The option's latest photo (files table), shown at `/projects/:id/files/:fileId?size=thumb`. */
  photoFileId: string | null;
  position: number;
}

export interface CatalogueCategory {
  id: string;
  name: string;
  previewPart: PreviewPart;
  description: string;
  /** Calendar dates (YYYY-MM-DD, Europe/Oslo), both inclusive. */
  opensOn: string;
  closesOn: string;
  position: number;
  options: CatalogueOption[];
}

const categoryColumns = {
  id: choiceCategories.id,
  name: choiceCategories.name,
  previewPart: choiceCategories.previewPart,
  description: choiceCategories.description,
  opensOn: choiceCategories.opensOn,
  closesOn: choiceCategories.closesOn,
  position: choiceCategories.position,
};

const optionColumns = {
  id: choiceOptions.id,
  categoryId: choiceOptions.categoryId,
  name: choiceOptions.name,
  color: choiceOptions.color,
  colorCode: choiceOptions.colorCode,
  material: choiceOptions.material,
  robustnessNote: choiceOptions.robustnessNote,
  robustness: choiceOptions.robustness,
  isStandard: choiceOptions.isStandard,
  photoFileId: choiceOptions.photoFileId,
  position: choiceOptions.position,
};

type OptionRow = Omit<CatalogueOption, "robustness"> & { robustness: string };
type CategoryRow = Omit<CatalogueCategory, "previewPart" | "options"> & { previewPart: string };

const asOption = (row: OptionRow): CatalogueOption => ({ ...row, robustness: row.robustness as Robustness });
const asCategory = (row: CategoryRow, options: CatalogueOption[]): CatalogueCategory => ({ ...row, previewPart: row.previewPart as PreviewPart, options });

/**
 * The project's catalogue: categories in position order, each with its options in position order.
 *
 * @example
 * const catalogue = await readCatalogue(db, projectId);
 * catalogue[0].options.find((option) => option.isStandard)?.name; // "Lys grå"
 */
export async function readCatalogue(db: Reader, projectId: string): Promise<CatalogueCategory[]> {
  const [categoryRows, optionRows] = await Promise.all([
    db.select(categoryColumns).from(choiceCategories).where(eq(choiceCategories.projectId, projectId)).orderBy(asc(choiceCategories.position), asc(choiceCategories.createdAt)),
    db.select(optionColumns).from(choiceOptions).where(eq(choiceOptions.projectId, projectId)).orderBy(asc(choiceOptions.position), asc(choiceOptions.createdAt)),
  ]);
  const byCategory = new Map<string, CatalogueOption[]>();
  for (const row of optionRows) {
    const list = byCategory.get(row.categoryId) ?? [];
    list.push(asOption(row));
    byCategory.set(row.categoryId, list);
  }
  return categoryRows.map((row) => asCategory(row, byCategory.get(row.id) ?? []));
}

/** How many homes have chosen, favoured or made history in each category and option. */
export interface CatalogueUsage {
  categories: Record<string, number>;
  options: Record<string, number>;
}

/**
 * What residents did with the catalogue, per category and option: the number of homes a
 * deletion would take something from.
 */
export async function catalogueUsage(db: Reader, projectId: string): Promise<CatalogueUsage> {
  const [chosen, favoured, events] = await Promise.all([
    db.select({ homeId: homeChoices.homeId, categoryId: homeChoices.categoryId, optionId: homeChoices.optionId }).from(homeChoices).where(eq(homeChoices.projectId, projectId)),
    db
      .select({ homeId: choiceFavourites.homeId, categoryId: choiceOptions.categoryId, optionId: choiceFavourites.optionId })
      .from(choiceFavourites)
      .innerJoin(choiceOptions, eq(choiceOptions.id, choiceFavourites.optionId))
      .where(eq(choiceOptions.projectId, projectId)),
    db.select({ homeId: choiceEvents.homeId, categoryId: choiceEvents.categoryId, optionId: choiceEvents.optionId }).from(choiceEvents).where(eq(choiceEvents.projectId, projectId)),
  ]);
  const homesBy = { categories: new Map<string, Set<string>>(), options: new Map<string, Set<string>>() };
  const add = (map: Map<string, Set<string>>, key: string | null, homeId: string) => {
    if (!key) return;
    const set = map.get(key) ?? new Set<string>();
    set.add(homeId);
    map.set(key, set);
  };
  for (const row of [...chosen, ...favoured, ...events]) {
    add(homesBy.categories, row.categoryId, row.homeId);
    add(homesBy.options, row.optionId, row.homeId);
  }
  const counts = (map: Map<string, Set<string>>) => Object.fromEntries([...map].map(([key, set]) => [key, set.size]));
  return { categories: counts(homesBy.categories), options: counts(homesBy.options) };
}

function parseCategory(fields: CategoryFieldsInput) {
  const parsed = categoryFieldsSchema.safeParse(fields);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

function parseOption(fields: OptionFieldsInput) {
  const parsed = optionFieldsSchema.safeParse(fields);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

async function lockProject(transaction: Transaction, projectId: string): Promise<void> {
  const [project] = await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for("update");
  if (!project) throw new ChangeRefused("projectNotFound", 404);
}

async function categoryIn(reader: Reader, projectId: string, categoryId: string): Promise<CategoryRow> {
  const [row] = await reader.select(categoryColumns).from(choiceCategories).where(and(eq(choiceCategories.projectId, projectId), eq(choiceCategories.id, categoryId)));
  if (!row) throw new ChangeRefused("categoryNotFound", 404);
  return row;
}

async function optionIn(reader: Reader, projectId: string, optionId: string): Promise<OptionRow> {
  const [row] = await reader.select(optionColumns).from(choiceOptions).where(and(eq(choiceOptions.projectId, projectId), eq(choiceOptions.id, optionId)));
  if (!row) throw new ChangeRefused("optionNotFound", 404);
  return row;
}

/**
 * Adds a category at the end of the catalogue.
 *
 * @example
 * await createCategory(db, projectId, { name: "Fasadefarge", previewPart: "facade", opensOn: "2026-12-01", closesOn: "2027-01-15" });
 * @throws ChangeRefused nameRequired, nameTooLong, previewPartInvalid, dateInvalid, datesOrder (400)
 */
export async function createCategory(db: Database, projectId: string, fields: CategoryFieldsInput): Promise<CatalogueCategory> {
  const values = parseCategory(fields);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const [last] = await transaction.select({ position: max(choiceCategories.position) }).from(choiceCategories).where(eq(choiceCategories.projectId, projectId));
    const [row] = await transaction
      .insert(choiceCategories)
      .values({ id: crypto.randomUUID(), projectId, ...values, position: (last?.position ?? -1) + 1 })
      .returning(categoryColumns);
    return asCategory(row, []);
  });
}

/** Changes a category's name, preview part, description and dates. */
export async function updateCategory(db: Database, projectId: string, categoryId: string, fields: CategoryFieldsInput): Promise<void> {
  const values = parseCategory(fields);
  const updated = await db
    .update(choiceCategories)
    .set(values)
    .where(and(eq(choiceCategories.projectId, projectId), eq(choiceCategories.id, categoryId)))
    .returning({ id: choiceCategories.id });
  if (updated.length === 0) throw new ChangeRefused("categoryNotFound", 404);
}

/** Removes the photos of these options (their files rows). */
async function deleteOptionPhotos(transaction: Transaction, projectId: string, optionIds: string[]): Promise<void> {
  if (optionIds.length === 0) return;
  await transaction.delete(files).where(and(eq(files.projectId, projectId), eq(files.purpose, "catalogue"), inArray(files.subjectKey, optionIds)));
}

/**
 * Deletes a category with its options and their photos, unless homes have chosen in it.
 *
 * @throws ChangeRefused categoryChosen (409, values.count: the number of homes), categoryNotFound (404)
 */
export async function deleteCategory(db: Database, projectId: string, categoryId: string): Promise<void> {
  await db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    await categoryIn(transaction, projectId, categoryId);
    const count = (await catalogueUsage(transaction, projectId)).categories[categoryId] ?? 0;
    if (count > 0) throw new ChangeRefused("categoryChosen", 409, { count });
    const options = await transaction.select({ id: choiceOptions.id }).from(choiceOptions).where(eq(choiceOptions.categoryId, categoryId));
    await deleteOptionPhotos(transaction, projectId, options.map((option) => option.id));
    await transaction.delete(choiceCategories).where(eq(choiceCategories.id, categoryId));
  });
}

/**
 * Moves a category one place up or down in the catalogue (nothing at either end).
 *
 * @example
 * await moveCategory(db, projectId, floorId, "up");
 */
export async function moveCategory(db: Database, projectId: string, categoryId: string, direction: "up" | "down"): Promise<void> {
  await db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const order = await transaction
      .select({ id: choiceCategories.id })
      .from(choiceCategories)
      .where(eq(choiceCategories.projectId, projectId))
      .orderBy(asc(choiceCategories.position), asc(choiceCategories.createdAt));
    const from = order.findIndex((row) => row.id === categoryId);
    if (from < 0) throw new ChangeRefused("categoryNotFound", 404);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to], order[from]];
    // Positions are renumbered 0…n-1, so equal or sparse positions from elsewhere end here.
    for (const [position, row] of order.entries()) await transaction.update(choiceCategories).set({ position }).where(eq(choiceCategories.id, row.id));
  });
}

async function hasStandard(transaction: Transaction, categoryId: string, exceptOptionId?: string): Promise<boolean> {
  const conditions = [eq(choiceOptions.categoryId, categoryId), eq(choiceOptions.isStandard, true)];
  if (exceptOptionId) conditions.push(ne(choiceOptions.id, exceptOptionId));
  const [row] = await transaction.select({ id: choiceOptions.id }).from(choiceOptions).where(and(...conditions)).limit(1);
  return row !== undefined;
}

/** Makes the first option of the category that does not fail the standard, when it has none. */
async function ensureStandard(transaction: Transaction, categoryId: string): Promise<void> {
  if (await hasStandard(transaction, categoryId)) return;
  const [first] = await transaction
    .select({ id: choiceOptions.id })
    .from(choiceOptions)
    .where(and(eq(choiceOptions.categoryId, categoryId), ne(choiceOptions.robustness, "fails")))
    .orderBy(asc(choiceOptions.position), asc(choiceOptions.createdAt))
    .limit(1);
  if (first) await transaction.update(choiceOptions).set({ isStandard: true }).where(eq(choiceOptions.id, first.id));
}

/**
 * Adds an option at the end of a category. The first option that does not fail robustness
 * becomes the category's standard.
 *
 * @example
 * await createOption(db, projectId, categoryId, { name: "Lys grå", color: "#c8c8c3", colorCode: "S 1502-Y", material: "Malt trepanel" });
 * @throws ChangeRefused nameRequired, colorInvalid, robustnessNoteRequired … (400), categoryNotFound (404)
 */
export async function createOption(db: Database, projectId: string, categoryId: string, fields: OptionFieldsInput): Promise<CatalogueOption> {
  const values = parseOption(fields);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    await categoryIn(transaction, projectId, categoryId);
    const [last] = await transaction.select({ position: max(choiceOptions.position) }).from(choiceOptions).where(eq(choiceOptions.categoryId, categoryId));
    const [row] = await transaction
      .insert(choiceOptions)
      .values({ id: crypto.randomUUID(), projectId, categoryId, ...values, isStandard: false, position: (last?.position ?? -1) + 1 })
      .returning({ id: choiceOptions.id });
    await ensureStandard(transaction, categoryId);
    return asOption(await optionIn(transaction, projectId, row.id));
  });
}

/**
 * Changes an option's fields. The standard cannot be made to fail robustness: make another
 * option the standard first.
 *
 * @throws ChangeRefused standardCannotFail (409, values.name), optionNotFound (404), bad fields (400)
 */
export async function updateOption(db: Database, projectId: string, optionId: string, fields: OptionFieldsInput): Promise<CatalogueOption> {
  const values = parseOption(fields);
  return db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const option = await optionIn(transaction, projectId, optionId);
    if (option.isStandard && values.robustness === "fails") throw new ChangeRefused("standardCannotFail", 409, { name: option.name }, "robustness");
    await transaction.update(choiceOptions).set(values).where(eq(choiceOptions.id, optionId));
    await ensureStandard(transaction, option.categoryId);
    return asOption(await optionIn(transaction, projectId, optionId));
  });
}

/**
 * Deletes an option and its photos, unless a home chose it (or marked it as a favourite). When it
 * was the standard, the category's next option that does not fail becomes the standard.
 *
 * @throws ChangeRefused optionChosen (409, values.count: the number of homes), optionNotFound (404)
 */
export async function deleteOption(db: Database, projectId: string, optionId: string): Promise<void> {
  await db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const option = await optionIn(transaction, projectId, optionId);
    const count = (await catalogueUsage(transaction, projectId)).options[optionId] ?? 0;
    if (count > 0) throw new ChangeRefused("optionChosen", 409, { count });
    await deleteOptionPhotos(transaction, projectId, [optionId]);
    await transaction.delete(choiceOptions).where(eq(choiceOptions.id, optionId));
    await ensureStandard(transaction, option.categoryId);
  });
}

/**
 * Makes an option its category's one standard (the others stop being it). An option that fails
 * robustness is never offered, so it cannot be the standard.
 *
 * @example
 * await setStandard(db, projectId, optionId);
 * @throws ChangeRefused failsCannotBeStandard (409, values.reason: its robustness note), optionNotFound (404)
 */
export async function setStandard(db: Database, projectId: string, optionId: string): Promise<void> {
  await db.transaction(async (transaction) => {
    await lockProject(transaction, projectId);
    const option = await optionIn(transaction, projectId, optionId);
    if (option.robustness === "fails") throw new ChangeRefused("failsCannotBeStandard", 409, { name: option.name, reason: option.robustnessNote });
    await transaction.update(choiceOptions).set({ isStandard: false }).where(and(eq(choiceOptions.categoryId, option.categoryId), ne(choiceOptions.id, optionId)));
    await transaction.update(choiceOptions).set({ isStandard: true }).where(eq(choiceOptions.id, optionId));
  });
}

/**
 * Points an option at its photo (a `files` row of this project with purpose "catalogue" and the
 * option's id as subject), or at none.
 *
 * @throws ChangeRefused optionNotFound, photoNotFound (404)
 */
export async function setOptionPhoto(db: Database, projectId: string, optionId: string, fileId: string | null): Promise<void> {
  await db.transaction(async (transaction) => {
    await optionIn(transaction, projectId, optionId);
    if (fileId !== null) {
      const [file] = await transaction
        .select({ id: files.id })
        .from(files)
        .where(and(eq(files.id, fileId), eq(files.projectId, projectId), eq(files.purpose, "catalogue"), eq(files.subjectKey, optionId), eq(files.kind, "image")));
      if (!file) throw new ChangeRefused("photoNotFound", 404);
    }
    await transaction.update(choiceOptions).set({ photoFileId: fileId }).where(eq(choiceOptions.id, optionId));
  });
}

/**
 * Points the option at its newest uploaded photo, e.g. right after an upload. Returns the
 * photo's id, or null when it has none.
 */
export async function selectLatestOptionPhoto(db: Database, projectId: string, optionId: string): Promise<string | null> {
  const [newest] = await db
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.purpose, "catalogue"), eq(files.subjectKey, optionId), eq(files.kind, "image")))
    .orderBy(desc(files.createdAt), desc(files.id))
    .limit(1);
  await setOptionPhoto(db, projectId, optionId, newest?.id ?? null);
  return newest?.id ?? null;
}
