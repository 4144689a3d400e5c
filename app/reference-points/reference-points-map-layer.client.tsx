/** Points added by hand on the map (inside MapContainer). */
export function ReferencePointsMapLayer() {
  return null;
}
