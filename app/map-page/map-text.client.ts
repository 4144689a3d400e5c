/**
 * Text for Leaflet, never HTML (decision 011). Leaflet treats a string given to
 * `bindTooltip`, `bindPopup`, `setContent` or a divIcon's `html` as markup, so
 * a site named `<img src=x onerror=…>` would run script for everyone on the
 * map. These helpers build DOM nodes whose text is set with `textContent`.
 * A leaf module: the map page and every feature's map layer may import it.
 */
import L from "leaflet";

/**
 * An element showing `text` as text, for a Leaflet tooltip, popup or icon.
 *
 * @example
 * layer.bindTooltip(textElement(site.name, "site-label__text"), { permanent: true });
 */
export function textElement(text: string, className?: string, tagName: "span" | "b" | "strong" = "span"): HTMLElement {
  const element = document.createElement(tagName);
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

export interface TextIconOptions extends Omit<L.DivIconOptions, "html"> {
  /** The glyph inside the icon (a symbol, letters, a count), hidden from screen readers: the marker's title names it. */
  text: string;
  /** Wrap the glyph in `<b>` inside the span (the reference markers' look). */
  bold?: boolean;
}

/**
 * A divIcon whose glyph is text. Each marker gets its own element (one
 * element given as `html` would move from marker to marker when an icon is shared).
 */
class TextIcon extends L.DivIcon {
  private readonly text: string;
  private readonly bold: boolean;

  constructor({ text, bold = false, ...options }: TextIconOptions) {
    super({ ...options, html: false });
    this.text = text;
    this.bold = bold;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const container = super.createIcon(oldIcon);
    const glyph = document.createElement("span");
    glyph.setAttribute("aria-hidden", "true");
    if (this.bold) glyph.append(textElement(this.text, undefined, "b"));
    else glyph.textContent = this.text;
    container.replaceChildren(glyph);
    return container;
  }
}

/**
 * A marker icon with a text glyph: `<div class=…><span aria-hidden="true">text</span></div>`.
 *
 * @example
 * const icon = textIcon({ className: "site-marker", text: "★", iconSize: [22, 22], iconAnchor: [11, 11] });
 */
export function textIcon(options: TextIconOptions): L.DivIcon {
  return new TextIcon(options);
}
