/** The project's thresholds: read from and written to a real Yjs document, and the form's checks. */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { defaultConfig, mergeConfig } from "../geo/default-config";
import { settingsMap } from "../documents/plan-document";
import { readProjectSettings, resetProjectSettings, writeProjectSettings } from "./project-settings";
import { parseSettingsForm, settingsFormValues } from "./settings-form-model";

describe("project settings in the plan document", () => {
  it("is empty (the defaults) in a new document", () => {
    expect(readProjectSettings(settingsMap(new Y.Doc()))).toEqual({});
  });

  it("keeps only what differs from the defaults, and reads it back with the fixed direction", () => {
    const doc = new Y.Doc();
    const config = mergeConfig(defaultConfig, {
      walkingMetersPerMinute: 70,
      thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 }, school: { direction: "atLeast", pass: 400, attention: 200 } },
    });
    writeProjectSettings(doc, config);
    expect([...settingsMap(doc).keys()].sort()).toEqual(["threshold.busStop", "threshold.school", "walkingMetersPerMinute"]);
    expect(readProjectSettings(settingsMap(doc))).toEqual({
      walkingMetersPerMinute: 70,
      thresholds: { busStop: { direction: "atMost", pass: 300, attention: 500 }, school: { direction: "atLeast", pass: 400, attention: 200 } },
    });
    writeProjectSettings(doc, defaultConfig);
    expect(settingsMap(doc).size).toBe(0);
  });

  it("reaches another copy of the document through Yjs updates", () => {
    const planner = new Y.Doc();
    const police = new Y.Doc();
    planner.on("update", (update: Uint8Array) => Y.applyUpdate(police, update));
    writeProjectSettings(planner, mergeConfig(defaultConfig, { thresholds: { busStop: { direction: "atMost", pass: 700, attention: 900 } } }));
    expect(readProjectSettings(settingsMap(police)).thresholds?.busStop).toEqual({ direction: "atMost", pass: 700, attention: 900 });
  });

  it("ignores stored values that are out of range, of the wrong type or out of order", () => {
    const doc = new Y.Doc();
    const settings = settingsMap(doc);
    settings.set("walkingMetersPerMinute", "fast");
    settings.set("neighbourhoodRadiusMeters", 1_000_000);
    settings.set("shortcutMinDetourRatio", 2);
    settings.set("threshold.grocery", { pass: 900, attention: 500 });
    settings.set("threshold.pharmacy", { pass: 800 });
    settings.set("threshold.kindergarten", { pass: 100, attention: 300 });
    settings.set("threshold.police", { pass: 2000, attention: 2500 });
    expect(readProjectSettings(settings)).toEqual({
      shortcutMinDetourRatio: 2,
      thresholds: { police: { direction: "atMost", pass: 2000, attention: 2500 } },
    });
  });

  it("goes back to the defaults on reset", () => {
    const doc = new Y.Doc();
    writeProjectSettings(doc, { ...defaultConfig, shortcutMinExtraMeters: 300 });
    resetProjectSettings(doc);
    expect(readProjectSettings(settingsMap(doc))).toEqual({});
  });
});

describe("the thresholds form", () => {
  const defaults = settingsFormValues(defaultConfig, ",");

  it("shows the defaults with a decimal comma in bokmål and gives them back unchanged", () => {
    expect(defaults["shortcutMinDetourRatio"]).toBe("1,5");
    expect(defaults["busStop.pass"]).toBe("400");
    expect(parseSettingsForm(defaults)).toEqual({ ok: true, config: defaultConfig });
  });

  it("accepts a decimal point or comma and spaces in numbers", () => {
    const result = parseSettingsForm({ ...defaults, shortcutMinDetourRatio: "1.8", "grocery.attention": " 1 500 " });
    expect(result.ok && result.config.shortcutMinDetourRatio).toBe(1.8);
    expect(result.ok && result.config.thresholds.grocery).toEqual({ direction: "atMost", pass: 800, attention: 1500 });
  });

  it("says what is wrong with each field: not a number, not whole, out of range, out of order", () => {
    const result = parseSettingsForm({
      ...defaults,
      walkingMetersPerMinute: "fort",
      neighbourhoodRadiusMeters: "250,5",
      "busStop.pass": "5000",
      "grocery.pass": "900",
      "grocery.attention": "700",
      "school.pass": "100",
      "school.attention": "200",
      "supportedHomesWithin.pass": "",
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        walkingMetersPerMinute: { kind: "number" },
        neighbourhoodRadiusMeters: { kind: "whole" },
        "busStop.pass": { kind: "range", min: 0, max: 3000 },
        "grocery.attention": { kind: "order", direction: "atMost" },
        "school.attention": { kind: "order", direction: "atLeast" },
        "supportedHomesWithin.pass": { kind: "number" },
      },
    });
  });

  it("allows equal limits (no attention band), as the defaults for fire and police have", () => {
    expect(parseSettingsForm({ ...defaults, "busStop.pass": "500", "busStop.attention": "500" }).ok).toBe(true);
  });
});
