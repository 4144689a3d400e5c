export type BoxField = "west" | "south" | "east" | "north";
export const boxFields: BoxField[] = ["west", "south", "east", "north"];

/**
 * Four decimal degrees (comma or point) as "w,s,e,n", or null when they do not make a box.
 *
 * @example
 * parseBoundingBox({ west: "10,39", south: "63.41", east: "10.41", north: "63.43" }); // "10.39,63.41,10.41,63.43"
 */
export function parseBoundingBox(values: Record<BoxField, string>): string | null {
  const [west, south, east, north] = boxFields.map((field) => Number(values[field].trim().replace(",", ".")));
  const filled = boxFields.every((field) => values[field].trim() !== "");
  if (!filled || ![west, south, east, north].every(Number.isFinite)) return null;
  if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > 90 || Math.abs(north) > 90 || west >= east || south >= north) return null;
  return [west, south, east, north].join(",");
}

