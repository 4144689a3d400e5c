import { describe, expect, it } from "vitest";
import { labelPriority, placeLabels, type LabelBox } from "./site-label-layout";

const box = (id: string, priority: number, left: number, top: number, width = 100, height = 20): LabelBox => ({
  id,
  priority,
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe("placeLabels", () => {
  it("shows every label when none overlap", () => {
    expect(placeLabels([box("a", 2, 0, 0), box("b", 2, 0, 40), box("c", 2, 200, 0)])).toEqual(new Set(["a", "b", "c"]));
  });

  it("hides the label of lower priority where two overlap, whichever comes first", () => {
    expect(placeLabels([box("candidate", 2, 0, 0), box("selected", 0, 50, 10)])).toEqual(new Set(["selected"]));
    expect(placeLabels([box("selected", 0, 50, 10), box("candidate", 2, 0, 0)])).toEqual(new Set(["selected"]));
  });

  it("keeps a label that only overlapped one that was hidden", () => {
    // b overlaps a (placed first) and c; c overlaps only b, so c stays once b is out.
    const shown = placeLabels([box("a", 0, 0, 0), box("b", 1, 60, 0), box("c", 2, 170, 0)]);
    expect(shown).toEqual(new Set(["a", "c"]));
  });

  it("keeps a gap between labels that only touch", () => {
    expect(placeLabels([box("a", 1, 0, 0), box("b", 1, 101, 0)], 2)).toEqual(new Set(["a"]));
    expect(placeLabels([box("a", 1, 0, 0), box("b", 1, 103, 0)], 2)).toEqual(new Set(["a", "b"]));
  });

  it("leaves out a label under one of the map's controls, whatever its priority", () => {
    const control = box("layers", -1, 0, 0, 200, 40);
    expect(placeLabels([box("selected", 0, 150, 20), box("b", 2, 0, 60)], 2, [control])).toEqual(new Set(["b"]));
  });

  it("shows a label that is not drawn (no size) without letting it hide others", () => {
    expect(placeLabels([box("hidden", 0, 0, 0, 0, 0), box("b", 2, 0, 0)])).toEqual(new Set(["hidden", "b"]));
  });
});

describe("labelPriority", () => {
  it("puts the selected site first, then shortlisted and chosen, candidates, rejected", () => {
    const order = [
      labelPriority({ status: "rejected", selected: true }),
      labelPriority({ status: "shortlisted", selected: false }),
      labelPriority({ status: "chosen", selected: false }),
      labelPriority({ status: "candidate", selected: false }),
      labelPriority({ status: "rejected", selected: false }),
    ];
    expect(order).toEqual([0, 1, 1, 2, 3]);
  });
});
