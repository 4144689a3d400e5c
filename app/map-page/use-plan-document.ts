import { useRevalidator } from "@remix-run/react";
import { useState } from "react";
import type { Role } from "../permissions";
import { listSites, sitesMap, type Site } from "../sites/site-document";
import { useObserveDeep, useSharedDocument, type SharedDocument } from "../sync/use-shared-document";

export interface PlanDocument {
  /** The open document and its connection; null for the first render. */
  shared: SharedDocument | null;
  /** The sites, read again on every change. */
  sites: Site[];
  /** This member may change the plan now: allowed by role, not told read-only, not refused. */
  editable: boolean;
}

/**
 * The project's plan document on the map page. When the server closes the
 * connection because this member's access changed, the route's data (the
 * role) is loaded again and the document opened anew.
 *
 * @example
 * const plan = usePlanDocument(projectId, self, data.may.editPlan);
 */
export function usePlanDocument(projectId: string, self: { id: string; name: string; role: Role }, mayEditPlan: boolean): PlanDocument {
  const revalidator = useRevalidator();
  const [generation, setGeneration] = useState(0);
  const shared = useSharedDocument(`project/${projectId}/plan`, self, generation, () => {
    revalidator.revalidate();
    setGeneration((value) => value + 1);
  });
  useObserveDeep(shared ? sitesMap(shared.doc) : undefined);
  const sites = shared ? listSites(shared.doc) : [];
  const editable = mayEditPlan && !!shared && !shared.readOnly && shared.status !== "denied";
  return { shared, sites, editable };
}
