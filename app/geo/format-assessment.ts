import type { LineString } from "geojson";
import { destinationCategories, type DestinationCategory, type SiteAssessment } from "./types";

export interface FormattedNearest {
  name: string | null;
  walkMeters: number;
  walkMinutes: number;
  straightMeters: number;
  detourRatio: number;
  status: string;
  tier: number;
  method: string;
  route?: LineString;
}

const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/**
 * The stable JSON shape of the command line and of exports (issue 3): metres as integers,
 * minutes to 1 decimal, ratios to 2 decimals; `null` where nothing is reachable, with the reason in
 * `notFound`. Geometries (routes, reachable network) only when asked for.
 *
 * @example
 * formatAssessment(assessment, { geometry: false }).nearest.busStop; // { name: "Torget", walkMeters: 412, ... }
 */
export function formatAssessment(assessment: SiteAssessment, options: { geometry?: boolean; language?: "nb" | "en" } = {}) {
  const language = options.language ?? "en";
  const nearest = {} as Record<DestinationCategory, FormattedNearest | null>;
  for (const category of destinationCategories) {
    const result = assessment.nearest[category];
    nearest[category] = result
      ? {
          name: result.name,
          walkMeters: Math.round(result.walkMeters),
          walkMinutes: roundTo(result.walkMinutes, 1),
          straightMeters: Math.round(result.straightMeters),
          detourRatio: roundTo(result.detourRatio, 2),
          status: result.status,
          tier: result.tier,
          method: result.method[language],
          ...(options.geometry ? { route: result.route } : {}),
        }
      : null;
  }
  const { neighbourhood } = assessment;
  return {
    name: assessment.name,
    nearest,
    notFound: assessment.notFound,
    shortcuts: assessment.shortcuts.map((warning) => ({
      category: warning.category,
      barrier: warning.barrier,
      straightMeters: warning.straightMeters,
      walkMeters: warning.walkMeters,
      crossing: [roundTo(warning.crossing[0], 7), roundTo(warning.crossing[1], 7)],
      destinationName: warning.destinationName,
      barrierName: warning.barrierName,
      message: warning.message[language],
      ...(options.geometry ? { route: warning.route } : {}),
    })),
    neighbourhood: {
      radiusMeters: neighbourhood.radiusMeters,
      supportedHomesWithin: neighbourhood.supportedHomesWithin,
      supportedHomesStatus: neighbourhood.supportedHomesStatus,
      supportedHomesMethod: neighbourhood.method[language],
      straightNearest: Object.fromEntries(
        Object.entries(neighbourhood.straightNearest).map(([category, value]) => [
          category,
          value ? { name: value.name, straightMeters: Math.round(value.straightMeters) } : null,
        ]),
      ),
      areaOfConcern: neighbourhood.areaOfConcern
        ? {
            ...neighbourhood.areaOfConcern,
            distanceMeters: neighbourhood.areaOfConcern.distanceMeters === null ? null : Math.round(neighbourhood.areaOfConcern.distanceMeters),
            method: neighbourhood.areaOfConcern.method[language],
          }
        : null,
    },
    reachCounts: assessment.reachCounts,
    summary: assessment.summary[language],
    ...(options.geometry ? { reachableNetwork: assessment.reachableNetwork } : {}),
  };
}

export type FormattedAssessment = ReturnType<typeof formatAssessment>;

const csvCell = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * One CSV row per site with the main figures (walk/straight metres and status per category,
 * shortcuts, supported homes).
 *
 * @example
 * assessmentsToCsv([formatAssessment(assessment)]); // "site,grocery_name,grocery_walk_m,...\nSite A,Matbutikken,700,..."
 */
export function assessmentsToCsv(assessments: FormattedAssessment[]): string {
  const header = ["site"];
  for (const category of destinationCategories) header.push(`${category}_name`, `${category}_walk_m`, `${category}_walk_min`, `${category}_straight_m`, `${category}_status`);
  header.push("shortcuts", "supported_homes_within", "supported_homes_radius_m");
  const rows = assessments.map((assessment) => {
    const cells: (string | number | null)[] = [assessment.name];
    for (const category of destinationCategories) {
      const nearest = assessment.nearest[category];
      cells.push(nearest?.name ?? null, nearest?.walkMeters ?? null, nearest?.walkMinutes ?? null, nearest?.straightMeters ?? null, nearest?.status ?? assessment.notFound[category] ?? "");
    }
    cells.push(
      assessment.shortcuts.map((shortcut) => `${shortcut.category}:${shortcut.barrier}`).join(" "),
      assessment.neighbourhood.supportedHomesWithin,
      assessment.neighbourhood.radiusMeters,
    );
    return cells.map(csvCell).join(",");
  });
  return [header.join(","), ...rows].join("\n") + "\n";
}
