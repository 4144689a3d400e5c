/**
 * fast-check arbitraries of records that a shared document must not hold (hole 2 of issue 7):
 * wrong types, empty, NaN, infinite or huge coordinates, open or short rings, unknown keys,
 * nested junk, a Y.Array or plain value where a Y.Map of fields is expected. Each case says
 * which map it goes to and how to write it, so a test can put it into a Y.Doc directly (an old
 * offline copy) or through a real client (a broken or hostile one).
 */
import fc from "fast-check";
import * as Y from "yjs";
import { phases } from "../../../app/projects/vocabulary";

export type Domain = "plan" | "concerns";

export interface InvalidCase {
  domain: Domain;
  map: string;
  key: string;
  /** `fields`: a Y.Map with these entries; `array`: a Y.Array of them; `plain`: the value itself. */
  shape: "fields" | "array" | "plain";
  value: unknown;
}

export const validPoint = { type: "Point", coordinates: [10.97, 59.95] };
export const validSquare = {
  type: "Polygon",
  coordinates: [[[10.96, 59.95], [10.97, 59.95], [10.97, 59.96], [10.96, 59.95]]],
};
export const validSite = { name: "Tomt A", status: "candidate", notes: "", geometry: validPoint };
export const validDecision = { date: "2026-10-22", phase: "political", decision: "Finn tomt", decidedBy: "Kommunestyret", basis: "Sak 41/26" };
export const validArea = { name: "Området ved stasjonen", note: "", geometry: validSquare };

/**
 * The value with ordinary objects only: fast-check also makes objects without a prototype,
 * which Yjs refuses to store at all ("Unexpected content type"), so they could never reach a document.
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
  return value;
}

/** Writes a case into a document, as a client or an old copy would have. */
export function writeCase(doc: Y.Doc, invalid: InvalidCase): void {
  const target = doc.getMap<unknown>(invalid.map);
  const value = plain(invalid.value);
  if (invalid.shape === "plain") {
    target.set(invalid.key, value);
    return;
  }
  const fields: Array<[string, unknown]> = typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [["value", value]];
  if (invalid.shape === "array") {
    const array = new Y.Array<unknown>();
    array.push(fields.map(([, value]) => value));
    target.set(invalid.key, array);
    return;
  }
  const entry = new Y.Map<unknown>();
  for (const [field, value] of fields) entry.set(field, value);
  target.set(invalid.key, entry);
}

/** Values Yjs can store (JSON, plus the numbers JSON cannot say). */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, null),
);
const notString = junk.filter((value) => typeof value !== "string");
const badNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double({ min: 181, max: 1e308, noNaN: true }),
  fc.double({ min: -1e308, max: -181, noNaN: true }),
  fc.string(),
  fc.constant(null),
);
/** Outside every threshold's range, or not a whole number. */
const badThresholdNumber = fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -5, 1e9, 0.5), fc.string(), fc.constant(null));
const goodPosition = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }));

/** Geometries a map must never be given. */
export const invalidGeometry: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ type: "Point", coordinates: [] }),
  fc.record({ type: fc.constant("Point"), coordinates: fc.array(badNumber, { maxLength: 4 }) }),
  fc.record({ type: fc.constant("Point"), coordinates: fc.tuple(goodPosition.map(([lon]) => lon), badNumber) }),
  fc.record({ type: fc.constant("Point"), coordinates: fc.array(fc.double({ min: -90, max: 90, noNaN: true }), { minLength: 3, maxLength: 5 }) }),
  // Too short to be a ring.
  fc.record({ type: fc.constant("Polygon"), coordinates: fc.tuple(fc.array(goodPosition, { maxLength: 3 })) }),
  // Not closed.
  fc
    .array(goodPosition, { minLength: 4, maxLength: 8 })
    .filter((ring) => ring[0][0] !== ring[ring.length - 1][0] || ring[0][1] !== ring[ring.length - 1][1])
    .map((ring) => ({ type: "Polygon", coordinates: [ring] })),
  fc.constant({ type: "Polygon", coordinates: [] }),
  fc.constant({ type: "Polygon", coordinates: [[[10, 60], [10, 61], [11, 61], [Number.NaN, 60], [10, 60]]] }),
  fc.record({ type: fc.constantFrom("LineString", "MultiPoint", "Feature", "GeometryCollection", "point"), coordinates: fc.constant([[10, 60], [11, 60]]) }),
  notString.filter((value) => typeof value !== "object" || value === null || Array.isArray(value)),
  fc.string(),
);

/** A valid record with one thing broken: a field of the wrong type or size, a missing or an extra key. */
function broken(valid: Record<string, unknown>, fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc.oneof(
    ...Object.entries(fields).map(([field, value]) => value.map((bad) => ({ ...valid, [field]: bad }))),
    fc.constantFrom(...keys).map((dropped) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== dropped))),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !keys.includes(key) && key !== "__proto__"), junk).map(([key, value]) => ({ ...valid, [key]: value })),
  );
}

