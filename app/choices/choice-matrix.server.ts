/**
 * Reads every home's choices for the planners (decision 012): the matrix of homes × categories
 * with who chose what and when, where the standard applies, the reopenings, the favourites, the
 * homes still waiting and the open requests for help. The states are computed for today in Oslo.
 */
import { and, asc, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceEvents, choiceFavourites, choiceOptions, choiceReopenings, homeChoices, homes, users } from "../../db/schema";
import { ensureHomes, listHouseTypes } from "../homes/homes.server";
import { choiceWindowState } from "../my-home/choice-window";
import { isRole, type Role } from "../permissions";
import { todayInOslo } from "../ui/format-time";
import type { ChoiceMatrix, HelpRequest, MatrixCategory, MatrixCell, MatrixHome, MatrixOption, Robustness } from "./choices-types";

export function roleOf(value: string): Role {
  // Stored by the server from a membership; an unknown value would be a bug, shown as observer.
  return isRole(value) ? value : "observer";
}

function robustnessOf(value: string): Robustness {
  return value === "warning" || value === "fails" ? value : "ok";
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** A key for a home × category pair. */
const pairKey = (homeId: string, categoryId: string | null) => `${homeId}\u0000${categoryId ?? ""}`;

/**
 * The categories of a project's catalogue in their order, each with its options in order.
 *
 * @example
 * const categories = await readCategories(db, projectId); // [{ name: "Fasadefarge", options: [...] }, …]
 */
export async function readCategories(db: Database, projectId: string): Promise<Array<Omit<MatrixCategory, "state" | "waitingCount">>> {
  const [categoryRows, optionRows] = await Promise.all([
    db
      .select({ id: choiceCategories.id, name: choiceCategories.name, previewPart: choiceCategories.previewPart, opensOn: choiceCategories.opensOn, closesOn: choiceCategories.closesOn })
      .from(choiceCategories)
      .where(eq(choiceCategories.projectId, projectId))
      .orderBy(asc(choiceCategories.position), asc(choiceCategories.createdAt), asc(choiceCategories.id)),
    db
      .select({
        id: choiceOptions.id,
        categoryId: choiceOptions.categoryId,
        name: choiceOptions.name,
        color: choiceOptions.color,
        colorCode: choiceOptions.colorCode,
        material: choiceOptions.material,
        robustness: choiceOptions.robustness,
        robustnessNote: choiceOptions.robustnessNote,
        isStandard: choiceOptions.isStandard,
      })
      .from(choiceOptions)
      .where(eq(choiceOptions.projectId, projectId))
      .orderBy(asc(choiceOptions.position), asc(choiceOptions.createdAt), asc(choiceOptions.id)),
  ]);
  const optionsOf = new Map<string, MatrixOption[]>();
  for (const { categoryId, robustness, ...option } of optionRows) {
    const list = optionsOf.get(categoryId) ?? [];
    list.push({ ...option, robustness: robustnessOf(robustness) });
    optionsOf.set(categoryId, list);
  }
  return categoryRows.map((category) => {
    const options = optionsOf.get(category.id) ?? [];
    // An option that fails robustness can never be the standard (decision 012), whatever a row says.
    const standard = options.find((option) => option.isStandard && option.robustness !== "fails") ?? null;
    return { ...category, options, standard };
  });
}

/**
 * The matrix of a project's homes × categories (the homes made first if missing).
 *
 * @example
 * const matrix = await readChoiceMatrix(db, projectId);
 * matrix.cells[0][0]; // { option: { name: "Lys grå" }, source: "standard", waiting: true, … }
 */
export async function readChoiceMatrix(db: Database, projectId: string, today: string = todayInOslo()): Promise<ChoiceMatrix> {
  const homeList = await ensureHomes(db, projectId);
  const chooser = alias(users, "chooser");
  const [houseTypeList, categories, residentRows, choiceRows, reopeningRows, favouriteRows, helpRequests] = await Promise.all([
    listHouseTypes(db, projectId),
    readCategories(db, projectId),
    db.select({ id: users.id, name: users.name }).from(homes).innerJoin(users, eq(users.id, homes.residentId)).where(eq(homes.projectId, projectId)),
    db
      .select({
        homeId: homeChoices.homeId,
        categoryId: homeChoices.categoryId,
        optionId: homeChoices.optionId,
        confirmedAt: homeChoices.confirmedAt,
        chosenName: chooser.name,
        chosenRole: homeChoices.chosenRole,
        meeting: homeChoices.withResidentMeeting,
        meetingDate: homeChoices.withResidentDate,
        updatedAt: homeChoices.updatedAt,
      })
      .from(homeChoices)
      .leftJoin(chooser, eq(chooser.id, homeChoices.chosenBy))
      .where(eq(homeChoices.projectId, projectId)),
    db
      .select({ homeId: choiceReopenings.homeId, categoryId: choiceReopenings.categoryId, opensUntil: choiceReopenings.opensUntil })
      .from(choiceReopenings)
      .innerJoin(choiceCategories, eq(choiceCategories.id, choiceReopenings.categoryId))
      .where(eq(choiceCategories.projectId, projectId)),
    db
      .select({ homeId: choiceFavourites.homeId, categoryId: choiceOptions.categoryId, favourites: count() })
      .from(choiceFavourites)
      .innerJoin(choiceOptions, eq(choiceOptions.id, choiceFavourites.optionId))
      .where(eq(choiceOptions.projectId, projectId))
      .groupBy(choiceFavourites.homeId, choiceOptions.categoryId),
    readOpenHelpRequests(db, projectId),
  ]);

  const houseTypeName = new Map(houseTypeList.map((type) => [type.id, type.name]));
  const residentName = new Map(residentRows.map((row) => [row.id, row.name]));
  const choiceOf = new Map(choiceRows.map((row) => [pairKey(row.homeId, row.categoryId), row]));
  const reopenedUntil = new Map(reopeningRows.map((row) => [pairKey(row.homeId, row.categoryId), row.opensUntil]));
  const favouritesOf = new Map(favouriteRows.map((row) => [pairKey(row.homeId, row.categoryId), Number(row.favourites)]));

  const cells: MatrixCell[][] = homeList.map((home) =>
    categories.map((category): MatrixCell => {
      const key = pairKey(home.id, category.id);
      const choice = choiceOf.get(key);
      const until = reopenedUntil.get(key) ?? null;
      const state = choiceWindowState(category, until, today);
      const chosenOption = choice ? (category.options.find((option) => option.id === choice.optionId) ?? null) : null;
      const option = chosenOption ?? category.standard;
      return {
        homeId: home.id,
        categoryId: category.id,
        option,
        source: chosenOption ? "chosen" : option ? "standard" : "none",
        chosenBy: choice && chosenOption ? { name: choice.chosenName, role: roleOf(choice.chosenRole) } : null,
        chosenAt: choice && chosenOption ? iso(choice.updatedAt) : null,
        confirmedAt: choice && chosenOption ? iso(choice.confirmedAt) : null,
        withResident: choice && chosenOption && choice.meeting !== null && choice.meetingDate !== null ? { meeting: choice.meeting, date: choice.meetingDate } : null,
        reopenedUntil: until !== null && until >= today ? until : null,
        state,
        waiting: !chosenOption && state !== "closed",
        favouriteCount: favouritesOf.get(key) ?? 0,
      };
    }),
  );

  const matrixHomes: MatrixHome[] = homeList.map((home, row) => ({
    id: home.id,
    number: home.number,
    name: home.name,
    houseTypeId: home.houseTypeId,
    houseTypeName: home.houseTypeId ? (houseTypeName.get(home.houseTypeId) ?? null) : null,
    resident: home.residentId ? { id: home.residentId, name: residentName.get(home.residentId) ?? "" } : null,
    waitingCount: cells[row].filter((cell) => cell.waiting).length,
  }));
  const matrixCategories: MatrixCategory[] = categories.map((category, column) => ({
    ...category,
    state: choiceWindowState(category, null, today),
    waitingCount: cells.filter((row) => row[column].waiting).length,
  }));
  const homeName = new Map(homeList.map((home) => [home.id, home.name]));
  const categoryName = new Map(categories.map((category) => [category.id, category.name]));
  return {
    today,
    homes: matrixHomes,
    categories: matrixCategories,
    cells,
    homesWaiting: matrixHomes.filter((home) => home.waitingCount > 0).length,
    helpRequests: helpRequests.map((request) => ({
      ...request,
      homeName: homeName.get(request.homeId) ?? "",
      categoryName: request.categoryId ? (categoryName.get(request.categoryId) ?? null) : null,
    })),
  };
}

/**
 * The requests for help no planner has answered yet, oldest first: a `helpRequest` with no
 * `helpAnswered` for the same home after it, for its category or for the whole home. An answer is
 * stamped after every request it answers (`markHelpAnswered`), and PGlite's clock counts
 * milliseconds, so a request made in the very millisecond of an answer stays open rather than
 * being lost. Compared in the database, which keeps PostgreSQL's microseconds.
 */
export async function readOpenHelpRequests(db: Database, projectId: string, homeId?: string): Promise<Array<Omit<HelpRequest, "homeName" | "categoryName">>> {
  const answer = alias(choiceEvents, "answer");
  const asker = alias(users, "asker");
  const answered = db
    .select({ id: answer.id })
    .from(answer)
    .where(
      and(
        eq(answer.projectId, projectId),
        eq(answer.kind, "helpAnswered"),
        eq(answer.homeId, choiceEvents.homeId),
        gt(answer.createdAt, choiceEvents.createdAt),
        or(isNull(answer.categoryId), sql`${answer.categoryId} is not distinct from ${choiceEvents.categoryId}`),
      ),
    );
  const rows = await db
    .select({
      id: choiceEvents.id,
      homeId: choiceEvents.homeId,
      categoryId: choiceEvents.categoryId,
      // A request keeps its message in `meeting` (app/my-home/my-home-store.server.ts): the table has no text column of its own.
      message: choiceEvents.meeting,
      askedName: asker.name,
      askedRole: choiceEvents.actorRole,
      askedAt: choiceEvents.createdAt,
    })
    .from(choiceEvents)
    .leftJoin(asker, eq(asker.id, choiceEvents.actorId))
    .where(and(eq(choiceEvents.projectId, projectId), eq(choiceEvents.kind, "helpRequest"), homeId ? eq(choiceEvents.homeId, homeId) : undefined, sql`not exists (${answered})`))
    .orderBy(asc(choiceEvents.createdAt), asc(choiceEvents.id));
  return rows.map((row) => ({
    id: row.id,
    homeId: row.homeId,
    categoryId: row.categoryId,
    message: row.message,
    askedBy: { name: row.askedName, role: roleOf(row.askedRole) },
    askedAt: new Date(row.askedAt).toISOString(),
  }));
}
