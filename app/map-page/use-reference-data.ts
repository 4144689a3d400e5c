import type { FeatureCollection } from "geojson";
import { useCallback, useEffect, useState } from "react";

export type ReferenceState = { state: "loading" } | { state: "failed" } | { state: "loaded"; geojson: FeatureCollection | null };

export interface ReferenceData {
  state: ReferenceState;
  /** The data once loaded (null: none, or not yet). */
  geojson: FeatureCollection | null;
  /** Fetches it again (after an import, an upload or a point added by hand). */
  reload(): void;
}

/**
 * The project's reference data (OpenStreetMap extracts and points added by
 * hand), fetched from the route that serves it.
 *
 * @example
 * const reference = useReferenceData(projectId);
 * useSiteAssessments(reference.geojson, sites);
 */
export function useReferenceData(projectId: string): ReferenceData {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<ReferenceState>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/projects/${projectId}/reference-data`, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`reference data: HTTP ${response.status}`);
        const body = (await response.json()) as { geojson?: FeatureCollection };
        const geojson = body.geojson && body.geojson.features.length > 0 ? body.geojson : null;
        setState({ state: "loaded", geojson });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ state: "failed" });
      });
    return () => controller.abort();
  }, [projectId, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, geojson: state.state === "loaded" ? state.geojson : null, reload };
}
