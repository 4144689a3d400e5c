/**
 * The comparison table's data, sorting and exports, on the demo area assessed
 * by the real engine and the app's real texts.
 */
import type { FeatureCollection } from "geojson";
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { demoArea, demoAreaOfConcern, demoSiteNames, demoSites } from "../../db/demo-area/demo-area";
import { assessSite, defaultConfig, prepareArea, type SiteAssessment } from "../geo";
import { i18nOptions } from "../i18n/config";
import type { Site } from "../sites/site-document";
import { comparisonGeoJson, comparisonTable, toCsv } from "./comparison-export";
import { comparisonRows, ratingLabels, sortRows, sortValue, type ComparisonRow } from "./comparison-rows";
import { siteSummary, thresholdText } from "./figure-text";

function translator(language: "nb" | "en"): TFunction {
  const instance = createInstance();
  void instance.init({ ...i18nOptions, lng: language, initImmediate: false });
  return instance.t;
}

let sites: Site[];
let assessments: Map<string, SiteAssessment>;
let nb: TFunction;

beforeAll(() => {
  const area = prepareArea({ osm: demoArea() });
  sites = demoSites().map((site, index) => ({ ...site, id: `site-${index}` }));
  const concern = { type: "Feature" as const, properties: {}, geometry: demoAreaOfConcern().geometry };
  assessments = new Map(sites.map((site) => [site.id, assessSite(area, site, { includeReachableNetwork: false, areasOfConcern: [concern] })]));
  nb = translator("nb");
});

const names = (rows: ComparisonRow[]): string[] => rows.map((row) => row.site.name);

describe("sorting the comparison", () => {
  it("sorts by bus stop walking distance, nearest first, and reverses", () => {
    const rows = comparisonRows(sites, assessments);
    expect(names(sortRows(rows, { column: "busStop", direction: "ascending" }))).toEqual([
      demoSiteNames.neighbourhood,
      demoSiteNames.safe,
      demoSiteNames.railwayShortcut,
      demoSiteNames.noiseBarrier,
    ]);
    expect(names(sortRows(rows, { column: "busStop", direction: "descending" }))[0]).toBe(demoSiteNames.noiseBarrier);
  });

  it("sorts numbers as numbers, not as text", () => {
    const rows = comparisonRows(sites, assessments);
    const sorted = sortRows(rows, { column: "fireStation", direction: "ascending" }).map((row) => sortValue(row, "fireStation") as number);
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    expect(sorted.some((value) => value >= 1000) && sorted.some((value) => value < 2000)).toBe(true);
  });

  it("puts unreachable and not yet assessed sites last in both directions", () => {
    const unreachable = structuredClone(assessments.get("site-0")!);
    unreachable.nearest.busStop = null;
    const partial = new Map(assessments);
    partial.set("site-0", unreachable);
    partial.delete("site-1");
    const rows = comparisonRows(sites, partial);
    for (const direction of ["ascending", "descending"] as const) {
      expect(names(sortRows(rows, { column: "busStop", direction })).slice(2)).toEqual([demoSiteNames.safe, demoSiteNames.railwayShortcut]);
    }
  });

  it("keeps the order of equal values (stable)", () => {
    const rows = comparisonRows(sites, assessments);
    // No shortcuts at A and D: they keep their order whichever way the column is sorted.
    const ascending = names(sortRows(rows, { column: "shortcuts", direction: "ascending" }));
    const descending = names(sortRows(rows, { column: "shortcuts", direction: "descending" }));
    expect(ascending.slice(0, 2)).toEqual([demoSiteNames.safe, demoSiteNames.neighbourhood]);
    expect(descending.slice(2)).toEqual([demoSiteNames.safe, demoSiteNames.neighbourhood]);
  });

  it("sorts by a rating's score with hidden ratings last", () => {
    const ratings = new Map([
      ["site-0", [{ label: "Politi", score: 2 }]],
      ["site-1", [{ label: "Politi", score: null, hiddenCount: 1 }]],
      ["site-2", [{ label: "Politi", score: 4.5 }, { label: "Brann", score: 3 }]],
    ]);
    expect(ratingLabels(ratings)).toEqual(["Politi", "Brann"]);
    const rows = comparisonRows(sites, assessments, ratings);
    expect(names(sortRows(rows, { column: "rating:Politi", direction: "descending" }))).toEqual([
      demoSiteNames.noiseBarrier,
      demoSiteNames.safe,
      demoSiteNames.railwayShortcut,
      demoSiteNames.neighbourhood,
    ]);
  });
});

