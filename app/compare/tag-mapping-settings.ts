/**
 * The project's own tag mapping (which OpenStreetMap tags count as a grocery, a bus stop, a
 * barrier …), kept live in the plan document's settings map under `tagMapping` as the override's
 * JSON text, in the format of the CLI's `--tags` file (the key and its schema are declared in
 * app/documents/assessment-settings-schema.ts). Missing or unreadable (say, from an older
 * client) means the default mapping (app/geo/tag-mapping.ts); the server refuses new unreadable
 * ones. The thresholds' reset leaves it.
 */
import { useMemo } from "react";
import type * as Y from "yjs";
import { parseTagMappingText, type TagMapping } from "../geo/index";
import { useObserveDeep } from "../sync/use-shared-document";
import { tagMappingKey } from "../documents/assessment-settings-schema";
import { settingsMap } from "../documents/plan-document";

/**
 * The stored override and the mapping it gives, or null for the default (also when the stored
 * text is unreadable: the same check as the document's schema, parseTagMappingText).
 *
 * @example
 * readTagMappingSetting(settingsMap(doc))?.mapping.destinations.grocery;
 */
export function readTagMappingSetting(settings: Y.Map<unknown>): { text: string; mapping: TagMapping } | null {
  const text = settings.get(tagMappingKey);
  if (typeof text !== "string") return null;
  const parsed = parseTagMappingText(text);
  return parsed.ok ? { text, mapping: parsed.mapping } : null;
}

/**
 * Stores an override after checking it, or (with null) goes back to the default. Nothing is
 * stored when the text is not a valid override; the message says what is wrong.
 *
 * @example
 * writeTagMappingSetting(doc, '{"destinations": {"grocery": [{"tags": {"shop": "supermarket"}}]}}'); // { ok: true }
 * writeTagMappingSetting(doc, null); // back to the default mapping
 */
export function writeTagMappingSetting(doc: Y.Doc, text: string | null): { ok: true } | { ok: false; message: string } {
  const settings = settingsMap(doc);
  if (text === null || text.trim() === "") {
    settings.delete(tagMappingKey);
    return { ok: true };
  }
  const parsed = parseTagMappingText(text);
  if (!parsed.ok) return parsed;
  if (settings.get(tagMappingKey) !== text) settings.set(tagMappingKey, text);
  return { ok: true };
}

/**
 * The project's tag mapping, following every change live (undefined: the default). The mapping
 * keeps its identity while the stored text stays the same.
 *
 * @example
 * const { mapping, text } = useProjectTagMapping(planDoc);
 */
export function useProjectTagMapping(planDoc: Y.Doc | undefined): { mapping: TagMapping | undefined; text: string | null } {
  const settings = useMemo(() => (planDoc ? settingsMap(planDoc) : undefined), [planDoc]);
  useObserveDeep(settings);
  // Parsed once per stored text, not on every render (the page re-renders while a site is dragged).
  const stored = settings?.get(tagMappingKey);
  const text = typeof stored === "string" ? stored : null;
  return useMemo(() => {
    const setting = text !== null && settings ? readTagMappingSetting(settings) : null;
    return setting ? { mapping: setting.mapping, text: setting.text } : { mapping: undefined, text: null };
  }, [settings, text]);
}
