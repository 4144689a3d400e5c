/** A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) that fits a given number of pixels. Pure. */

/** The bar: its length on the ground and in pixels, and its text ("500 m", "2 km"). */
export interface ScaleBar {
  metres: number;
  pixels: number;
  text: string;
}

/**
 * The longest round length whose bar is at most `maxPixels` long.
 * @param metresPerPixel ground metres per pixel at the picture's centre
 * @param maxPixels the longest bar that fits
 * @example
 * scaleBarFor(2.5, 120); // { metres: 200, pixels: 80, text: "200 m" }
 */
export function scaleBarFor(metresPerPixel: number, maxPixels: number): ScaleBar {
  if (!(metresPerPixel > 0) || !(maxPixels > 0)) throw new RangeError("metresPerPixel and maxPixels must be positive");
  const maxMetres = metresPerPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((factor) => factor * power <= maxMetres) ?? 1;
  const metres = step * power;
  // Plain digits, not toLocaleString: the server's and the browser's ICU must print the same text.
  const text = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, pixels: metres / metresPerPixel, text };
}
