/**
 * The memo's map as vector features, from the (already filtered) snapshot: the sites by status,
 * the nearest grocery, bus stop, school and kindergarten of each with the walk to the first two,
 * and the areas of concern when the snapshot still holds them (the internal version). Pure.
 */
import type { VectorFeature } from "../vector-map/vector-map";
import type { VectorFeatureKind } from "../vector-map/feature-styles";
import type { MemoSnapshot } from "./memo-snapshot-types";

const siteKind: Record<MemoSnapshot["sites"][number]["status"], VectorFeatureKind> = {
  chosen: "chosenSite",
  shortlisted: "site",
  candidate: "candidate",
  rejected: "other",
};

const destinationKind: Record<string, VectorFeatureKind> = { grocery: "shop", busStop: "busStop", school: "school", kindergarten: "school" };

/**
 * @example
 * memoMapFeatures(publicMemo(snapshot)).filter((feature) => feature.kind === "chosenSite");
 */
export function memoMapFeatures(snapshot: MemoSnapshot): VectorFeature[] {
  const features: VectorFeature[] = [];
  const seen = new Set<string>();
  for (const area of snapshot.areasOfConcern) features.push({ id: `concern:${area.name}`, kind: "concern", geometry: area.geometry, label: area.name });
  for (const site of snapshot.sites) {
    // Every site's name before any destination's: the memo is about the sites.
    features.push({ id: `site:${site.id}`, kind: siteKind[site.status], geometry: site.geometry, label: site.name, priority: site.status === "chosen" ? 100 : 90 });
    for (const [category, nearest] of Object.entries(site.assessment?.nearest ?? {})) {
      const kind = destinationKind[category];
      if (!nearest || !kind) continue;
      if (nearest.route) features.push({ id: `route:${site.id}:${category}`, kind: "route", geometry: nearest.route });
      const key = `${category}:${nearest.lon.toFixed(5)}:${nearest.lat.toFixed(5)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      features.push({ id: key, kind, geometry: { type: "Point", coordinates: [nearest.lon, nearest.lat] }, label: nearest.name ?? undefined });
    }
  }
  return features;
}
