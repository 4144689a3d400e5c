/**
 * The sites on the map (inside MapContainer, client-only): a marker per point
 * site, an outline per area site, each labelled with its name and status in
 * words, and the drawing tools while a planner draws or reshapes. Reads the
 * map page's context and the site editing context; no props.
 */
import type { Polygon } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Marker, Tooltip, useMap } from "react-leaflet";
import { useMapPage } from "../map-page/map-page-context";
import { textElement, textIcon } from "../map-page/map-text.client";
import { DrawPolygon, reshapedFromDocument, ReshapeSite, type SiteLayers } from "./drawing-tools.client";
import type { Site, SiteStatus } from "./site-document";
import { useSiteEditing } from "./site-editing";
import { labelPriority } from "./site-label-layout";
import { siteLabelData } from "./site-labels.client";
import { sitePosition } from "./site-position";

/** A symbol per status inside the marker, so status never rests on colour alone (the label says it in words). */
const statusSymbols: Record<SiteStatus, string> = { candidate: "", shortlisted: "★", rejected: "✕", chosen: "✓" };

function siteIcon(status: SiteStatus, selected: boolean): L.DivIcon {
  return textIcon({
    className: `site-marker site-marker--${status}${selected ? " site-marker--selected" : ""}`,
    text: statusSymbols[status],
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });
}

/** Outline by status: rejected is dashed and grey, shortlisted and chosen are heavier; chosen is green. */
function polygonStyle(status: SiteStatus, selected: boolean): L.PathOptions {
  const byStatus: Record<SiteStatus, L.PathOptions> = {
    candidate: { color: "#1e5aa8", weight: 2, fillOpacity: 0.15, dashArray: undefined },
    shortlisted: { color: "#1e5aa8", weight: 4, fillOpacity: 0.25, dashArray: undefined },
    rejected: { color: "#5c6670", weight: 2, fillOpacity: 0.05, dashArray: "8 6" },
    chosen: { color: "#0a7d3b", weight: 5, fillOpacity: 0.3, dashArray: undefined },
  };
  const style = byStatus[status];
  return selected ? { ...style, weight: (style.weight ?? 2) + 2, fillOpacity: (style.fillOpacity ?? 0.15) + 0.1 } : style;
}

/** The label's classes: by status (rejected is set apart), and a heavier box for the selected site. */
function labelClassName(status: SiteStatus, selected: boolean): string {
  return `site-label site-label--${status}${selected ? " site-label--selected" : ""}`;
}

function useSiteLabel(site: Site): string {
  const { t } = useTranslation();
  return t("siteEditor.onMap", { name: site.name, status: t(`siteEditor.status.${site.status}`) });
}

/** Enter or Space on a focused site shape selects it, as a click does (a role=button must answer both). */
function isActivation(event: KeyboardEvent): boolean {
  return event.key === "Enter" || event.key === " ";
}

interface SiteShapeProps {
  site: Site;
  selected: boolean;
}

function SiteMarker({ site, selected }: SiteShapeProps) {
  const { t } = useTranslation();
  const { selectInPlace } = useMapPage();
  const { editable, move, history } = useSiteEditing();
  const { newStep } = history;
  const label = useSiteLabel(site);
  const position = sitePosition(site);
  const frame = useRef<number | null>(null);
  const icon = useMemo(() => siteIcon(site.status, selected), [site.status, selected]);
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => selectInPlace(site.id),
      keydown: (event) => {
        const key = event.originalEvent as KeyboardEvent;
        if (!isActivation(key)) return;
        key.preventDefault(); // Space would scroll the page
        selectInPlace(site.id);
      },
      dragstart: () => newStep(),
      // Move the shared site while dragging (at most once a frame), so others and the assessment follow live.
      drag: (event) => {
        const latlng = (event.target as L.Marker).getLatLng();
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          move(site.id, { lat: latlng.lat, lon: latlng.lng });
        });
      },
      dragend: (event) => {
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = null;
        const latlng = (event.target as L.Marker).getLatLng();
        move(site.id, { lat: latlng.lat, lon: latlng.lng });
      },
    }),
    [site.id, selectInPlace, move, newStep],
  );
  return (
    <Marker
      position={[position.lat, position.lon]}
      icon={icon}
      draggable={editable && site.geometry.type === "Point"}
      eventHandlers={handlers}
      title={t("siteMap.markerLabel", { name: site.name })}
      keyboard
    >
      {/* Keyed by its classes: react-leaflet sets a tooltip's class only when it is made. */}
      <Tooltip key={labelClassName(site.status, selected)} direction="top" offset={[0, -12]} permanent className={labelClassName(site.status, selected)}>
        <span {...siteLabelData(site.id, labelPriority({ status: site.status, selected }))}>{label}</span>
      </Tooltip>
    </Marker>
  );
}

