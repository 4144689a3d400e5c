/**
 * Areas of concern on the map (inside MapContainer), for the roles allowed to
 * see them: dashed outlines with a light fill and the name as a tooltip. While
 * the police draw, geoman is loaded (only then, with import()) and its polygon
 * tool hands the finished shape to the panel, where it gets a name.
 */
import type { Polygon as GeoJsonPolygon } from "geojson";
import type L from "leaflet";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Polygon, Tooltip, useMap } from "react-leaflet";
import { polygonFrom } from "../sites/site-position";
import { useConcernsContext } from "./use-concerns";

const areaStyle: L.PathOptions = {
  color: "#7a2e8e",
  weight: 3,
  dashArray: "10 6",
  fillColor: "#7a2e8e",
  fillOpacity: 0.12,
};

/** Loads geoman and keeps the map in polygon-drawing mode until a shape is finished or drawing stops. */
function DrawArea({ onDrawn }: { onDrawn(polygon: GeoJsonPolygon): void }) {
  const map = useMap();
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    const start = async () => {
      await import("@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css");
      await import("@geoman-io/leaflet-geoman-free");
      if (cancelled) return;
      // Geoman gives maps made after it loaded their `pm`; this one was made before.
      const geoman = (window as unknown as { L: { PM: { Map: new (map: L.Map) => L.PM.PMMap } } }).L.PM;
      if (!map.pm) map.pm = new geoman.Map(map);
      const created = (event: { layer: L.Layer }) => {
        const layer = event.layer as L.Polygon;
        const ring = layer.getLatLngs()[0] as L.LatLng[];
        map.removeLayer(layer);
        drawn.current(polygonFrom(ring.map((point) => [point.lng, point.lat])));
      };
      map.on("pm:create", created);
      map.pm.enableDraw("Polygon", { snappable: false, continueDrawing: false, tooltips: true });
      map.getContainer().classList.add("site-map--adding");
      stop = () => {
        map.off("pm:create", created);
        map.pm.disableDraw();
        map.getContainer().classList.remove("site-map--adding");
      };
    };
    start().catch((error: unknown) => console.error("Could not load the drawing tools", error));
    return () => {
      cancelled = true;
      stop();
    };
  }, [map]);
  return null;
}

export function ConcernsMapLayer() {
  const { t } = useTranslation();
  const concerns = useConcernsContext();
  const { setDrawn, setDrawing } = concerns;
  if (!concerns.visible) return null;
  return (
    <>
      {concerns.list.map((area) => (
        <Polygon
          key={area.id}
          positions={area.geometry.coordinates.map((ring) => ring.map(([lon, lat]) => [lat, lon] as [number, number]))}
          pathOptions={areaStyle}
          // Set at creation only (Leaflet's setStyle ignores a class name).
          className="concern-area"
          // Never editable or a snapping target in anyone's geoman mode (sites are drawn with it too).
          pmIgnore
          snapIgnore
        >
          <Tooltip sticky>{t("concerns.layerLabel", { name: area.name })}</Tooltip>
        </Polygon>
      ))}
      {concerns.editable && concerns.drawing ? (
        <DrawArea
          onDrawn={(polygon) => {
            setDrawn(polygon);
            setDrawing(false);
          }}
        />
      ) : null}
    </>
  );
}
