/** The engine must run in a browser Web Worker: engine files import only each other and browser-safe packages. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// zod checks tag-mapping overrides (pure JavaScript, already in the browser bundle for the forms).
const allowed = [/^\.\//, /^geojson$/, /^flatbush$/, /^zod$/, /^@turf\/(point-on-feature|boolean-point-in-polygon)$/];

describe("browser safety", () => {
  it("engine files import no Node modules, React or database code", () => {
    const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(join(import.meta.dirname, file), "utf8");
      for (const [, specifier] of source.matchAll(/from "([^"]+)"/g)) {
        expect(allowed.some((pattern) => pattern.test(specifier)), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });
});
