/**
 * Keeps the sites' labels from overlapping (inside MapContainer, client-only):
 * after every zoom, move, resize or change of the labels, it measures each
 * site label on the screen and hides those that lose to a label of higher
 * priority or lies under one of the map's controls (placeLabels). The marker or outline stays, and the panel's list
 * and the comparison still name the site.
 */
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { placeLabels, type LabelBox } from "./site-label-layout";

/** The class a crowded-out label gets (hidden, still measured next time). */
const crowded = "site-label--crowded";

/**
 * The attributes a site's label text carries, so the layout knows whose label
 * it is and how much it matters.
 *
 * @example
 * <span {...siteLabelData(site.id, labelPriority({ status, selected }))}>{label}</span>
 */
export function siteLabelData(siteId: string, priority: number): { "data-site-label": string; "data-label-priority": string } {
  return { "data-site-label": siteId, "data-label-priority": String(priority) };
}

function layOut(pane: HTMLElement): void {
  // A map in a hidden tab has no size: keep the last layout until it is shown again.
  const container = pane.closest<HTMLElement>(".leaflet-container");
  if (!container || container.clientWidth === 0 || container.clientHeight === 0) return;
  const labels: Array<{ element: HTMLElement; box: LabelBox }> = [];
  for (const text of pane.querySelectorAll<HTMLElement>("[data-site-label]")) {
    const element = text.closest<HTMLElement>(".leaflet-tooltip");
    if (!element) continue;
    const rect = element.getBoundingClientRect();
    const box = { id: text.dataset.siteLabel ?? "", priority: Number(text.dataset.labelPriority ?? 9), left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    labels.push({ element, box });
  }
  // The map's controls (zoom, layers, the legend) come first: a label under one could not be read.
  const controls = [...container.querySelectorAll<HTMLElement>(".leaflet-control")].map((control, index) => {
    const rect = control.getBoundingClientRect();
    return { id: `control:${index}`, priority: -1, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
  });
  const shown = placeLabels(
    labels.map((label) => label.box),
    2,
    controls,
  );
  for (const { element, box } of labels) element.classList.toggle(crowded, !shown.has(box.id));
}

/**
 * @example
 * <MapContainer><SitesMapLayer /><SiteLabels /></MapContainer>
 */
export function SiteLabels() {
  const map = useMap();
  useEffect(() => {
    const pane = map.getPane("tooltipPane");
    if (!pane) return;
    let frame: number | null = null;
    const schedule = () => {
      if (frame === null) {
        frame = requestAnimationFrame(() => {
          frame = null;
          layOut(pane);
        });
      }
    };
    // Labels come and go (a site added, a status changed) and move (a marker dragged, a zoom).
    const observer = new MutationObserver(schedule);
    observer.observe(pane, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["style", "data-label-priority"] });
    map.on("zoomend moveend resize", schedule);
    schedule();
    return () => {
      observer.disconnect();
      map.off("zoomend moveend resize", schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [map]);
  return null;
}
