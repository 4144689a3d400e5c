/**
 * The project's plan document (`project/<id>/plan`): its one owner. It declares the
 * document's top-level maps, each entry's zod schema and the fields only the server writes.
 * Feature folders keep their operations (add a site, record a decision, set a threshold) and
 * take the maps and schemas from here; the sync server checks every client update with
 * `planDocumentSchema` before applying it (docs/decisions/011-safe-by-construction.md).
 *
 * - `project`: `phase` → one of the project phases.
 * - `decisions`: id → Y.Map { date, phase, decision, decidedBy, basis } plus the server's
 *   stamps { recordedBy, recordedAt, updatedBy, updatedAt } (server/decision-log-stamps.ts).
 * - `sites`: id → Y.Map { name, status, notes, geometry }, geometry a GeoJSON Point or Polygon
 *   in WGS84, replaced whole when moved. Only members open the document: sites stay confidential.
 * - `assessmentSettings`: see ./assessment-settings-schema.ts.
 */
import * as Y from "yjs";
import { z } from "zod";
import { phases } from "../projects/vocabulary";
import { settingSchema, settingsMapName } from "./assessment-settings-schema";
import { checkRecord, reasonOf } from "./entry-check";
import { pointOrPolygonSchema } from "./geometry-schema";
import type { EntryAddress, SharedDocumentSchema } from "./shared-document-schema";

export const planMapNames = { project: "project", decisions: "decisions", sites: "sites", settings: settingsMapName } as const;

export const projectMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(planMapNames.project);
export const decisionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(planMapNames.decisions);
export const sitesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(planMapNames.sites);
/** The shared settings map of a plan document. */
export const settingsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(planMapNames.settings);

// The project map.

export const phaseSchema = z.enum(phases);
/** The keys of the `project` map and the schema of each. */
export const projectEntrySchemas: Readonly<Record<string, z.ZodTypeAny>> = { phase: phaseSchema };

// Sites.

export const siteStatuses = ["candidate", "shortlisted", "rejected", "chosen"] as const;
export type SiteStatus = (typeof siteStatuses)[number];
export const siteNameMaxLength = 80;
export const siteNotesMaxLength = 2000;

export const siteSchema = z
  .object({
    name: z.string().max(siteNameMaxLength),
    status: z.enum(siteStatuses),
    notes: z.string().max(siteNotesMaxLength),
    geometry: pointOrPolygonSchema,
  })
  .strict();
export type SiteInput = z.infer<typeof siteSchema>;

// Decisions.

export const decisionFields = ["date", "phase", "decision", "decidedBy", "basis"] as const;
export type DecisionField = (typeof decisionFields)[number];
/** The fields of a decision only the server writes: who recorded it and when, who changed it last and when. */
export const stampKeys = ["recordedBy", "recordedAt", "updatedBy", "updatedAt"] as const;
export type StampKey = (typeof stampKeys)[number];

export const decisionTextMaxLength = 10_000;
const decisionText = z.string().max(decisionTextMaxLength);
const authorSchema = z.object({ id: z.string().min(1).max(200), name: z.string().max(200) }).strict();
const instantSchema = z.string().datetime({ offset: true });

export const decisionInputSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date is YYYY-MM-DD"),
    phase: phaseSchema,
    decision: decisionText,
    decidedBy: decisionText,
    basis: decisionText,
  })
  .strict();
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** A stored decision: what a client writes, and the server's stamps once it has set them. */
export const decisionSchema = decisionInputSchema
  .extend({
    recordedBy: authorSchema.optional(),
    recordedAt: instantSchema.optional(),
    updatedBy: authorSchema.optional(),
    updatedAt: instantSchema.optional(),
  })
  .strict();
export type StoredDecision = z.infer<typeof decisionSchema>;

// The document.

function checkKeyed(map: string, key: string, value: unknown, schema: z.ZodTypeAny | null | undefined): string | null {
  if (!schema) return `${map}: no setting "${key.slice(0, 40)}"`;
  const parsed = schema.safeParse(value);
  return parsed.success ? null : reasonOf(`${map}.${key}`, parsed.error);
}

export const planDocumentSchema: SharedDocumentSchema = {
  maps: Object.values(planMapNames),
  checkEntry({ map, key }: EntryAddress, value: unknown): string | null {
    // Removing an entry is always allowed (a deleted site, a setting back to its default).
    if (value === undefined) return null;
    switch (map) {
      case planMapNames.project:
        return checkKeyed(map, key, value, projectEntrySchemas[key]);
      case planMapNames.decisions:
        return checkRecord(map, key, value, decisionSchema);
      case planMapNames.sites:
        return checkRecord(map, key, value, siteSchema);
      case planMapNames.settings:
        return checkKeyed(map, key, value, settingSchema(key));
      default:
        return `no map "${map.slice(0, 40)}" in the plan document`;
    }
  },
};
