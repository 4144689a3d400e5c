/**
 * The shared documents, one module each, and the schema the sync server checks each
 * domain's updates with (docs/decisions/011-safe-by-construction.md).
 */
import type { SyncDomain } from "../permissions";
import { concernsDocumentSchema } from "./concerns-document";
import { planDocumentSchema } from "./plan-document";
import type { SharedDocumentSchema } from "./shared-document-schema";

export type { EntryAddress, SharedDocumentSchema } from "./shared-document-schema";
export { concernsDocumentSchema } from "./concerns-document";
export { planDocumentSchema, stampKeys } from "./plan-document";

/**
 * @example
 * const reason = sharedDocumentSchemas.plan.checkEntry({ map: "sites", key: id }, entry.toJSON());
 * if (reason) refuse(reason);
 */
export const sharedDocumentSchemas: Readonly<Record<SyncDomain, SharedDocumentSchema>> = {
  plan: planDocumentSchema,
  concerns: concernsDocumentSchema,
};
