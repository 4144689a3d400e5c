/**
 * Points added by hand on the map (inside MapContainer): drawn apart from the
 * imported data (orange rings with a name tooltip). The map click that chooses
 * a new point's place is the map's own (app/map-page/map-placement.ts).
 */
import type L from "leaflet";
import { useTranslation } from "react-i18next";
import { CircleMarker, Tooltip } from "react-leaflet";
import { useManualPoints } from "./reference-points-panel";

const pointStyle: L.PathOptions = { color: "#a04a00", weight: 3, fillColor: "#ffd9b0", fillOpacity: 1 };

export function ReferencePointsMapLayer() {
  const { t } = useTranslation();
  const points = useManualPoints();
  return (
    <>
      {points.map((point) => (
        <CircleMarker key={point.id} center={[point.lat, point.lon]} radius={8} pathOptions={pointStyle} className="manual-point" pmIgnore snapIgnore>
          <Tooltip>
            {t("referencePoints.layerLabel", { category: t(`referencePoints.category.${point.category}`), name: point.name })}
            {point.homes !== null ? ` – ${t("referencePoints.homesCount", { count: point.homes })}` : ""}
          </Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
