/** Points added by hand: destinations and existing supported-housing units. */
export function ReferencePointsPanel() {
  return null;
}
