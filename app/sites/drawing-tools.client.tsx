/**
 * Drawing and reshaping sites with leaflet-geoman. Geoman and its styles are
 * loaded here, on first use (a planner draws an area or reshapes one), so the
 * map page stays light for everyone else. Rendered inside the MapContainer.
 */
import type { Polygon } from "geojson";
import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMap } from "react-leaflet";
import { polygonFrom } from "./site-position";

export type DrawingToolsState = "loading" | "ready" | "failed";

/** The sites' polygon layers by site id, and the site this member is dragging right now. */
export interface SiteLayers {
  polygons: Map<string, L.Polygon>;
  /** While set, that site's layer follows the pointer, not the document (which is one frame behind). */
  gestureSiteId: string | null;
}

/** Fired on a site's polygon layer when its shape was set from the document (undo, someone else). */
export const reshapedFromDocument = "site:reshaped";

let geoman: Promise<unknown> | null = null;

/** Loads leaflet-geoman (it extends the global `L`) and its styles, once. */
function loadGeoman(): Promise<unknown> {
  geoman ??= Promise.all([import("@geoman-io/leaflet-geoman-free"), import("@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css")]).catch(
    (error: unknown) => {
      geoman = null; // let a later attempt try again
      throw error;
    },
  );
  return geoman;
}

const drawnStyle: L.PathOptions = { color: "#1e5aa8", weight: 3, fillOpacity: 0.2 };

/** Polygon outline of a layer drawn or changed on the map, as the document stores it. */
function polygonOf(layer: L.Polygon): Polygon {
  const geometry = layer.toGeoJSON().geometry as Polygon;
  return polygonFrom(geometry.coordinates[0] ?? []);
}

/**
 * Loads geoman and makes the map geoman-aware (it was created before geoman
 * loaded) in the page's language; true once done.
 */
function useGeomanLoaded(onState: (state: DrawingToolsState) => void): boolean {
  const map = useMap();
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const report = useRef(onState);
  report.current = onState;
  useEffect(() => {
    let cancelled = false;
    report.current("loading");
    loadGeoman()
      .then(() => {
        if (cancelled) return;
        // Geoman's map hook only runs for maps created after it loaded.
        if (!(map as Partial<L.Map>).pm) L.PM.reInitLayer(map as unknown as L.Layer); // it accepts the map too
        map.pm.setLang(i18n.language === "en" ? "en" : "no");
        setLoaded(true);
        report.current("ready");
      })
      .catch(() => {
        if (!cancelled) report.current("failed");
      });
    return () => {
      cancelled = true;
    };
  }, [map, i18n.language]);
  return loaded;
}

export interface DrawPolygonProps {
  onState(state: DrawingToolsState): void;
  /** A polygon was finished on the map. */
  onDrawn(polygon: Polygon): void;
  /** Drawing ended (finished or cancelled with Esc). */
  onEnd(): void;
}

/** Lets the planner click the corners of a new site; finishing on the first corner adds it. */
export function DrawPolygon({ onState, onDrawn, onEnd }: DrawPolygonProps) {
  const map = useMap();
  const callbacks = useRef({ onDrawn, onEnd });
  callbacks.current = { onDrawn, onEnd };
  const loaded = useGeomanLoaded(onState);
  useEffect(() => {
    if (!loaded) return;
    const created = (event: { layer: L.Layer }) => {
      const layer = event.layer as L.Polygon;
      map.removeLayer(layer); // the site's own layer draws it, from the document
      callbacks.current.onDrawn(polygonOf(layer));
    };
    const ended = () => callbacks.current.onEnd();
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape") map.pm.disableDraw();
    };
    map.on("pm:create", created);
    map.on("pm:drawend", ended);
    document.addEventListener("keydown", escape);
    map.pm.enableDraw("Polygon", { allowSelfIntersection: false, snappable: false, pathOptions: drawnStyle, templineStyle: drawnStyle, hintlineStyle: { ...drawnStyle, dashArray: "5 5" } });
    map.getContainer().classList.add("site-map--drawing");
    return () => {
      map.off("pm:create", created);
      map.off("pm:drawend", ended);
      document.removeEventListener("keydown", escape);
      map.pm.disableDraw();
      map.getContainer().classList.remove("site-map--drawing");
    };
  }, [map, loaded]);
  return null;
}

/** "corners": drag a corner to change the outline; "move": drag the area to move it (geoman does one at a time). */
export type ReshapeMode = "corners" | "move";

export interface ReshapeSiteProps {
  siteId: string;
  mode: ReshapeMode;
  layers: SiteLayers;
  onState(state: DrawingToolsState): void;
  /** A drag of a corner or of the whole area starts: a new undo step. */
  onGestureStart(): void;
  /** The new outline: while dragging (at most once a frame) and when done. */
  onReshape(siteId: string, polygon: Polygon): void;
}

const editOptions = { allowSelfIntersection: false, snappable: false, draggable: true, preventMarkerRemoval: false };

/** Lets the planner drag the corners of a polygon site, or the whole area, on the map. */
export function ReshapeSite({ siteId, mode, layers, onState, onGestureStart, onReshape }: ReshapeSiteProps) {
  const callbacks = useRef({ onGestureStart, onReshape });
  callbacks.current = { onGestureStart, onReshape };
  const loaded = useGeomanLoaded(onState);
  const layer = layers.polygons.get(siteId);
  useEffect(() => {
    if (!loaded || !layer) return;
    if (!(layer as Partial<L.Polygon>).pm) L.PM.reInitLayer(layer);
    let frame: number | null = null;
    const cancelFrame = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    };
    const start = () => {
      layers.gestureSiteId = siteId;
      callbacks.current.onGestureStart();
    };
    // Share the shape while dragging at most once a frame, so others and the assessment follow live.
    const during = () => {
      cancelFrame();
      frame = requestAnimationFrame(() => {
        frame = null;
        callbacks.current.onReshape(siteId, polygonOf(layer));
      });
    };
    const done = () => {
      cancelFrame();
      layers.gestureSiteId = null;
      callbacks.current.onReshape(siteId, polygonOf(layer));
    };
    // The document changed the shape (undo, another planner): put the corner handles on the new corners.
    const refreshHandles = () => {
      if (mode !== "corners" || !layer.pm.enabled()) return;
      layer.pm.disable();
      layer.pm.enable(editOptions);
    };
    layer.on("pm:markerdragstart pm:dragstart", start);
    layer.on("pm:markerdrag pm:drag", during);
    layer.on("pm:edit", done);
    layer.on(reshapedFromDocument, refreshHandles);
    if (mode === "corners") layer.pm.enable(editOptions);
    else {
      layer.pm.setOptions(editOptions);
      layer.pm.enableLayerDrag();
    }
    return () => {
      cancelFrame();
      layers.gestureSiteId = null;
      layer.off("pm:markerdragstart pm:dragstart", start);
      layer.off("pm:markerdrag pm:drag", during);
      layer.off("pm:edit", done);
      layer.off(reshapedFromDocument, refreshHandles);
      if (mode === "corners") layer.pm.disable();
      else layer.pm.disableLayerDrag();
    };
  }, [loaded, layer, layers, siteId, mode]);
  return null;
}