describe("CSV export", () => {
  it("escapes the separator, quotes and line breaks, and never lets a name become a formula", () => {
    const csv = toCsv({ header: ["Tomt", "Merknad", "Meter"], rows: [['Tomt "A"; sør', "første\nandre", 140.5], ["=SUM(A1)", " mellomrom", 7]] }, "nb");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(['Tomt;Merknad;Meter', '"Tomt ""A""; sør";"første\nandre";140,5', "'=SUM(A1);\" mellomrom\";7", ""]);
  });

  it("uses a comma and decimal points in English", () => {
    expect(toCsv({ header: ["Site", "Minutes"], rows: [["A, north", 8.25]] }, "en")).toBe('\uFEFFSite,Minutes\r\n"A, north",8.25\r\n');
  });

  it("has a header row and one row per site with the figures and words", () => {
    const rows = comparisonRows(sites, assessments);
    const table = comparisonTable(rows, { t: nb, language: "nb", config: defaultConfig });
    expect(table.rows).toHaveLength(4);
    expect(table.header[0]).toBe("Tomt");
    expect(table.header).toContain("Bussholdeplass: gange (m)");
    expect(table.header).toContain("Område med bekymring");
    const railway = table.rows.find((row) => row[0] === demoSiteNames.railwayShortcut)!;
    const busStopWalk = table.header.indexOf("Bussholdeplass: gange (m)");
    expect(railway[busStopWalk]).toBe(612);
    expect(railway[table.header.indexOf("Bussholdeplass: vurdering")]).toBe("Utenfor terskel");
    expect(railway[table.header.indexOf("Antall mulige risikable snarveier")]).toBe(1);
    const csv = toCsv(table, "nb");
    expect(csv.split("\r\n")[0]).toContain("Tomt;Status for tomta;Dagligvare: nærmeste");
    expect(csv).toContain(`${demoSiteNames.railwayShortcut};Kandidat;`);
  });

  it("adds rating columns only when ratings are given", () => {
    const without = comparisonTable(comparisonRows(sites, assessments), { t: nb, language: "nb", config: defaultConfig });
    const withRatings = comparisonTable(comparisonRows(sites, assessments, new Map([["site-0", [{ label: "Politiet", score: 4 }]]])), {
      t: nb,
      language: "nb",
      config: defaultConfig,
    });
    expect(withRatings.header.length).toBe(without.header.length + 1);
    expect(withRatings.header).toContain("Vurdering: Politiet");
  });
});

describe("GeoJSON export", () => {
  it("has each site's own geometry and its figures as properties", () => {
    const collection = comparisonGeoJson(comparisonRows(sites, assessments), { language: "en" });
    expect(collection.features).toHaveLength(4);
    const polygon = collection.features.find((feature) => feature.properties?.name === demoSiteNames.noiseBarrier)!;
    expect(polygon.geometry.type).toBe("Polygon");
    expect(polygon.properties).toMatchObject({ busStop_walk_m: 660, busStop_status: "fail", shortcuts: 2, supported_homes_radius_m: 500 });
    expect(String(polygon.properties?.summary)).toContain("Outside threshold: bus stop.");
    const parsed = JSON.parse(JSON.stringify(collection)) as FeatureCollection;
    expect(parsed.features.map((feature) => feature.properties?.name)).toEqual(sites.map((site) => site.name));
  });
});

describe("plain-language summary", () => {
  it("names what is outside the thresholds and what is worth a look", () => {
    const summary = siteSummary(assessments.get("site-1")!, "nb");
    expect(summary).toContain("Utenfor terskel: bussholdeplass.");
    expect(summary).toContain("Bør vurderes: dagligvare.");
    expect(summary).toContain("1 mulig risikabel snarvei å drøfte.");
    expect(siteSummary(assessments.get("site-0")!, "en")).toContain("All distances are within the thresholds.");
  });
});

describe("thresholds in words", () => {
  it("names a limit once when both limits are the same (fire station 3000 m), and both when they differ", () => {
    expect(thresholdText("fireStation", defaultConfig, nb)).toBe("Brannstasjon: innenfor høyst 3000 m, utenfor over det");
    expect(thresholdText("busStop", defaultConfig, nb)).toBe("Bussholdeplass: innenfor høyst 400 m, bør vurderes høyst 600 m");
  });
});
