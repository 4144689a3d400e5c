/**
 * The vector map as the server renders it (the memo's print page): an image with a title and a
 * description, labels as SVG text (a name with markup stays text), a scale bar, a north arrow,
 * the attribution, a legend with a pattern or shape for each kind, and no overlapping labels.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { i18nOptions } from "../i18n/config";
import { boxesOverlap } from "./place-labels";
import { VectorMap, type VectorFeature } from "./vector-map";

let i18n: I18n;
beforeAll(async () => {
  i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nOptions, lng: "nb" });
});

const square = (lon: number, lat: number, size = 0.002) => ({
  type: "Polygon" as const,
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
});

const features: VectorFeature[] = [
  { id: "a", kind: "chosenSite", label: "Tomt A", geometry: square(10.75, 59.91) },
  { id: "b", kind: "candidate", label: "Tomt <b>B</b> & co", geometry: square(10.76, 59.912) },
  { id: "c", kind: "concern", label: "Parkeringsplassen", geometry: square(10.755, 59.915, 0.003) },
  { id: "shop", kind: "shop", label: "Kiwi", geometry: { type: "Point", coordinates: [10.752, 59.909] } },
  { id: "bus", kind: "busStop", label: "Storgata", geometry: { type: "Point", coordinates: [10.7525, 59.9091] } },
  { id: "walk", kind: "route", geometry: { type: "LineString", coordinates: [[10.751, 59.911], [10.752, 59.909]] } },
];

function render(props: Partial<Parameters<typeof VectorMap>[0]> = {}): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <VectorMap width={640} height={420} title="Tomtene" description="To tomter med dagligvare og buss" features={features} {...props} />
    </I18nextProvider>,
  );
}

/** The label boxes as drawn: x, y (baseline) and text, read back from the markup. */
function labelTexts(html: string): string[] {
  return [...html.matchAll(/<text[^>]*data-label=""[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
}

describe("VectorMap", () => {
  it("is an image named by its title and described by its description", () => {
    const html = render();
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<title id="${labelledBy}">Tomtene</title>`);
    expect(html).toContain("To tomter med dagligvare og buss</desc>");
  });

  it("writes labels as SVG text, so a name with markup is shown as written", () => {
    const html = render();
    expect(labelTexts(html)).toContain("Tomt &lt;b&gt;B&lt;/b&gt; &amp; co");
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("foreignObject");
  });

  it("draws a scale bar, a north arrow, the legend and the OpenStreetMap attribution", () => {
    const html = render();
    expect(html).toMatch(/>\d+ k?m<\/text>/);
    expect(html).toContain(">N</text>");
    expect(html).toContain("Kartdata: © OpenStreetMap-bidragsytere");
    for (const kind of ["Valgt tomt", "Aktuell tomt", "Område med bekymring", "Dagligvare", "Bussholdeplass", "Gangvei"]) expect(html).toContain(`>${kind}</text>`);
    expect(render({ attribution: null })).not.toContain("OpenStreetMap");
  });

  it("tells kinds apart without colour: patterns for areas, dashes for candidates and concerns", () => {
    const html = render();
    expect(html).toMatch(/<pattern id="[^"]+-crosshatch-/);
    expect(html).toMatch(/<pattern id="[^"]+-dots-/);
    expect(html).toContain('stroke-dasharray="7 4"');
    expect(html).toContain('stroke-dasharray="3 3"');
  });

  it("labels the highlighted feature first and drops a label that would overlap", () => {
    const crowded: VectorFeature[] = Array.from({ length: 12 }, (_, index) => ({ id: `s${index}`, kind: "site", label: `Tomt ${index + 1}`, geometry: { type: "Point", coordinates: [10.75 + index * 0.00001, 59.91] } }));
    crowded.push({ id: "far", kind: "site", label: "Tomt langt unna", geometry: { type: "Point", coordinates: [10.8, 59.95] } });
    const html = render({ features: crowded, highlightId: "s7" });
    const texts = labelTexts(html);
    expect(texts).toContain("Tomt 8");
    expect(texts).toContain("Tomt langt unna");
    expect(texts.length).toBeLessThan(crowded.length);
    const boxes = [...html.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*data-label=""[^>]*>([^<]*)</g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) - Number(match[3]), width: match[4].length * 7, height: Number(match[3]) }));
    for (const [index, box] of boxes.entries()) for (const other of boxes.slice(index + 1)) expect(boxesOverlap(box, other)).toBe(false);
  });

  it("shows the given view instead of fitting, and says so when there is nothing to draw", () => {
    const fitted = render();
    const zoomedOut = render({ view: { lat: 59.91, lon: 10.75, zoom: 11 } });
    expect(zoomedOut).not.toEqual(fitted);
    expect(render({ features: [] })).toContain("Ingen steder å vise på kartet.");
  });

  it("becomes a keyboard-reachable pointer only when it can pick a place", () => {
    expect(render()).not.toContain("tabindex");
    const picking = render({ onPick: () => undefined });
    expect(picking).toContain('tabindex="0"');
    expect(picking).toContain("piltastene");
  });
});