function latLngsOf(polygon: Polygon): L.LatLngExpression[][] {
  return polygon.coordinates.map((ring) => ring.slice(0, -1).map(([lon, lat]) => [lat, lon] as [number, number]));
}

/** The layer's outline as the document would store it, to tell a real change from an echo of one's own drag. */
function sameOutline(layer: L.Polygon, polygon: Polygon): boolean {
  const current = (layer.toGeoJSON().geometry as Polygon).coordinates[0] ?? [];
  const wanted = polygon.coordinates[0] ?? [];
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-7;
  return current.length === wanted.length && current.every(([lon, lat], index) => close(lon, wanted[index][0]) && close(lat, wanted[index][1]));
}

/**
 * A polygon site, drawn with Leaflet directly (not react-leaflet's Polygon) so
 * that its shape is only set from the document when it really changed and
 * this member is not dragging it: geoman's handles then stay under the pointer.
 * Its outline is in the tab order as a button named like its marker would be.
 */
function SitePolygon({ site, selected, layers }: SiteShapeProps & { layers: SiteLayers }) {
  const map = useMap();
  const { t } = useTranslation();
  const { selectInPlace } = useMapPage();
  const label = useSiteLabel(site);
  const geometry = site.geometry as Polygon;
  const layerRef = useRef<L.Polygon | null>(null);
  const select = useRef(selectInPlace);
  select.current = selectInPlace;

  useEffect(() => {
    const layer = L.polygon([], { bubblingMouseEvents: false, className: "site-polygon" });
    layer.on("click", () => select.current(site.id));
    layer.addTo(map);
    const element = layer.getElement() as SVGElement | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isActivation(event)) return;
      event.preventDefault();
      select.current(site.id);
    };
    if (element) {
      element.setAttribute("tabindex", "0");
      element.setAttribute("role", "button");
      element.addEventListener("keydown", onKeyDown);
    }
    layers.polygons.set(site.id, layer);
    layerRef.current = layer;
    return () => {
      element?.removeEventListener("keydown", onKeyDown);
      layers.polygons.delete(site.id);
      layer.remove();
      layerRef.current = null;
    };
  }, [map, layers, site.id]);

  const accessibleName = t("siteMap.markerLabel", { name: site.name });
  useEffect(() => {
    layerRef.current?.getElement()?.setAttribute("aria-label", accessibleName);
  }, [accessibleName]);

  const outline = JSON.stringify(geometry.coordinates);
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || layers.gestureSiteId === site.id || sameOutline(layer, geometry)) return;
    const empty = layer.getLatLngs().flat().length === 0;
    layer.setLatLngs(latLngsOf(geometry));
    if (!empty) layer.fire(reshapedFromDocument);
    // The shape by content: a new object with the same corners is no change.
  }, [outline, layers, site.id]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.setStyle(polygonStyle(site.status, selected));
    layer.unbindTooltip();
    // A DOM node, never the string: Leaflet would parse a string as HTML (a site's name is anyone's text).
    const labelElement = textElement(label);
    for (const [name, value] of Object.entries(siteLabelData(site.id, labelPriority({ status: site.status, selected })))) labelElement.setAttribute(name, value);
    layer.bindTooltip(labelElement, { permanent: true, direction: "center", className: labelClassName(site.status, selected) });
  }, [site.id, site.status, selected, label]);
  return null;
}

/**
 * Every site's shape, and geoman's tools while a planner draws an area or
 * reshapes one (loaded only then).
 *
 * @example
 * <MapContainer><SitesMapLayer /></MapContainer>
 */
export function SitesMapLayer() {
  const { sites, selectedId } = useMapPage();
  const editing = useSiteEditing();
  const layers = useRef<SiteLayers>({ polygons: new Map(), gestureSiteId: null }).current;
  const { reshaping } = editing;
  return (
    <>
      {sites.map((site) =>
        site.geometry.type === "Polygon" ? (
          <SitePolygon key={site.id} site={site} selected={site.id === selectedId} layers={layers} />
        ) : (
          <SiteMarker key={site.id} site={site} selected={site.id === selectedId} />
        ),
      )}
      {/* Geoman loads only when these first render: a planner draws an area or reshapes one. */}
      {editing.drawing === "polygon" ? (
        <DrawPolygon onState={editing.setToolsState} onDrawn={(polygon) => editing.create("", polygon)} onEnd={editing.drawingEnded} />
      ) : null}
      {reshaping ? (
        <ReshapeSite
          key={`${reshaping.siteId}:${reshaping.mode}`}
          siteId={reshaping.siteId}
          mode={reshaping.mode}
          layers={layers}
          onState={editing.setToolsState}
          onGestureStart={editing.history.newStep}
          onReshape={editing.reshape}
        />
      ) : null}
    </>
  );
}
