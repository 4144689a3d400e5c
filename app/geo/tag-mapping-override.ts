/**
 * A tag-mapping override: which OpenStreetMap tags count as what, changed for one project or one
 * run of the CLI (`--tags`). Same format in both; any top-level field of the mapping, and the
 * rules given for a destination category or barrier kind replace that category's rules.
 */
import { z } from "zod";
import { defaultTagMapping, mergeTagMapping, type TagMapping } from "./tag-mapping";
import { barrierKinds, destinationCategories } from "./types";

const tagValue = z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.literal(true)]);
const rule = z.object({ tags: z.record(z.string().min(1), tagValue).refine((tags) => Object.keys(tags).length > 0, "a rule needs at least one tag"), tier: z.number().int().min(1).optional() }).strict();
const rules = z.array(rule);
const words = z.array(z.string().min(1));

const destinationOverrides = z.object(Object.fromEntries(destinationCategories.map((category) => [category, rules.optional()]))).strict();
const barrierOverrides = z.object(Object.fromEntries(barrierKinds.map((kind) => [kind, rules.optional()]))).strict();

/** What an override may hold: any top-level field of the mapping; rules replace those of the categories given. */
const tagMappingOverride = z
  .object({
    walkingHighways: words.optional(),
    walkingOnlyWithFootAccess: words.optional(),
    footAllowedValues: words.optional(),
    footForbiddenValues: words.optional(),
    accessForbiddenValues: words.optional(),
    destinations: destinationOverrides.optional(),
    barriers: barrierOverrides.optional(),
    notBarrierKeys: words.optional(),
    outOfUseKeys: words.optional(),
    busStopMergeMeters: z.number().min(0).max(1000).optional(),
    supportedHousingRule: rule.optional(),
  })
  .strict();

/**
 * Reads a tag-mapping override (parsed JSON) over the default mapping, or says what is wrong with it.
 *
 * @example
 * parseTagMappingOverride({ destinations: { grocery: [{ tags: { shop: "supermarket" } }] } });
 * // { ok: true, mapping: { ...defaultTagMapping, destinations: { ...grocery replaced } } }
 */
export function parseTagMappingOverride(value: unknown): { ok: true; mapping: TagMapping } | { ok: false; message: string } {
  const parsed = tagMappingOverride.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${issue.path.join(".") || "(top level)"}: ${issue.message}` };
  }
  return { ok: true, mapping: mergeTagMapping(defaultTagMapping, parsed.data as Parameters<typeof mergeTagMapping>[1]) };
}

/** An override stored as text is refused above this size (the default mapping itself is about 3 kB). */
export const maxTagMappingOverrideCharacters = 20_000;

/**
 * Reads an override written as JSON text (a planner's form, a stored project setting).
 *
 * @example
 * parseTagMappingText('{"destinations": {"grocery": [{"tags": {"shop": "supermarket"}}]}}').ok; // true
 * parseTagMappingText("{").ok; // false: not JSON
 */
export function parseTagMappingText(text: string): { ok: true; mapping: TagMapping } | { ok: false; message: string } {
  if (text.length > maxTagMappingOverrideCharacters) return { ok: false, message: `longer than ${maxTagMappingOverrideCharacters} characters` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "not JSON" };
  }
  return parseTagMappingOverride(value);
}
