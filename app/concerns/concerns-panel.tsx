/** The areas-of-concern layer's panel: police draw, police and the municipality see. */
export function ConcernsPanel() {
  return null;
}
