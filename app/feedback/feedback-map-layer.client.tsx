/** Comment pins on the map (inside MapContainer). */
export function FeedbackMapLayer() {
  return null;
}
