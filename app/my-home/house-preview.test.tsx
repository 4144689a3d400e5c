/**
 * The house preview as the server renders it: its colours follow the props, every part is
 * labelled, each drawing is one labelled image, and the names are given as text too.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { i18nOptions } from "../i18n/config";
import { HousePreview, type HousePreviewProps } from "./house-preview";
import { defaultPreviewColors, insideParts, outsideParts, shade } from "./preview-parts";

let i18n: I18n;

beforeAll(async () => {
  i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nOptions, lng: "nb" });
});

function render(props: HousePreviewProps, language = "nb"): string {
  void i18n.changeLanguage(language);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <HousePreview {...props} />
    </I18nextProvider>,
  );
}

/** The fill of the part's main surface. */
function surfaceFill(html: string, part: string): string | undefined {
  return new RegExp(`data-surface="${part}"[^>]*? fill="([^"]+)"`).exec(html)?.[1];
}

/** Decodes the few entities React writes in text. */
const text = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe("the house preview", () => {
  it("fills the façade, and every other part, with the colour it is given", () => {
    const outside = render({ view: "outside", colors: { facade: "#123456", roof: "#222222", door: "#aa0000", trim: "#fefefe" } });
    expect(surfaceFill(outside, "facade")).toBe("#123456");
    expect(surfaceFill(outside, "roof")).toBe("#222222");
    expect(surfaceFill(outside, "door")).toBe("#aa0000");
    expect(surfaceFill(outside, "trim")).toBe("#fefefe");
    expect(surfaceFill(render({ view: "outside", colors: { facade: "#C8553D" } }), "facade")).toBe("#c8553d");

    const inside = render({ view: "inside", colors: { wall: "#eeeeee", floor: "#8b5a2b", kitchen: "#335577", worktop: "#111111", bathroom: "#ddeeff" } });
    expect(["wall", "floor", "kitchen", "worktop", "bathroom"].map((part) => surfaceFill(inside, part))).toEqual(["#eeeeee", "#8b5a2b", "#335577", "#111111", "#ddeeff"]);
  });

  it("draws the panel lines in the façade's own colour", () => {
    const html = render({ view: "outside", colors: { facade: "#d0d0d0" } });
    expect(html).toContain(`stroke="${shade("#d0d0d0", -0.22)}"`);
  });

  it("draws a part without a colour, or with one that is not #rrggbb, in its quiet default", () => {
    const html = render({ view: "both", colors: { facade: "red; background:url(x)" } });
    expect(surfaceFill(html, "facade")).toBe(defaultPreviewColors.facade);
    expect(surfaceFill(html, "floor")).toBe(defaultPreviewColors.floor);
    expect(html).not.toContain("url(x)");
  });

  it("gives every part of the drawing its own title, with the chosen name", () => {
    const html = render({ view: "both", colors: {}, names: { facade: "Lys grå", door: { name: "Mørk grønn", code: "NCS S 6030-G10Y" } } });
    const groups = html.match(/<g data-part="[^"]+">/g) ?? [];
    const titled = html.match(/<g data-part="[^"]+"><title>[^<]+<\/title>/g) ?? [];
    expect(groups.length).toBeGreaterThanOrEqual(outsideParts.length + insideParts.length);
    expect(titled).toHaveLength(groups.length);
    for (const part of [...outsideParts, ...insideParts]) expect(html).toContain(`<g data-part="${part}"><title>`);
    expect(text(html)).toContain("<title>Fasade: Lys grå</title>");
    expect(text(html)).toContain("<title>Inngangsdør: Mørk grønn</title>");
    expect(text(html)).toContain("<title>Gulv</title>");
    expect(text(html)).toContain("<title>Egen dør til det tekniske rommet</title>");
    expect(text(html)).toContain("<title>Tak over inngangen</title>");
  });

  it("is one image per view, named by its title and described", () => {
    const html = render({ view: "both", colors: {} });
    const images = [...html.matchAll(/<svg [^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*aria-describedby="([^"]+)"/g)];
    expect(images).toHaveLength(2);
    for (const [, title, desc] of images) {
      expect(html).toMatch(new RegExp(`<title id="${title}">[^<]+</title>`));
      expect(html).toMatch(new RegExp(`<desc id="${desc}">[^<]+</desc>`));
    }
    expect(text(html)).toContain("Huset ditt sett utenfra");
    expect(text(html)).toContain("Et rom i boligen din");
    expect(render({ view: "inside", colors: {} })).not.toContain('data-part="facade"');
    expect(render({ view: "outside", colors: {} })).not.toContain('data-part="floor"');
  });

  it("lists the names of what applies as text, with the colour code and the standard marked", () => {
    const html = text(
      render({
        view: "outside",
        colors: { facade: "#d9d4c7" },
        names: { facade: { name: "Lys grå", code: "NCS S 1502-Y", standard: true }, roof: "Svart", floor: "Eik" },
      }),
    );
    expect(html).toContain("Fasade: Lys grå (NCS S 1502-Y), standard</li>");
    expect(html).toContain("Tak: Svart</li>");
    // Only the parts of the view shown are listed.
    expect(html).not.toContain("Gulv: Eik");
    expect(text(render({ view: "outside", colors: {}, names: { facade: "Light grey" } }, "en"))).toContain("Façade: Light grey</li>");
  });

  it("needs no network: no images, links or external references", () => {
    const html = render({ view: "both", colors: {} });
    expect(html).not.toMatch(/<image|<img|href=|url\(/);
  });
});
