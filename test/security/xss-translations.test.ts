/**
 * Hole 1 (stored XSS), the i18next half: interpolation does not escape
 * (`escapeValue: false`) because React escapes what it renders; escaping twice
 * would show "&amp;" to people. These tests pin both halves: a t() result is
 * the raw text, and rendered by React it reaches the page as that text, never
 * as markup and never double-escaped.
 */
import { createInstance, type i18n as I18n } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { i18nOptions } from "../../app/i18n/config";

const hostileName = `Berg & Dal <img src=x onerror=alert(1)> "sitat" 'enkelt' </span><script>alert(2)</script>`;

/** The text a browser shows for escaped HTML text: the five entities React writes, decoded once. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("hole 1: translated text with user values is text, never HTML", () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = createInstance();
    await i18n.use(initReactI18next).init({ ...i18nOptions, lng: "nb" });
  });

  it("t() returns the name as typed: no entities a user would see", () => {
    expect(i18n.t("nav.signedInAs", { name: hostileName })).toBe(`Innlogget som ${hostileName}`);
  });

  it("React renders a t() result with &, <, > and quotes literally, escaped exactly once", () => {
    const html = renderToStaticMarkup(
      createElement(I18nextProvider, { i18n }, createElement("p", { title: i18n.t("nav.signedInAs", { name: hostileName }) }, i18n.t("nav.signedInAs", { name: hostileName }))),
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("&amp;amp;");
    expect(html).not.toContain("&amp;lt;");
    expect(textOf(html)).toBe(`Innlogget som ${hostileName}`);
    const title = /title="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(textOf(title)).toBe(`Innlogget som ${hostileName}`);
  });
});
