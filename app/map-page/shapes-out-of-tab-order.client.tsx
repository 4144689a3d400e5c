import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";

/**
 * Keeps the map's drawn shapes out of the tab order (inside MapContainer).
 * Leaflet listens for focus on every shape with a tooltip (to open it on
 * focus), and Chromium makes an SVG element with focus listeners focusable, so
 * each barrier, area of concern, shortcut and point was a tab stop with no
 * name. Their words are in the side panel and the table; the only shapes a
 * keyboard stops at are the area sites, which make themselves named buttons
 * (tabindex 0 after they are added).
 */
export function ShapesOutOfTabOrder() {
  const map = useMap();
  useEffect(() => {
    const leaveOut = (layer: L.Layer) => {
      if (!(layer instanceof L.Path)) return;
      const element = layer.getElement();
      if (element && element.getAttribute("role") !== "button") element.setAttribute("tabindex", "-1");
    };
    map.eachLayer(leaveOut);
    const added = (event: L.LayerEvent) => leaveOut(event.layer);
    map.on("layeradd", added);
    return () => {
      map.off("layeradd", added);
    };
  }, [map]);
  return null;
}
