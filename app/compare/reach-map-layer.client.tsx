/** The selected site's reachable network within 5, 10 and 15 minutes (inside MapContainer). */
export function ReachMapLayer() {
  return null;
}