const tooLong = (max: number): fc.Arbitrary<string> => fc.integer({ min: max + 1, max: max + 200 }).map((length) => "x".repeat(length));
const notIn = (allowed: readonly string[]): fc.Arbitrary<unknown> => fc.oneof(fc.string().filter((value) => !allowed.includes(value)), notString);

const invalidSiteRecord = broken(validSite, {
  name: fc.oneof(notString, tooLong(80)),
  status: notIn(["candidate", "shortlisted", "rejected", "chosen"]),
  notes: fc.oneof(notString, tooLong(2000)),
  geometry: invalidGeometry,
});
const invalidDecisionRecord = fc.oneof(
  broken(validDecision, {
    date: fc.oneof(notString, fc.string().filter((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value))),
    phase: notIn(phases),
    decision: notString,
    decidedBy: notString,
    basis: notString,
  }),
  // Every field a number.
  fc.integer().map((number) => Object.fromEntries(Object.keys(validDecision).map((key) => [key, number]))),
  // Stamps of the wrong shape.
  fc.record({ recordedBy: fc.oneof(fc.string(), fc.record({ id: fc.integer() })), recordedAt: fc.oneof(fc.integer(), fc.constant("yesterday")) }).map((stamps) => ({ ...validDecision, ...stamps })),
);
const invalidAreaRecord = broken(validArea, {
  name: fc.oneof(notString, tooLong(80)),
  note: fc.oneof(notString, tooLong(500)),
  geometry: fc.oneof(invalidGeometry, fc.constant(validPoint)),
});

const key = fc.constantFrom("broken-1", "broken-2", "00000000-0000-4000-8000-00000000dead");

/** A map of records: a record with something broken, stored as fields, or the wrong kind of value altogether. */
function recordCase(domain: Domain, map: string, invalidRecord: fc.Arbitrary<Record<string, unknown>>, valid: Record<string, unknown>): fc.Arbitrary<InvalidCase> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ key, value: invalidRecord }).map(({ key, value }) => ({ domain, map, key, shape: "fields" as const, value })) },
    { weight: 1, arbitrary: key.map((key) => ({ domain, map, key, shape: "array" as const, value: valid })) },
    { weight: 1, arbitrary: fc.record({ key, value: junk }).map(({ key, value }) => ({ domain, map, key, shape: "plain" as const, value })) },
  );
}

const settingsCase: fc.Arbitrary<InvalidCase> = fc.oneof(
  fc.record({
    key: fc.constantFrom("walkingMetersPerMinute", "neighbourhoodRadiusMeters", "shortcutMinDetourRatio", "shortcutMinExtraMeters"),
    // Below or above every scalar's range (0 is a valid minimum extra distance, so not 0).
    value: fc.oneof(fc.constantFrom(-1, 5000, 1e9, Number.NaN, Number.POSITIVE_INFINITY), notString.filter((value) => typeof value !== "number")),
  }),
  fc.record({
    key: fc.constantFrom("threshold.busStop", "threshold.grocery", "threshold.school", "threshold.supportedHomesWithin"),
    value: fc.oneof(junk.filter((value) => typeof value !== "object" || value === null), fc.record({ pass: badThresholdNumber, attention: badThresholdNumber }), fc.constant({ pass: 400 })),
  }),
  fc.record({ key: fc.constant("tagMapping"), value: fc.oneof(notString, fc.constantFrom("{ broken", "[]", '{"destinations": {"grocery": "shop"}}', "x".repeat(20_001))) }),
  fc.record({ key: fc.constantFrom("colour", "threshold.moon", "__proto__x"), value: junk }),
).map(({ key, value }) => ({ domain: "plan" as const, map: "assessmentSettings", key, shape: "plain" as const, value }));

const projectCase: fc.Arbitrary<InvalidCase> = fc.oneof(
  notIn(phases).map((value) => ({ domain: "plan" as const, map: "project", key: "phase", shape: "plain" as const, value })),
  fc.record({ key: fc.constantFrom("owner", "name"), value: junk }).map(({ key, value }) => ({ domain: "plan" as const, map: "project", key, shape: "plain" as const, value })),
);

/** Any invalid record of either document. */
export const invalidCase: fc.Arbitrary<InvalidCase> = fc.oneof(
  { weight: 4, arbitrary: recordCase("plan", "sites", invalidSiteRecord, validSite) },
  { weight: 2, arbitrary: recordCase("plan", "decisions", invalidDecisionRecord, validDecision) },
  { weight: 2, arbitrary: recordCase("concerns", "areas", invalidAreaRecord, validArea) },
  { weight: 1, arbitrary: settingsCase },
  { weight: 1, arbitrary: projectCase },
);
