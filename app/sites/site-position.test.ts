import { describe, expect, it } from "vitest";
import { cornersText, parseCorners, pointAt, polygonFrom, ringIntersectsItself, sitePosition } from "./site-position";

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

describe("parseCorners", () => {
  const square = "63.42, 10.40\n63.42, 10.41\n63.43, 10.41\n63.43, 10.40";

  it("reads corners as latitude, longitude and closes the ring", () => {
    expect(parseCorners(square)).toEqual({
      ok: true,
      polygon: { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.43], [10.4, 63.42]]] },
    });
  });

  it("accepts decimal commas, semicolons, blank lines and a repeated first corner", () => {
    const result = parseCorners("63,42 10,40\n\n63.42;10.41\n63.43,10.41\n63.42, 10.40\n");
    expect(result).toEqual({ ok: true, polygon: { type: "Polygon", coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.42]]] } });
  });

  it("names the line that is not two numbers", () => {
    expect(parseCorners("63.42, 10.40\nnær skolen\n63.43, 10.41")).toEqual({ ok: false, problem: { kind: "format", line: 2 } });
    expect(parseCorners("63.42, 10.40, 5")).toEqual({ ok: false, problem: { kind: "format", line: 1 } });
  });

  it("refuses latitudes and longitudes out of range, naming the line", () => {
    expect(parseCorners("63.42, 10.40\n93.42, 10.41\n63.43, 10.41")).toEqual({ ok: false, problem: { kind: "latitude", line: 2 } });
    expect(parseCorners("63.42, 10.40\n63.42, 10.41\n63.43, 190")).toEqual({ ok: false, problem: { kind: "longitude", line: 3 } });
  });

  it("needs at least three distinct corners", () => {
    expect(parseCorners("63.42, 10.40\n63.42, 10.41")).toEqual({ ok: false, problem: { kind: "tooFew" } });
    expect(parseCorners("63.42, 10.40\n63.42, 10.41\n63.42, 10.40\n63.42, 10.41")).toEqual({ ok: false, problem: { kind: "tooFew" } });
    expect(parseCorners("")).toEqual({ ok: false, problem: { kind: "tooFew" } });
  });

  it("refuses an outline that crosses itself (a bow tie)", () => {
    expect(parseCorners("63.42, 10.40\n63.43, 10.41\n63.42, 10.41\n63.43, 10.40")).toEqual({ ok: false, problem: { kind: "selfIntersecting" } });
  });

  it("reads back what cornersText writes", () => {
    const result = parseCorners(square);
    if (!result.ok) throw new Error("square refused");
    expect(parseCorners(cornersText(result.polygon))).toEqual(result);
  });
});

describe("ringIntersectsItself", () => {
  it("accepts a concave outline and refuses one whose edge runs back over another", () => {
    expect(ringIntersectsItself([[0, 0], [4, 0], [4, 4], [2, 1], [0, 4]])).toBe(false);
    expect(ringIntersectsItself([[0, 0], [4, 0], [4, 1], [2, 0], [0, 1]])).toBe(true);
  });
});

describe("polygonFrom", () => {
  it("closes an open ring and rounds to about a centimetre", () => {
    expect(polygonFrom([[10.400000001, 63.42], [10.41, 63.42], [10.41, 63.43]])).toEqual({
      type: "Polygon",
      coordinates: [[[10.4, 63.42], [10.41, 63.42], [10.41, 63.43], [10.4, 63.42]]],
    });
  });
});
