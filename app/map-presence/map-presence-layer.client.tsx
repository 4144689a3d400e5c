/**
 * The others' pointers on the map, each labelled with name and role, and this
 * member's own pointer reported to them (the hook throttles it).
 */
import L from "leaflet";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Marker, Tooltip, useMapEvents } from "react-leaflet";
import { textIcon } from "../map-page/map-text.client";
import type { OtherOnMap } from "./map-presence";
import { useMapPresenceControls } from "./map-presence-context";

const pointerIcon = textIcon({ className: "presence-pointer", text: "", iconSize: [14, 14], iconAnchor: [2, 2] });

function OtherPointer({ other }: { other: OtherOnMap & { pointer: NonNullable<OtherOnMap["pointer"]> } }) {
  const { t } = useTranslation();
  const label = t("siteEditor.personWithRole", { name: other.name, role: t(`role.${other.role}`) });
  return (
    <Marker position={[other.pointer.lat, other.pointer.lon]} icon={pointerIcon} interactive={false} keyboard={false}>
      <Tooltip permanent direction="right" offset={[10, 6]} className="presence-label">
        {label}
      </Tooltip>
    </Marker>
  );
}

/** The others' pointers and this member's own reported, inside MapContainer. */
export function MapPresenceLayer() {
  const presence = useMapPresenceControls();
  const { setPointer } = presence;
  const handlers = useMemo(
    () => ({
      mousemove: (event: L.LeafletMouseEvent) => setPointer({ lat: event.latlng.lat, lon: event.latlng.lng }),
      mouseout: () => setPointer(null),
    }),
    [setPointer],
  );
  useMapEvents(handlers);
  return (
    <>
      {presence.others.map((other) => (other.pointer ? <OtherPointer key={other.userId} other={{ ...other, pointer: other.pointer }} /> : null))}
    </>
  );
}
