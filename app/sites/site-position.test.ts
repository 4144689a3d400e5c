import { describe, expect, it } from "vitest";
import { pointAt, sitePosition } from "./site-position";

describe("sitePosition", () => {
  it("puts a point site's marker on the point", () => {
    expect(sitePosition({ geometry: { type: "Point", coordinates: [10.4, 63.42] } })).toEqual({ lat: 63.42, lon: 10.4 });
  });

  it("puts a polygon site's marker at the average of its vertices, counting the closing vertex once", () => {
    const square = { type: "Polygon" as const, coordinates: [[[10, 63], [10.2, 63], [10.2, 63.2], [10, 63.2], [10, 63]]] };
    const position = sitePosition({ geometry: square });
    expect(position.lon).toBeCloseTo(10.1, 9);
    expect(position.lat).toBeCloseTo(63.1, 9);
  });
});

describe("pointAt", () => {
  it("makes a GeoJSON point in longitude, latitude order, rounded to about a centimetre", () => {
    expect(pointAt({ lat: 63.4200000123, lon: 10.39799011999 })).toEqual({ type: "Point", coordinates: [10.3979901, 63.42] });
  });
});
