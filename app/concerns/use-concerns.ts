import type { Polygon } from "geojson";
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { AreaOfConcern } from "../geo/types";
import { can, type Role } from "../permissions";
import { useObserveDeep, useSharedDocument, type ConnectionStatus } from "../sync/use-shared-document";
import { areasMap, type AreaInput } from "../documents/concerns-document";
import { addArea, areasAsFeatures, listAreas, removeArea, updateArea, type Area } from "./concern-document";

export interface Concerns {
  /** The areas of concern this member may see (none for roles without access). */
  areas: AreaOfConcern[];
  /** The same areas with their id, name and note, for the panel and the map layer. */
  list: Area[];
  /** This member's role may see the layer (owner, planner, police). */
  visible: boolean;
  /** This member may draw and change areas now (police, and the server did not say read-only). */
  editable: boolean;
  /** The concerns document's connection, or "none" for roles that never open it. */
  status: ConnectionStatus | "none";
  add(input: AreaInput): string | null;
  update(id: string, patch: Partial<AreaInput>): void;
  remove(id: string): void;
  /** The map is in "draw an area" mode (geoman), started from the panel. */
  drawing: boolean;
  setDrawing(drawing: boolean): void;
  /** The polygon just drawn on the map, waiting in the panel for a name. */
  drawn: Polygon | null;
  setDrawn(polygon: Polygon | null): void;
}

const ignore = () => {};
const none: Concerns = {
  areas: [],
  list: [],
  visible: false,
  editable: false,
  status: "none",
  add: () => null,
  update: ignore,
  remove: ignore,
  drawing: false,
  setDrawing: ignore,
  drawn: null,
  setDrawn: ignore,
};

type Self = { id: string; name: string; role: Role };

/**
 * The open document and what a member with `concerns:read` can do with it.
 * Called only for those roles: the others never even ask the server.
 */
function useOpenConcerns(projectId: string, self: Self): Concerns {
  const shared = useSharedDocument(`project/${projectId}/concerns`, self);
  const doc = shared?.doc;
  // Re-renders on every change of the document; `key` keeps the list stable otherwise.
  useObserveDeep(doc ? areasMap(doc) : undefined);
  const [drawing, setDrawing] = useState(false);
  const [drawn, setDrawn] = useState<Polygon | null>(null);
  const editable = can(self.role, "concerns:write") && !!shared && !shared.readOnly && shared.status !== "denied";
  const key = doc ? JSON.stringify(listAreas(doc)) : "[]";
  const list = useMemo(() => JSON.parse(key) as Area[], [key]);
  const add = useCallback((input: AreaInput) => (doc && editable ? addArea(doc, input) : null), [doc, editable]);
  const update = useCallback((id: string, patch: Partial<AreaInput>) => (doc && editable ? updateArea(doc, id, patch) : undefined), [doc, editable]);
  const remove = useCallback((id: string) => (doc && editable ? removeArea(doc, id) : undefined), [doc, editable]);
  const status = shared?.status ?? "connecting";
  return useMemo(
    () => ({ areas: areasAsFeatures(list), list, visible: true, editable, status, add, update, remove, drawing, setDrawing, drawn, setDrawn }),
    [list, editable, status, add, update, remove, drawing, drawn],
  );
}

/**
 * The project's areas-of-concern document (`project/<id>/concerns`), for the
 * roles allowed to see it. Fire, residents and observers get an empty result
 * and their browser opens no connection to it (the server would refuse it too).
 *
 * Whether to open it is decided once, when the page mounts, so the hooks run in
 * the same order on every render. Should the member's role change while the page
 * is open, the areas are hidden at once (and the server has already closed the
 * connection); a newly allowed role sees them after the page is opened again.
 *
 * @example
 * const concerns = useConcerns(projectId, self);
 * useSiteAssessments(reference, sites, { areasOfConcern: concerns.areas });
 */
export function useConcerns(projectId: string, self: Self): Concerns {
  const [opened] = useState(() => can(self.role, "concerns:read"));
  // `opened` never changes for this component, so the hooks below run on every render or on none.
  const concerns = opened ? useOpenConcerns(projectId, self) : none;
  return can(self.role, "concerns:read") ? concerns : none;
}

export const ConcernsContext = createContext<Concerns>(none);

/** The concerns of the map page (from ConcernsContext). */
export function useConcernsContext(): Concerns {
  return useContext(ConcernsContext);
}
