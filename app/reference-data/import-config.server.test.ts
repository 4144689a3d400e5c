import { describe, expect, it } from "vitest";
import { importConfigFromEnvironment } from "./import-config.server";

describe("importConfigFromEnvironment", () => {
  it("uses the defaults when nothing is set", () => {
    expect(importConfigFromEnvironment({})).toEqual({
      overpassUrl: "https://overpass-api.de/api/interpreter",
      overpassTimeoutMs: 120_000,
      overpassMaxBytes: 100 * 1024 * 1024,
      marginMetres: 1_500,
      maxAreaSquareKilometres: 40,
      maxUploadBytes: 20 * 1024 * 1024,
    });
  });

  it("takes positive numbers and the endpoint from the environment, and ignores malformed values", () => {
    const config = importConfigFromEnvironment({
      OVERPASS_URL: "http://127.0.0.1:8080/api/interpreter",
      OVERPASS_TIMEOUT_MS: "5000",
      REFERENCE_MAX_AREA_KM2: "12.5",
      REFERENCE_MARGIN_METRES: "-3",
      REFERENCE_MAX_UPLOAD_BYTES: "lots",
    });
    expect(config).toMatchObject({
      overpassUrl: "http://127.0.0.1:8080/api/interpreter",
      overpassTimeoutMs: 5_000,
      maxAreaSquareKilometres: 12.5,
      marginMetres: 1_500,
      maxUploadBytes: 20 * 1024 * 1024,
    });
  });
});
