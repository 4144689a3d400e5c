/**
 * The workshop's Leaflet map (client-only, loaded with React.lazy): on the console it drives the
 * room (its view goes out on the awareness), on the shared screen it follows the facilitator's
 * view. It draws the sites from the plan document, the spotlit one outlined, and the place
 * someone pointed to. Labels are React text in Leaflet tooltips, never HTML (decision 011).
 */
import "leaflet/dist/leaflet.css";
import type L from "leaflet";
import { useEffect, useRef } from "react";
import { CircleMarker, MapContainer, Polygon, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import type { Site } from "../sites/site-document";
import { baseMaps } from "../sites/base-maps";
import { sitePosition } from "../sites/site-position";
import type { AttentionPointer } from "./use-workshop-events";

export interface MapViewValue {
  lat: number;
  lon: number;
  zoom: number;
}

export interface WorkshopMapProps {
  sites: Site[];
  spotlitSiteId: string | null;
  /** Follow this view (the screen); leave it null to let the map be moved (the console). */
  follow?: MapViewValue | null;
  /** Change it to move the map to a site (the console's "Vis for alle"). */
  focus?: { siteId: string; key: number } | null;
  onViewChange?: (view: MapViewValue) => void;
  attention?: AttentionPointer | null;
  attentionLabel?: string;
  /** Bigger lines and labels for the projector, and no controls: nothing on the screen is touched. */
  large?: boolean;
  label: string;
}

const norway: L.LatLngExpression = [64.5, 12];

function latLngs(site: Site): [number, number][] {
  if (site.geometry.type !== "Polygon") return [];
  return (site.geometry.coordinates[0] ?? []).slice(0, -1).map(([lon, lat]) => [lat, lon]);
}

/** Reports the view after each move; fits the sites once when the map starts without a view. */
function ViewReporter({ sites, onViewChange, follow }: Pick<WorkshopMapProps, "sites" | "onViewChange" | "follow">) {
  const map = useMap();
  const report = useRef(onViewChange);
  report.current = onViewChange;
  const fitted = useRef(false);
  const send = () => {
    const centre = map.getCenter();
    report.current?.({ lat: centre.lat, lon: centre.lng, zoom: map.getZoom() });
  };
  useMapEvents({ moveend: send, zoomend: send, move: send });
  useEffect(() => {
    if (fitted.current || follow || sites.length === 0) return;
    fitted.current = true;
    const points = sites.flatMap((site) => (site.geometry.type === "Polygon" ? latLngs(site) : [[sitePosition(site).lat, sitePosition(site).lon] as [number, number]]));
    map.fitBounds(points, { padding: [48, 48], maxZoom: 16, animate: false });
    send();
    // Once, when the sites first arrive.
  }, [map, sites.length, follow]);
  return null;
}

function Follow({ view }: { view: MapViewValue | null | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (!view) return;
    map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }, [map, view]);
  return null;
}

function Focus({ focus, sites }: Pick<WorkshopMapProps, "focus" | "sites">) {
  const map = useMap();
  const current = useRef(sites);
  current.current = sites;
  useEffect(() => {
    const site = focus ? current.current.find((candidate) => candidate.id === focus.siteId) : undefined;
    if (!site) return;
    if (site.geometry.type === "Polygon") map.fitBounds(latLngs(site), { padding: [96, 96], maxZoom: 17, animate: false });
    else map.setView([sitePosition(site).lat, sitePosition(site).lon], Math.max(map.getZoom(), 16), { animate: false });
  }, [map, focus]);
  return null;
}

export default function WorkshopMap({ sites, spotlitSiteId, follow, focus, onViewChange, attention, attentionLabel, large = false, label }: WorkshopMapProps) {
  const weight = large ? 4 : 2;
  return (
    <section className={large ? "workshop-map workshop-map--large" : "workshop-map"} aria-label={label} data-testid="workshop-map">
      <MapContainer
        center={follow ? [follow.lat, follow.lon] : norway}
        zoom={follow ? follow.zoom : 4}
        zoomSnap={0}
        className="workshop-map__leaflet"
        zoomControl={!large}
        dragging={!large}
        scrollWheelZoom={!large}
        doubleClickZoom={!large}
        keyboard={!large}
        attributionControl
      >
        <TileLayer url={baseMaps[0].url} attribution={baseMaps[0].attribution} maxZoom={19} />
        {sites.map((site) => {
          const spotlit = site.id === spotlitSiteId;
          const colour = spotlit ? "#b3261e" : "#1e4d8c";
          const tooltip = (
            <Tooltip permanent direction="top" className={spotlit ? "workshop-map__label workshop-map__label--spotlit" : "workshop-map__label"}>
              {site.name}
            </Tooltip>
          );
          if (site.geometry.type === "Polygon") {
            return (
              <Polygon key={site.id} positions={latLngs(site)} pathOptions={{ color: colour, weight: spotlit ? weight * 2 : weight, fillOpacity: spotlit ? 0.25 : 0.1 }} interactive={false}>
                {tooltip}
              </Polygon>
            );
          }
          const { lat, lon } = sitePosition(site);
          return (
            <CircleMarker key={site.id} center={[lat, lon]} radius={spotlit ? 16 : 10} pathOptions={{ color: colour, weight: spotlit ? weight * 2 : weight, fillOpacity: 0.6 }} interactive={false}>
              {tooltip}
            </CircleMarker>
          );
        })}
        {attention ? (
          <CircleMarker key={attention.key} center={[attention.lat, attention.lon]} radius={large ? 40 : 20} pathOptions={{ color: "#7a1fa2", weight: large ? 8 : 4, fillOpacity: 0.15 }} interactive={false}>
            {attentionLabel ? (
              <Tooltip permanent direction="right" className="workshop-map__label workshop-map__label--attention">
                {attentionLabel}
              </Tooltip>
            ) : null}
          </CircleMarker>
        ) : null}
        <ViewReporter sites={sites} onViewChange={onViewChange} follow={follow} />
        <Follow view={follow} />
        <Focus focus={focus} sites={sites} />
      </MapContainer>
    </section>
  );
}
