import { useMemo } from "react";
import type { SiteAssessment } from "../geo/types";
import type { TagMapping } from "../geo/tag-mapping";
import type { Role } from "../permissions";
import type { MapPage } from "./map-page-context";
import type { PlanDocument } from "./use-plan-document";
import type { ReferenceData } from "./use-reference-data";
import type { SelectedSite } from "./use-selected-site";

/**
 * The map page's context value, made again only when something in it changed:
 * the sites by content (listSites makes a new list on every render), so the
 * panels and layers that read it are not redrawn on every render of the page.
 */
export function useMapPageValue(input: {
  projectId: string;
  self: { id: string; name: string; role: Role };
  plan: PlanDocument;
  assessments: Map<string, SiteAssessment>;
  reference: ReferenceData;
  tagMapping: TagMapping | undefined;
  selection: SelectedSite;
}): MapPage | null {
  const { projectId, plan, assessments, reference, tagMapping, selection } = input;
  const { id: selfId, name: selfName, role: selfRole } = input.self;
  const doc = plan.shared?.doc;
  const awareness = plan.shared?.awareness;
  const sitesKey = JSON.stringify(plan.sites);
  const { selectedId, select, selectInPlace, focus } = selection;
  return useMemo<MapPage | null>(
    () =>
      doc && awareness
        ? {
            projectId,
            self: { id: selfId, name: selfName, role: selfRole },
            planDoc: doc,
            planAwareness: awareness,
            planEditable: plan.editable,
            sites: JSON.parse(sitesKey) as PlanDocument["sites"],
            assessments,
            reference: reference.geojson,
            tagMapping,
            reloadReference: reference.reload,
            selectedId,
            select,
            selectInPlace,
            focus,
          }
        : null,
    [doc, awareness, projectId, selfId, selfName, selfRole, plan.editable, sitesKey, assessments, reference.geojson, reference.reload, tagMapping, selectedId, select, selectInPlace, focus],
  );
}
