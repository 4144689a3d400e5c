/** Areas of concern on the map (inside MapContainer), for the roles allowed to see them. */
export function ConcernsMapLayer() {
  return null;
}
