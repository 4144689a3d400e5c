import { isSyncDomain, type SyncDomain } from "../../app/permissions";

export interface DocumentAddress {
  projectId: string;
  domain: SyncDomain;
}

const documentNamePattern = /^project\/([A-Za-z0-9_-]{1,64})\/([a-z-]{1,32})$/;

/**
 * Parses `project/<projectId>/<domain>`; null when malformed or the domain is unknown.
 *
 * @example
 * parseDocumentName("project/p1/plan"); // { projectId: "p1", domain: "plan" }
 */
export function parseDocumentName(documentName: string): DocumentAddress | null {
  const match = documentNamePattern.exec(documentName);
  if (!match) return null;
  const [, projectId, domain] = match;
  if (!isSyncDomain(domain)) return null;
  return { projectId, domain };
}

/** The document name in an upgrade URL `/sync/<documentName>[?query]`, or null. */
export function documentNameFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  const path = url.split("?", 1)[0];
  if (!path.startsWith("/sync/")) return null;
  return path.slice("/sync/".length);
}
