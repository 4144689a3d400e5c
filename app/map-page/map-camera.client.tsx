/**
 * Where the map looks (inside MapContainer): fitted to the data once when it
 * first arrives, and up close on a site when the page asks for it.
 */
import type { Polygon } from "geojson";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { sitePosition } from "../sites/site-position";
import { useMapPage } from "./map-page-context";

/** Fits the map to the reference data (or sites) once, when they first arrive. */
export function FitOnce() {
  const { reference, sites } = useMapPage();
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

function latLngsOf(polygon: Polygon): L.LatLngExpression[][] {
  return polygon.coordinates.map((ring) => ring.slice(0, -1).map(([lon, lat]) => [lat, lon] as [number, number]));
}

/** Shows a site up close when asked to (chosen in the list, or just added), so it can be read and dragged. */
export function FocusSite() {
  const { focus, sites } = useMapPage();
  const map = useMap();
  const sitesNow = useRef(sites);
  sitesNow.current = sites;
  useEffect(() => {
    const site = focus ? sitesNow.current.find((candidate) => candidate.id === focus.siteId) : undefined;
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
