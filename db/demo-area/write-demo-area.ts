/**
 * Writes `area.geojson` and `sites.geojson` next to this file from `demo-area.ts`:
 * `npx tsx db/demo-area/write-demo-area.ts`. The seed uses the module itself; the files are for the
 * command line and for reading. A test checks that they match the module.
 */
import { writeFileSync } from "node:fs";
import { demoArea, demoSitesCollection } from "./demo-area";

export const demoAreaFile = new URL("./area.geojson", import.meta.url);
export const demoSitesFile = new URL("./sites.geojson", import.meta.url);

export function demoFileText(data: unknown): string {
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  writeFileSync(demoAreaFile, demoFileText(demoArea()));
  writeFileSync(demoSitesFile, demoFileText(demoSitesCollection()));
}
