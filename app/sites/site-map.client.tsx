/**
 * The Leaflet map of a project's sites (client-only: Leaflet needs `window`).
 * Loaded with React.lazy from site-workspace.tsx, so neither the server nor
 * the other pages carry Leaflet. Tiles need internet; without them the data
 * layers still draw on the plain background.
 */
import "leaflet/dist/leaflet.css";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CircleMarker, GeoJSON, LayersControl, MapContainer, Marker, Polyline, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { ReachMapLayer } from "../compare/reach-map-layer.client";
import { ConcernsMapLayer } from "../concerns/concerns-map-layer.client";
import { FeedbackMapLayer } from "../feedback/feedback-map-layer.client";
import { everydayCategories, type SiteAssessment } from "../geo/types";
import { ReferencePointsMapLayer } from "../reference-points/reference-points-map-layer.client";
import { baseMaps } from "./base-maps";
import { sitePosition } from "./site-position";
import type { Site } from "./site-document";

export interface SiteMapProps {
  reference: FeatureCollection | null;
  sites: Site[];
  assessments: Map<string, SiteAssessment>;
  selectedId: string | null;
  onSelect(id: string): void;
  editable: boolean;
  /** While true, a click on the map adds a site there. */
  adding: boolean;
  onAddAt(position: { lat: number; lon: number }): void;
  onMove(id: string, position: { lat: number; lon: number }): void;
  /** Changes when the map should show a site up close (chosen in the list, or just added). */
  focus: { siteId: string; request: number } | null;
}

/** Norway, until there is data to fit the map to. */
const overview: L.LatLngExpression = [64.5, 12];

const barrierStyle: L.PathOptions = { color: "#c8102e", weight: 4, opacity: 0.9 };
const walkingStyle: L.PathOptions = { color: "#55606e", weight: 1.5, opacity: 0.8 };
const otherStyle: L.PathOptions = { color: "#6a4c93", weight: 1, fillOpacity: 0.15 };

function isBarrier(properties: Record<string, unknown>): boolean {
  // Bridges and tunnels carry the line over or under: not a barrier on foot.
  if (properties.bridge === "yes" || properties.tunnel === "yes" || properties.layer) return false;
  if (typeof properties.railway === "string" && ["rail", "light_rail", "narrow_gauge"].includes(properties.railway)) return true;
  if (properties.highway === "motorway" || properties.highway === "trunk") return true;
  return properties.barrier === "noise_barrier" || properties.barrier === "wall" || properties.barrier === "fence";
}

function styleOf(feature: Feature<Geometry, Record<string, unknown> | null> | undefined): L.PathOptions {
  const properties = feature?.properties ?? {};
  if (isBarrier(properties)) return barrierStyle;
  if (typeof properties.highway === "string") return walkingStyle;
  return otherStyle;
}

function destinationMarker(feature: Feature<Geometry, Record<string, unknown> | null>, position: L.LatLng): L.Layer {
  const name = typeof feature.properties?.name === "string" ? feature.properties.name : null;
  const marker = L.circleMarker(position, { radius: 5, color: "#1e5aa8", weight: 2, fillColor: "#ffffff", fillOpacity: 1 });
  if (name) marker.bindTooltip(name);
  return marker;
}

function siteIcon(selected: boolean): L.DivIcon {
  return L.divIcon({
    className: selected ? "site-marker site-marker--selected" : "site-marker",
    html: `<span aria-hidden="true"></span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });
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
    const position = sitePosition(site);
    map.setView([position.lat, position.lon], Math.max(map.getZoom(), 16), { animate: false });
  }, [map, focus]);
  return null;
}

function ClickToAdd({ adding, onAddAt }: { adding: boolean; onAddAt: SiteMapProps["onAddAt"] }) {
  const map = useMapEvents({
    click(event) {
      if (adding) onAddAt({ lat: event.latlng.lat, lon: event.latlng.lng });
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle("site-map--adding", adding);
  }, [map, adding]);
  return null;
}

function SiteMarker({ site, selected, editable, onSelect, onMove }: { site: Site; selected: boolean; editable: boolean; onSelect(id: string): void; onMove: SiteMapProps["onMove"] }) {
  const { t } = useTranslation();
  const position = sitePosition(site);
  const frame = useRef<number | null>(null);
  const icon = useMemo(() => siteIcon(selected), [selected]);
  const handlers = useMemo<L.LeafletEventHandlerFnMap>(
    () => ({
      click: () => onSelect(site.id),
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
    [site.id, onSelect, onMove],
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
        {site.name}
      </Tooltip>
    </Marker>
  );
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
  const { reference, sites, assessments, selectedId } = props;
  const selected = selectedId ? assessments.get(selectedId) : undefined;
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
        {reference ? (
          // Loaded once per page: a GeoJSON layer would not follow later changes to `data`.
          <GeoJSON
            data={reference}
            style={(feature) => styleOf(feature as Feature<Geometry, Record<string, unknown> | null> | undefined)}
            pointToLayer={(feature, position) => destinationMarker(feature as Feature<Geometry, Record<string, unknown> | null>, position)}
          />
        ) : null}
        <ReachMapLayer />
        <ConcernsMapLayer />
        <ReferencePointsMapLayer />
        {selected ? <SelectedRoutes assessment={selected} /> : null}
        {sites.map((site) => (
          <SiteMarker key={site.id} site={site} selected={site.id === selectedId} editable={props.editable} onSelect={props.onSelect} onMove={props.onMove} />
        ))}
        <FeedbackMapLayer />
        <FitOnce reference={reference} sites={sites} />
        <FocusSite focus={props.focus} sites={sites} />
        <ClickToAdd adding={props.adding} onAddAt={props.onAddAt} />
      </MapContainer>
    </section>
  );
}
