/**
 * The Leaflet map of a project's sites (client-only: Leaflet needs `window`).
 * Loaded with React.lazy from site-workspace.tsx, so neither the server nor
 * the other pages carry Leaflet. Tiles need internet; without them the data
 * layers still draw on the plain background.
 */
import "leaflet/dist/leaflet.css";
import type { FeatureCollection, Polygon } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CircleMarker, LayersControl, MapContainer, Marker, Polyline, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { ReachMapLayer } from "../compare/reach-map-layer.client";
import { ConcernsMapLayer } from "../concerns/concerns-map-layer.client";
import { FeedbackMapLayer } from "../feedback/feedback-map-layer.client";
import { everydayCategories, type SiteAssessment } from "../geo/types";
import { ReferencePointsMapLayer } from "../reference-points/reference-points-map-layer.client";
import { textElement, textIcon } from "../map-page/map-text.client";
import { baseMaps } from "./base-maps";
import { DrawPolygon, reshapedFromDocument, ReshapeSite, type DrawingToolsState, type ReshapeMode, type SiteLayers } from "./drawing-tools.client";
import { choosePlace, usePlacingAny } from "./map-placement";
import type { MapPresenceControls } from "./map-presence";
import { MapPresenceLayer } from "./map-presence-layer.client";
import type { Site, SiteStatus } from "./site-document";
import { sitePosition } from "./site-position";

export interface SiteMapProps {
  reference: FeatureCollection | null;
  sites: Site[];
  assessments: Map<string, SiteAssessment>;
  selectedId: string | null;
  onSelect(id: string): void;
  editable: boolean;
  /** "point": a click on the map adds a site there; "polygon": clicks draw its corners (geoman). */
  drawing: "point" | "polygon" | null;
  onAddAt(position: { lat: number; lon: number }): void;
  onDrawn(polygon: Polygon): void;
  onDrawingEnd(): void;
  onMove(id: string, position: { lat: number; lon: number }): void;
  /** The polygon site whose corners or position are being changed on the map (geoman), and how. */
  reshaping: { siteId: string; mode: ReshapeMode } | null;
  onReshape(id: string, polygon: Polygon): void;
  /** A drag starts (a marker, a corner, an area): a new undo step. */
  onGestureStart(): void;
  onToolsState(state: DrawingToolsState): void;
  presence: MapPresenceControls;
  /** Changes when the map should show a site up close (chosen in the list, or just added). */
  focus: { siteId: string; request: number } | null;
}

/** Norway, until there is data to fit the map to. */
const overview: L.LatLngExpression = [64.5, 12];

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

function useSiteLabel(site: Site): string {
  const { t } = useTranslation();
  return t("siteEditor.onMap", { name: site.name, status: t(`siteEditor.status.${site.status}`) });
}

/** Fits the map to the reference data (or sites) once, when they first arrive. */
function FitOnce({ reference, sites }: { reference: FeatureCollection | null; sites: Site[] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    const bounds = L.latLngBounds([]);
    if (reference && reference.features.length > 0) bounds.extend(L.geoJSON(reference).getBounds());
    for (const site of sites) {
      const position = sitePosition(site);
      bounds.extend([position.lat, position.lon]);
    }
    if (!bounds.isValid()) return;
    done.current = true;
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
  }, [map, reference, sites]);
  return null;
}

/** Shows a site up close when asked to, so it can be read and dragged. */
function FocusSite({ focus, sites }: { focus: SiteMapProps["focus"]; sites: Site[] }) {
  const map = useMap();
  const siteRef = useRef(sites);
  siteRef.current = sites;
  useEffect(() => {
    const site = focus ? siteRef.current.find((candidate) => candidate.id === focus.siteId) : undefined;
    if (!site) return;
    if (site.geometry.type === "Polygon") {
      // The whole area with room around it, so its corners can be reached and it can be dragged.
      map.fitBounds(L.polygon(latLngsOf(site.geometry)).getBounds(), { padding: [80, 80], maxZoom: 17, animate: false });
      return;
    }
    const position = sitePosition(site);
    map.setView([position.lat, position.lon], Math.max(map.getZoom(), 16), { animate: false });
  }, [map, focus]);
  return null;
}

