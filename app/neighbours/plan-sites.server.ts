/**
 * The project's sites as the server reads them (decision 013): from the plan document's stored
 * updates, the same document the map page edits, so the notice radius is drawn around the site
 * as it stands, not around a position a browser posted.
 */
import { asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Database } from "../../db/connection";
import { documentUpdates } from "../../db/schema";
import type { Site, SiteStatus } from "../sites/site-document";
import { listSites } from "../sites/site-document";

/** Which site a neighbourhood is shown around when none is asked for: the chosen one, else a shortlisted one, else the first. */
const preference: readonly SiteStatus[] = ["chosen", "shortlisted", "candidate", "rejected"];

/**
 * @example
 * const sites = await readPlanSites(db, projectId); // by name
 */
export async function readPlanSites(db: Database, projectId: string): Promise<Site[]> {
  const rows = await db.select({ data: documentUpdates.data }).from(documentUpdates).where(eq(documentUpdates.document, `project/${projectId}/plan`)).orderBy(asc(documentUpdates.id));
  if (rows.length === 0) return [];
  const doc = new Y.Doc();
  try {
    for (const row of rows) Y.applyUpdate(doc, row.data);
    return listSites(doc);
  } finally {
    doc.destroy();
  }
}

/** The site to show first: the chosen one, else a shortlisted one, else the first by name. */
export function defaultSite(sites: readonly Site[]): Site | null {
  for (const status of preference) {
    const site = sites.find((candidate) => candidate.status === status);
    if (site) return site;
  }
  return null;
}
