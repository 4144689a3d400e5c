/**
 * Where the map looks (inside MapContainer): fitted to the data once when it
 * first arrives; a selected site is brought into view without losing the
 * others (decision 014); and the map follows its container's size (the panel
 * collapsed, a tab shown again, the window resized).
 */
import type { Polygon } from "geojson";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { sitePosition } from "../sites/site-position";
import type { Site } from "../sites/site-document";
import { useMapPage } from "./map-page-context";

/** Room kept free at the map's edges (px), so a site is never read under a control or a label cut in half. */
const edge = 48;

/**
 * How much of the map's bottom the page covers (the phone's bottom sheet,
 * marked `data-map-overlay`), in pixels, at most 60 % of the map's height.
 */
function coveredBottom(map: L.Map): number {
  const container = map.getContainer().getBoundingClientRect();
  let covered = 0;
  for (const overlay of document.querySelectorAll<HTMLElement>("[data-map-overlay]")) {
    if (overlay.hidden) continue;
    const rect = overlay.getBoundingClientRect();
    const across = rect.left < container.right && rect.right > container.left;
    if (across && rect.top < container.bottom && rect.bottom > container.top) covered = Math.max(covered, container.bottom - Math.max(rect.top, container.top));
  }
  return Math.min(covered, container.height * 0.6);
}

/** Padding for fitBounds that keeps the data clear of the edges and of what covers the map. */
function fitPadding(map: L.Map): L.FitBoundsOptions {
  return { paddingTopLeft: [edge, edge], paddingBottomRight: [edge, edge + coveredBottom(map)] };
}

/** The part of the map a site can be seen in, in container pixels: the view less the edges and what covers it. */
function paddedView(map: L.Map): { left: number; top: number; right: number; bottom: number } {
  const size = map.getSize();
  const left = Math.min(edge, size.x / 4);
  const top = Math.min(edge, size.y / 4);
  return { left, top, right: size.x - left, bottom: Math.max(top + 1, size.y - top - coveredBottom(map)) };
}

/** `view` moved in by `share` of its size on each side, but never smaller than `room` (the site's own size). */
function insetBy(view: ReturnType<typeof paddedView>, share: number, room: { width: number; height: number }): ReturnType<typeof paddedView> {
  const x = Math.max(0, Math.min((view.right - view.left) * share, (view.right - view.left - room.width) / 2));
  const y = Math.max(0, Math.min((view.bottom - view.top) * share, (view.bottom - view.top - room.height) / 2));
  return { left: view.left + x, right: view.right - x, top: view.top + y, bottom: view.bottom - y };
}

/** How far to pan (px) so `target` lies inside `view`, along one axis: nothing when it is inside already. */
function shiftInto(low: number, high: number, viewLow: number, viewHigh: number): number {
  if (low < viewLow) return low - viewLow;
  if (high > viewHigh) return high - viewHigh;
  return 0;
}

function latLngsOf(polygon: Polygon): L.LatLngExpression[][] {
  return polygon.coordinates.map((ring) => ring.slice(0, -1).map(([lon, lat]) => [lat, lon] as [number, number]));
}

function boundsOf(site: Site): L.LatLngBounds {
  if (site.geometry.type === "Polygon") return L.polygon(latLngsOf(site.geometry)).getBounds();
  const position = sitePosition(site);
  return L.latLngBounds([position.lat, position.lon], [position.lat, position.lon]);
}

/** Fits the map to the reference data (or sites) once, when they first arrive. */
export function FitOnce() {
  const { reference, sites } = useMapPage();
  const map = useMap();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    const bounds = L.latLngBounds([]);
    if (reference && reference.features.length > 0) bounds.extend(L.geoJSON(reference).getBounds());
    for (const site of sites) bounds.extend(boundsOf(site));
    if (!bounds.isValid()) return;
    done.current = true;
    map.fitBounds(bounds, { ...fitPadding(map), maxZoom: 17 });
  }, [map, reference, sites]);
  return null;
}

/**
 * Brings a site into view when asked to (chosen in the list, or just added),
 * keeping the others in view: nothing moves when it is already in the padded
 * view; otherwise the map pans to it at the same zoom, and zooms out only as
 * far as needed to hold it together with the other sites.
 */
export function FocusSite() {
  const { focus, sites } = useMapPage();
  const map = useMap();
  const sitesNow = useRef(sites);
  sitesNow.current = sites;
  useEffect(() => {
    const site = focus ? sitesNow.current.find((candidate) => candidate.id === focus.siteId) : undefined;
    if (!site) return;
    // A pan still gliding after a drag would carry the map away again.
    map.stop();
    const target = boundsOf(site);
    const view = paddedView(map);
    const northWest = map.latLngToContainerPoint(target.getNorthWest());
    const southEast = map.latLngToContainerPoint(target.getSouthEast());
    const fits = southEast.x - northWest.x <= view.right - view.left && southEast.y - northWest.y <= view.bottom - view.top;
    if (fits) {
      if (northWest.x >= view.left && southEast.x <= view.right && northWest.y >= view.top && southEast.y <= view.bottom) return;
      // The same zoom, moved until it is a fifth of the view in from the edge it was beyond (its label readable),
      // or as far as it fits: the others around it stay where they can.
      const inner = insetBy(view, 0.2, { width: southEast.x - northWest.x, height: southEast.y - northWest.y });
      const dx = shiftInto(northWest.x, southEast.x, inner.left, inner.right);
      const dy = shiftInto(northWest.y, southEast.y, inner.top, inner.bottom);
      map.panBy([dx, dy], { animate: false });
      return;
    }
    // Too big for this zoom (an area seen from close by): out until it fits, with the other sites.
    const all = L.latLngBounds([]);
    for (const other of sitesNow.current) all.extend(boundsOf(other));
    all.extend(target);
    map.fitBounds(all, { ...fitPadding(map), maxZoom: 17, animate: false });
  }, [map, focus]);
  return null;
}

/** Tells Leaflet when its container changes size (the panel collapsed or shown, a tab shown again), so tiles and clicks line up. */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    let frame: number | null = null;
    const observer = new ResizeObserver(() => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        // A hidden tab has no size; wait until it is shown again.
        if (container.clientWidth > 0 && container.clientHeight > 0) map.invalidateSize({ pan: false });
      });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [map]);
  return null;
}
