import type { FeatureCollection } from "geojson";
import { useEffect, useRef, useState } from "react";
import type { AssessmentRequest, AssessmentResponse } from "../geo/assessment-worker-protocol";
import type { TagMapping } from "../geo/tag-mapping";
import type { AreaOfConcern, AssessmentConfig, SiteAssessment } from "../geo/types";
import type { Site } from "../sites/site-document";

export interface SiteAssessments {
  /** Assessment per site id; missing while the first answer is on its way. */
  bySite: Map<string, SiteAssessment>;
  busy: boolean;
  error: string | null;
}

/**
 * Assesses the sites in a Web Worker: prepares the walking graph once per
 * reference data, then assesses again whenever a site changes. Answers to
 * older requests are dropped, so a fast drag shows only the latest position.
 *
 * @example
 * const { bySite } = useSiteAssessments(referenceData, listSites(doc), { config, areasOfConcern });
 */
export function useSiteAssessments(
  reference: FeatureCollection | null,
  sites: Site[],
  options: { config?: Partial<AssessmentConfig>; tagMapping?: TagMapping; areasOfConcern?: AreaOfConcern[] } = {},
): SiteAssessments {
  const worker = useRef<Worker | null>(null);
  const [prepared, setPrepared] = useState(false);
  const [state, setState] = useState<SiteAssessments>({ bySite: new Map(), busy: false, error: null });
  const latestRequest = useRef(0);
  const pending = useRef(new Map<number, string[]>());

  // The project's settings and tag mapping as a stable key: prepare again only when they change.
  const configKey = JSON.stringify({ config: options.config ?? null, tagMapping: options.tagMapping ?? null });
  useEffect(() => {
    if (!reference) return;
    const instance = new Worker(new URL("./assessment.worker.ts", import.meta.url), { type: "module" });
    worker.current = instance;
    setPrepared(false);
    instance.onmessage = (event: MessageEvent<AssessmentResponse>) => {
      const answer = event.data;
      if (answer.type === "prepared") {
        setPrepared(true);
        return;
      }
      const siteIds = pending.current.get(answer.id);
      pending.current.delete(answer.id);
      if (answer.id !== latestRequest.current || !siteIds) return;
      if (answer.type === "error") {
        setState((current) => ({ ...current, busy: false, error: answer.message }));
        return;
      }
      const bySite = new Map<string, SiteAssessment>();
      answer.assessments.forEach((assessment, index) => bySite.set(siteIds[index], assessment));
      setState({ bySite, busy: false, error: null });
    };
    latestRequest.current += 1;
    const { config, tagMapping } = JSON.parse(configKey) as { config: Partial<AssessmentConfig> | null; tagMapping: TagMapping | null };
    const request: AssessmentRequest = { type: "prepare", id: latestRequest.current, osm: reference, config: config ?? undefined, tagMapping: tagMapping ?? undefined };
    instance.postMessage(request);
    return () => {
      instance.terminate();
      worker.current = null;
    };
  }, [reference, configKey]);

  // Sites as a stable key: assess again only when a name or geometry changed.
  const key = JSON.stringify(sites.map((site) => [site.id, site.name, site.geometry]));
  const concernsKey = JSON.stringify(options.areasOfConcern ?? []);
  useEffect(() => {
    const instance = worker.current;
    if (!prepared || !instance) return;
    const current: Site[] = (JSON.parse(key) as [string, string, Site["geometry"]][]).map(([id, name, geometry]) => ({
      id,
      name,
      geometry,
      status: "candidate",
      notes: "",
    }));
    latestRequest.current += 1;
    const id = latestRequest.current;
    pending.current.set(id, current.map((site) => site.id));
    setState((previous) => ({ ...previous, busy: true }));
    const areasOfConcern = JSON.parse(concernsKey) as AreaOfConcern[];
    const request: AssessmentRequest = {
      type: "assess",
      id,
      sites: current.map((site) => ({ name: site.name || site.id, geometry: site.geometry })),
      areasOfConcern: areasOfConcern.length > 0 ? areasOfConcern : undefined,
    };
    instance.postMessage(request);
  }, [key, concernsKey, prepared]);

  return state;
}
