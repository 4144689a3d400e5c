import { describe, expect, it } from "vitest";
import { defaultTagMapping, destinationCategory, readTags, supportedHomes } from "../geo/tag-mapping";
import { pointCategories, pointFeature, readPoint, type ManualPoint, type PointCategory } from "./manual-points";

const point = (category: PointCategory, homes: number | null = null): ManualPoint => ({ id: `p-${category}`, category, name: "Punkt", lat: 59.95, lon: 10.96, homes });

describe("points added by hand as OSM-like features", () => {
  it("are classified by the engine's tag mapping as the category the planner chose", () => {
    for (const category of pointCategories) {
      const tags = readTags(pointFeature(point(category, category === "supportedHousing" ? 6 : null)).properties);
      if (category === "supportedHousing") {
        expect(destinationCategory(tags, defaultTagMapping)).toBeNull();
        expect(supportedHomes(tags, defaultTagMapping)).toBe(6);
      } else {
        expect(destinationCategory(tags, defaultTagMapping), category).toEqual({ category, tier: 1 });
        expect(supportedHomes(tags, defaultTagMapping), category).toBe(0);
      }
    }
  });

  it("read back as the same point, and other features are not points added by hand", () => {
    const unit = point("supportedHousing", 4);
    expect(readPoint(pointFeature(unit))).toEqual(unit);
    expect(readPoint(pointFeature(point("busStop")))).toMatchObject({ category: "busStop", homes: null });
    expect(readPoint({ type: "Feature", properties: { shop: "supermarket", name: "Matkroken" }, geometry: { type: "Point", coordinates: [10.96, 59.95] } })).toBeNull();
  });
});
