/**
 * Starts a project's catalogue from the default catalogue that ships with the app
 * (app/homes/catalogue-defaults.json, decision 012), in the planner's language.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { choiceCategories, choiceOptions, projects } from "../../db/schema";
import type { Language } from "../i18n/config";
import { addDays, todayInOslo } from "../ui/format-time";
import { catalogueDefaultsIn, type CatalogueCategoryRow } from "./catalogue-defaults";
import { ChangeRefused } from "./change-refused";

/** How long the default catalogue's choices stay open. */
export const defaultOpenDays = 30;

/** Calendar dates some days apart: the app's one date module. */
export { addDays };

/**
 * Copies the default catalogue into a project that has no categories yet, each category open
 * from `opensOn` (today in Oslo) to `closesOn` (30 days later). Returns how many categories it
 * made. The defaults' standards are kept; an option that fails robustness never is one.
 *
 * @example
 * await importDefaults(db, projectId, "nb"); // 7
 * await importDefaults(db, projectId, "nb", { opensOn: "2026-11-01", closesOn: "2026-11-30" }); // for a seed with a closed category
 * @throws ChangeRefused catalogueNotEmpty (409) when the project has a category
 */
export async function importDefaults(
  db: Database,
  projectId: string,
  language: Language,
  dates: { opensOn?: string; closesOn?: string } = {},
  categories: CatalogueCategoryRow[] = catalogueDefaultsIn(language),
): Promise<number> {
  const opensOn = dates.opensOn ?? todayInOslo();
  const closesOn = dates.closesOn ?? addDays(opensOn, defaultOpenDays);
  if (closesOn < opensOn) throw new ChangeRefused("datesOrder", 400, {}, "closesOn");
  return db.transaction(async (transaction) => {
    const [project] = await transaction.select({ id: projects.id }).from(projects).where(eq(projects.id, projectId)).for("update");
    if (!project) throw new ChangeRefused("projectNotFound", 404);
    const [existing] = await transaction.select({ id: choiceCategories.id }).from(choiceCategories).where(eq(choiceCategories.projectId, projectId)).limit(1);
    if (existing) throw new ChangeRefused("catalogueNotEmpty", 409);
    for (const category of categories) {
      const categoryId = crypto.randomUUID();
      await transaction.insert(choiceCategories).values({
        id: categoryId,
        projectId,
        name: category.name,
        previewPart: category.previewPart,
        description: category.description,
        opensOn,
        closesOn,
        position: category.position,
      });
      // The data file's test allows one standard that does not fail; checked again, as the store's rule.
      let standardTaken = false;
      const options = category.options.map((option) => {
        const isStandard = option.isStandard && option.robustness !== "fails" && !standardTaken;
        standardTaken ||= isStandard;
        return { ...option, isStandard };
      });
      const fallback = standardTaken ? undefined : options.find((option) => option.robustness !== "fails");
      if (fallback) fallback.isStandard = true;
      if (options.length > 0) {
        await transaction.insert(choiceOptions).values(
          options.map((option) => ({
            id: crypto.randomUUID(),
            projectId,
            categoryId,
            name: option.name,
            color: option.color,
            colorCode: option.colorCode,
            material: option.material,
            robustnessNote: option.robustnessNote,
            robustness: option.robustness,
            isStandard: option.isStandard,
            position: option.position,
          })),
        );
      }
    }
    return categories.length;
  });
}
