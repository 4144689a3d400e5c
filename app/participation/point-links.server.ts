/**
 * What a point's answer can link to, by name (decision 013): the plan document's sites and
 * decisions, the project's checklist items (with the template's titles) and its choice
 * categories. Read once per page load; an answer whose target is gone keeps its id.
 */
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { checklistItems, choiceCategories } from "../../db/schema";
import { subjectUrl } from "../changes/subject-links";
import { templateItems } from "../checklist/template";
import type { LinkLabel, LinkOptions, PointLink } from "./participation-types";
import type { LinkKind } from "./participation-vocabulary";
import { isLinkKind } from "./participation-vocabulary";
import { formatDate } from "../ui/format-time";
import { readPlanNames } from "./plan-names.server";

/** Everything an answer can link to in a project, with its name. */
export async function readLinkOptions(db: Database, projectId: string): Promise<LinkOptions> {
  const template = templateItems();
  const titles = new Map(template.map((item) => [item.key, item.title]));
  const order = new Map(template.map((item, index) => [item.key, index]));
  const [plan, items, categories] = await Promise.all([
    readPlanNames(db, projectId),
    db.select({ key: checklistItems.itemKey }).from(checklistItems).where(eq(checklistItems.projectId, projectId)),
    db.select({ id: choiceCategories.id, name: choiceCategories.name }).from(choiceCategories).where(eq(choiceCategories.projectId, projectId)).orderBy(asc(choiceCategories.position)),
  ]);
  return {
    site: plan.sites.map((site) => ({ id: site.id, label: site.name })),
    decision: plan.decisions.map((decision) => ({
      id: decision.id,
      label: { nb: `${formatDate(decision.date, "nb")}: ${decision.decision}`, en: `${formatDate(decision.date, "en")}: ${decision.decision}` },
    })),
    checklistItem: items
      .sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity))
      .map((item) => ({ id: item.key, label: titles.get(item.key) ?? item.key })),
    choiceCategory: categories.map((category) => ({ id: category.id, label: category.name })),
  };
}

/** Where a linked thing is shown in the app. */
export function linkUrl(projectId: string, kind: LinkKind, id: string): string {
  const project = `/projects/${encodeURIComponent(projectId)}`;
  switch (kind) {
    case "site":
      return `${project}/map`;
    case "decision":
      return `${project}#decision-log-heading`;
    case "checklistItem":
      return subjectUrl(projectId, "checklistItem", id);
    case "choiceCategory":
      return `${project}/catalogue#category-${encodeURIComponent(id)}-name`;
  }
}

/**
 * A stored answer's link with its name, or null when the point links to nothing.
 *
 * @example
 * linkOf(projectId, options, "site", siteId); // { kind: "site", id, label: "Tomt A", url: "/projects/…/map" }
 */
export function linkOf(projectId: string, options: LinkOptions, kind: string | null, id: string | null): PointLink | null {
  if (!isLinkKind(kind) || id === null) return null;
  const label: LinkLabel | null = options[kind].find((option) => option.id === id)?.label ?? null;
  return { kind, id, label, url: linkUrl(projectId, kind, id) };
}
