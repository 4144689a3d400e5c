/**
 * A planner's site editing on the map page, shared by the toolbar, the side
 * panel and the sites' map layer: adding (a point or an area), reshaping, the
 * drawing tools' state, a notice after a deletion, and this member's undo
 * history. Everything writes through site-document.ts with the history's
 * origin, and nothing is offered or written unless the plan is editable now.
 */
import type { Polygon } from "geojson";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMapPage } from "../map-page/map-page-context";
import type { DrawingToolsState, ReshapeMode } from "./drawing-tools.client";
import { addSite, listSites, removeSite, updateSite, type SiteInput } from "./site-document";
import type { Drawing } from "./site-editor-toolbar";
import { pointAt } from "./site-position";
import { useSiteUndo, type SiteHistory } from "./use-undo";

export interface SiteEditing {
  /** This member may change the sites now (the map page's `planEditable`). */
  editable: boolean;
  history: SiteHistory;
  adding: boolean;
  toggleAdding(): void;
  /** While adding: what a click on the map does (a point, or the corners of an area with geoman). */
  drawing: Drawing;
  setDrawing(drawing: Drawing): void;
  /** The polygon site whose corners or position are being changed on the map, and how (follows the selection). */
  reshaping: { siteId: string; mode: ReshapeMode } | null;
  setReshaping(mode: ReshapeMode | null): void;
  toolsState: DrawingToolsState | null;
  setToolsState(state: DrawingToolsState): void;
  notice: string | null;
  /** Adds a site (a default name when `name` is empty), selects it and ends adding. */
  create(name: string, geometry: SiteInput["geometry"]): void;
  addPoint(input: { name: string; lat: number; lon: number }): void;
  change(id: string, patch: Partial<SiteInput>): void;
  move(id: string, position: { lat: number; lon: number }): void;
  reshape(id: string, polygon: Polygon): void;
  remove(id: string, name: string): void;
  /** Drawing an area ended without a new site (Esc): back to clicking a point. */
  drawingEnded(): void;
}

const SiteEditingContext = createContext<SiteEditing | null>(null);

export function useSiteEditing(): SiteEditing {
  const editing = useContext(SiteEditingContext);
  if (!editing) throw new Error("useSiteEditing: outside SiteEditingProvider");
  return editing;
}

/** The editing state of the map page; render inside MapPageContext. */
export function SiteEditingProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { planDoc: doc, planEditable: editable, select, selectInPlace, selectedId, sites } = useMapPage();
  const history = useSiteUndo(doc, editable);
  const { origin, newStep } = history;
  const [adding, setAdding] = useState(false);
  const [drawing, setDrawing] = useState<Drawing>(null);
  const [reshapingRequest, setReshapingRequest] = useState<{ siteId: string; mode: ReshapeMode } | null>(null);
  const [toolsState, setToolsState] = useState<DrawingToolsState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const selected = sites.find((site) => site.id === selectedId);
  // Reshaping follows the selection, and ends when the site goes (deleted, undone).
  const reshaping = reshapingRequest && selected && reshapingRequest.siteId === selected.id && selected.geometry.type === "Polygon" ? reshapingRequest : null;
  const setReshaping = useCallback((mode: ReshapeMode | null) => setReshapingRequest(mode && selectedId ? { siteId: selectedId, mode } : null), [selectedId]);

  const create = useCallback(
    (name: string, geometry: SiteInput["geometry"]) => {
      if (!editable) return;
      newStep();
      const id = addSite(doc, { name: name || t("siteMap.defaultName", { number: listSites(doc).length + 1 }), status: "candidate", notes: "", geometry }, undefined, origin);
      select(id);
      setAdding(false);
      setDrawing(null);
      setNotice(null);
    },
    [doc, editable, t, select, origin, newStep],
  );
  const addPoint = useCallback((input: { name: string; lat: number; lon: number }) => create(input.name, pointAt(input)), [create]);
  const change = useCallback(
    (id: string, patch: Partial<SiteInput>) => {
      if (editable) updateSite(doc, id, patch, origin);
    },
    [doc, editable, origin],
  );
  const move = useCallback((id: string, position: { lat: number; lon: number }) => change(id, { geometry: pointAt(position) }), [change]);
  const reshape = useCallback((id: string, polygon: Polygon) => change(id, { geometry: polygon }), [change]);
  const remove = useCallback(
    (id: string, name: string) => {
      if (!editable) return;
      newStep();
      removeSite(doc, id, origin);
      selectInPlace(null);
      setNotice(t("siteEditor.deleted", { name }));
    },
    [doc, editable, origin, newStep, selectInPlace, t],
  );
  const toggleAdding = useCallback(() => {
    setAdding((value) => !value);
    setDrawing(adding ? null : "point");
  }, [adding]);
  const drawingEnded = useCallback(() => setDrawing((current) => (current === "polygon" ? "point" : current)), []);

  const value = useMemo<SiteEditing>(
    () => ({
      editable,
      history,
      adding: editable && adding,
      toggleAdding,
      drawing: editable && adding ? drawing : null,
      setDrawing,
      reshaping: editable ? reshaping : null,
      setReshaping,
      toolsState,
      setToolsState,
      notice,
      create,
      addPoint,
      change,
      move,
      reshape,
      remove,
      drawingEnded,
    }),
    [editable, history, adding, toggleAdding, drawing, reshaping, setReshaping, toolsState, notice, create, addPoint, change, move, reshape, remove, drawingEnded],
  );
  return <SiteEditingContext.Provider value={value}>{children}</SiteEditingContext.Provider>;
}
