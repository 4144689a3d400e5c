/**
 * The environment is parsed once, at start: a bad value stops the start with a message naming
 * the variable, instead of being read raw (and silently misread) in five places.
 */
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { appConfigOf, ConfigurationError, readConfig } from "../../server/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

function problemsOf(environment: Record<string, string>): string {
  try {
    readConfig(environment);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("the environment, parsed once", () => {
  it("gives defaults for an empty environment, and treats an empty variable as unset", () => {
    const config = readConfig({ OSM_TILE_URL: "", TRUST_PROXY: "" });
    expect(config).toMatchObject({ PORT: 3000, BUILD_DIR: "build", TRUST_PROXY: false, COOKIE_SECURE: false });
    expect(config.PUBLIC_URL).toBeUndefined();
    const app = appConfigOf(config);
    expect(app.publicUrl).toBeNull();
    expect(app.referenceData.maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(app.baseMaps.map((baseMap) => baseMap.id)).toEqual(["osm", "topo"]);
  });

  it("passes good values on to the parts that use them", () => {
    const app = appConfigOf(
      readConfig({
        COOKIE_SECURE: "1",
        PUBLIC_URL: "https://boplan.example.kommune.no/",
        OSM_TILE_URL: "https://tiles.example.kommune.no/osm/{z}/{x}/{y}.png",
        OVERPASS_URL: "http://127.0.0.1:8080/api/interpreter",
        REFERENCE_MAX_UPLOAD_BYTES: "1048576",
      }),
    );
    expect(app.cookieSecure).toBe(true);
    expect(app.publicUrl).toBe("https://boplan.example.kommune.no");
    expect(app.baseMaps[0]?.url).toBe("https://tiles.example.kommune.no/osm/{z}/{x}/{y}.png");
    expect(app.referenceData).toMatchObject({ overpassUrl: "http://127.0.0.1:8080/api/interpreter", maxUploadBytes: 1_048_576 });
  });

  it.each([
    ["PORT", "eighty"],
    ["TRUST_PROXY", "yes"],
    ["COOKIE_SECURE", "true"],
    ["PUBLIC_URL", "boplan.example"],
    ["PUBLIC_URL", "javascript:alert(1)"],
    ["OSM_TILE_URL", "https://tiles.example/osm.png"],
    ["TOPO_TILE_URL", "ftp://tiles.example/{z}/{x}/{y}.png"],
    ["OVERPASS_URL", "not a url"],
    ["OVERPASS_TIMEOUT_MS", "-5"],
    ["REFERENCE_MAX_UPLOAD_BYTES", "lots"],
    ["SYNC_MAX_MESSAGE_BYTES", "12"],
  ])("refuses %s=%s with a message naming the variable", (variable, value) => {
    expect(problemsOf({ [variable]: value })).toMatch(new RegExp(`^Invalid configuration: .*\\b${variable}\\b`));
  });

  it("names every bad variable at once", () => {
    const message = problemsOf({ PORT: "x", OVERPASS_URL: "nope" });
    expect(message).toContain("PORT");
    expect(message).toContain("OVERPASS_URL");
  });

  it("stops the server's start with one line naming the variable, and exit code 1", () => {
    const result = spawnSync(join(root, "node_modules/.bin/tsx"), ["server/main.ts"], {
      cwd: root,
      // Were the value accepted, the server would start on a throw-away database, never a real one.
      env: { ...process.env, TRUST_PROXY: "yes", PORT: "0", DATABASE_URL: "", DATA_DIR: join(tmpdir(), "boplan-config-test") },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Boplan cannot start\. Invalid configuration: TRUST_PROXY must be 0 or 1/);
    expect(result.stdout).not.toMatch(/running on/);
  });
});
