/**
 * Points added by hand on the map (inside MapContainer): drawn apart from the
 * imported data (orange rings with a name tooltip), and the map click that
 * chooses a point's place while the panel's "place a point" mode is on.
 */
import type L from "leaflet";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { CircleMarker, Tooltip, useMapEvents } from "react-leaflet";
import { choosePlace, usePlacement } from "./point-placement";
import { useManualPoints } from "./reference-points-panel";

const pointStyle: L.PathOptions = { color: "#a04a00", weight: 3, fillColor: "#ffd9b0", fillOpacity: 1 };

function ClickToPlace() {
  const { placing } = usePlacement();
  const map = useMapEvents({
    click(event) {
      if (placing) choosePlace({ lat: event.latlng.lat, lon: event.latlng.lng });
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle("site-map--adding", placing);
  }, [map, placing]);
  return null;
}

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
      <ClickToPlace />
    </>
  );
}
