import { useEffect } from "react";
import { useMapEvents } from "react-leaflet";
import { useSiteEditing } from "../sites/site-editing";
import { choosePlace, usePlacingAny } from "./map-placement";

/**
 * A click on the map itself (inside MapContainer): a place chosen for a form
 * (a point, a comment pin) first, else a new point site while a planner adds one.
 */
export function MapClicks() {
  const placing = usePlacingAny();
  const { drawing, addPoint } = useSiteEditing();
  const adding = drawing === "point";
  const map = useMapEvents({
    click(event) {
      const position = { lat: event.latlng.lat, lon: event.latlng.lng };
      if (placing) choosePlace(position);
      else if (adding) addPoint({ name: "", ...position });
    },
  });
  useEffect(() => {
    map.getContainer().classList.toggle("site-map--adding", adding || placing);
  }, [map, adding, placing]);
  return null;
}
