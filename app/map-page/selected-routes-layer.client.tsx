import { CircleMarker, Polyline, Tooltip } from "react-leaflet";
import { everydayCategories } from "../geo/types";
import { useMapPage } from "./map-page-context";

/**
 * The selected site's walking routes to the nearest everyday destinations and
 * its risky shortcuts (inside MapContainer). The routes are drawing only, not
 * controls: out of the tab order and the pointer's way (the side panel lists
 * them); a shortcut names its barrier on hover.
 */
export function SelectedRoutesLayer() {
  const { assessments, selectedId } = useMapPage();
  const assessment = selectedId ? assessments.get(selectedId) : undefined;
  if (!assessment) return null;
  return (
    <>
      {everydayCategories.map((category) => {
        const nearest = assessment.nearest[category];
        if (!nearest) return null;
        return (
          <Polyline
            key={category}
            positions={nearest.route.coordinates.map(([lon, lat]) => [lat, lon] as [number, number])}
            pathOptions={{ color: "#0a7d3b", weight: 4, dashArray: category === "busStop" ? "6 6" : undefined, interactive: false }}
            className="selected-route"
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