/** A click on the map: a place chosen for a form (a point, a comment pin) first, else a new site while adding. */
function MapClicks({ adding, onAddAt }: { adding: boolean; onAddAt: SiteMapProps["onAddAt"] }) {
  const placing = usePlacingAny();
  const map = useMapEvents({
    click(event) {
      const position = { lat: event.latlng.lat, lon: event.latlng.lng };
      if (placing) choosePlace(position);
      else if (adding) onAddAt(position);
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle("site-map--adding", adding || placing);
  }, [map, adding, placing]);
  return null;
}

interface SiteShapeProps {
  site: Site;
  selected: boolean;
  editable: boolean;
  onSelect(id: string): void;
  onMove: SiteMapProps["onMove"];
  onGestureStart(): void;
}

function SiteMarker({ site, selected, editable, onSelect, onMove, onGestureStart }: SiteShapeProps) {
  const { t } = useTranslation();
  const label = useSiteLabel(site);
  const position = sitePosition(site);
  const frame = useRef<number | null>(null);
  const icon = useMemo(() => siteIcon(site.status, selected), [site.status, selected]);
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => onSelect(site.id),
      dragstart: () => onGestureStart(),
      // Move the shared site while dragging (at most once a frame), so others and the assessment follow live.
      drag: (event) => {
        const latlng = (event.target as L.Marker).getLatLng();
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          onMove(site.id, { lat: latlng.lat, lon: latlng.lng });
        });
      },
      dragend: (event) => {
        if (frame.current !== null) cancelAnimationFrame(frame.current);
        frame.current = null;
        const latlng = (event.target as L.Marker).getLatLng();
        onMove(site.id, { lat: latlng.lat, lon: latlng.lng });
      },
    }),
    [site.id, onSelect, onMove, onGestureStart],
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
      <Tooltip direction="top" offset={[0, -10]} permanent>
        {label}
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
 */
function SitePolygon({ site, selected, onSelect, layers }: SiteShapeProps & { layers: SiteLayers }) {
  const map = useMap();
  const label = useSiteLabel(site);
  const geometry = site.geometry as Polygon;
  const layerRef = useRef<L.Polygon | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const layer = L.polygon([], { bubblingMouseEvents: false, className: "site-polygon" });
    layer.on("click", () => select.current(site.id));
    layer.addTo(map);
    layers.polygons.set(site.id, layer);
    layerRef.current = layer;
    return () => {
      layers.polygons.delete(site.id);
      layer.remove();
      layerRef.current = null;
    };
  }, [map, layers, site.id]);

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
    layer.bindTooltip(textElement(label), { permanent: true, direction: "center", className: `site-label site-label--${site.status}` });
  }, [site.status, selected, label]);
  return null;
}

function SelectedRoutes({ assessment }: { assessment: SiteAssessment }) {
  return (
    <>
      {everydayCategories.map((category) => {
        const nearest = assessment.nearest[category];
        if (!nearest) return null;
        return (
          <Polyline
            key={category}
            positions={nearest.route.coordinates.map(([lon, lat]) => [lat, lon] as [number, number])}
            pathOptions={{ color: "#0a7d3b", weight: 4, dashArray: category === "busStop" ? "6 6" : undefined }}
          />
        );
      })}
      {assessment.shortcuts.map((shortcut, index) => (
        <CircleMarker
          key={`${shortcut.category}-${index}`}
          center={[shortcut.crossing[1], shortcut.crossing[0]]}
          radius={8}
          pathOptions={{ color: "#c8102e", weight: 3, fillColor: "#ffd400", fillOpacity: 1 }}
        >
          <Tooltip>{shortcut.barrierName ?? shortcut.barrier}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}

export default function SiteMap(props: SiteMapProps) {
  const { t } = useTranslation();
  const { reference, sites, assessments, selectedId, editable, drawing, reshaping } = props;
  const selected = selectedId ? assessments.get(selectedId) : undefined;
  const layers = useRef<SiteLayers>({ polygons: new Map(), gestureSiteId: null }).current;
  return (
    <section className="site-map-frame" data-testid="site-map" aria-label={t("siteMap.title")}>
      <MapContainer center={overview} zoom={4} className="site-map">
        <LayersControl position="topright">
          {baseMaps.map((baseMap, index) => (
            <LayersControl.BaseLayer key={baseMap.id} name={t(`siteMap.${baseMap.id}`)} checked={index === 0}>
              <TileLayer url={baseMap.url} attribution={baseMap.attribution} maxZoom={19} />
            </LayersControl.BaseLayer>
          ))}
        </LayersControl>
        <ReachMapLayer />
        <ConcernsMapLayer />
        <ReferencePointsMapLayer />
        {selected ? <SelectedRoutes assessment={selected} /> : null}
        {sites.map((site) => {
          const shape = { site, selected: site.id === selectedId, editable, onSelect: props.onSelect, onMove: props.onMove, onGestureStart: props.onGestureStart };
          return site.geometry.type === "Polygon" ? <SitePolygon key={site.id} {...shape} layers={layers} /> : <SiteMarker key={site.id} {...shape} />;
        })}
        <FeedbackMapLayer />
        <MapPresenceLayer presence={props.presence} />
        <FitOnce reference={reference} sites={sites} />
        <FocusSite focus={props.focus} sites={sites} />
        <MapClicks adding={editable && drawing === "point"} onAddAt={props.onAddAt} />
        {/* Geoman loads only when these first render: a planner draws an area or reshapes one. */}
        {editable && drawing === "polygon" ? <DrawPolygon onState={props.onToolsState} onDrawn={props.onDrawn} onEnd={props.onDrawingEnd} /> : null}
        {editable && reshaping ? (
          <ReshapeSite
            key={`${reshaping.siteId}:${reshaping.mode}`}
            siteId={reshaping.siteId}
            mode={reshaping.mode}
            layers={layers}
            onState={props.onToolsState}
            onGestureStart={props.onGestureStart}
            onReshape={props.onReshape}
          />
        ) : null}
      </MapContainer>
    </section>
  );
}
