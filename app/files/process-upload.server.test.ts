/**
 * Uploads (issue 8, decision 012): only real JPEG, PNG and WebP images and PDFs are taken, and a
 * stored image carries no metadata. The images are made with sharp, so each is a real file of
 * its format.
 */
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { maxFileBytes, processUpload, thumbnailMaxPixels, viewMaxPixels } from "./process-upload.server";

const options = { fileName: "photo.jpg", declaredType: "image/jpeg", keepPosition: false };

/** A photo-like picture (noise compresses badly, like a real photo). */
function noise(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index += 1) pixels[index] = (index * 7919) % 251;
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A JPEG from a camera in Lillestrøm: GPS 59°57'30" N 10°57' E, the make and a copyright. */
function cameraJpeg(width = 2400, height = 1800, gps: Record<string, string> = {}) {
  return noise(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: "TestCam", Copyright: "Kari Nordmann" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 57/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "10/1 57/1 0/1", ...gps },
    })
    .toBuffer();
}

let jpegWithGps: Buffer;
beforeAll(async () => {
  jpegWithGps = await cameraJpeg();
  expect((await sharp(jpegWithGps).metadata()).exif, "the input has EXIF").toBeDefined();
});

describe("processUpload: images", () => {
  it("re-encodes a camera JPEG as a JPEG of at most 1600 px and a 320 px thumbnail, without EXIF", async () => {
    const result = await processUpload(jpegWithGps, options);
    if (!result.ok || result.kind !== "image") throw new Error(`refused: ${JSON.stringify(result)}`);
    expect(result.contentType).toBe("image/jpeg");
    expect([result.width, result.height]).toEqual([viewMaxPixels, 1200]);
    expect(result).not.toHaveProperty("latitude");
    const view = await sharp(result.data).metadata();
    expect(view).toMatchObject({ format: "jpeg", width: 1600, height: 1200 });
    expect(view.exif).toBeUndefined();
    expect(view.icc).toBeUndefined();
    expect(view.xmp).toBeUndefined();
    expect(Buffer.from(result.data).includes("TestCam"), "no trace of the camera in the bytes").toBe(false);
    const thumbnail = await sharp(result.thumbnail).metadata();
    expect(thumbnail).toMatchObject({ format: "jpeg", width: thumbnailMaxPixels, height: 240 });
    expect(thumbnail.exif).toBeUndefined();
  });

  it("returns the position in decimal degrees only when asked to keep it, and still strips it from the file", async () => {
    const result = await processUpload(jpegWithGps, { ...options, keepPosition: true });
    if (!result.ok || result.kind !== "image") throw new Error("refused");
    expect(result.latitude).toBeCloseTo(59.958333, 5);
    expect(result.longitude).toBeCloseTo(10.95, 5);
    expect((await sharp(result.data).metadata()).exif).toBeUndefined();
  });

  it("gives south and west positions a negative sign", async () => {
    const bytes = await cameraJpeg(64, 48, { GPSLatitudeRef: "S", GPSLongitudeRef: "W" });
    const result = await processUpload(bytes, { ...options, keepPosition: true });
    expect(result).toMatchObject({ ok: true, latitude: expect.closeTo(-59.958333, 5), longitude: expect.closeTo(-10.95, 5) });
  });

  it("turns a photo upright by its EXIF orientation (then drops it)", async () => {
    const sideways = await noise(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await processUpload(sideways, options);
    expect(result).toMatchObject({ ok: true, width: 100, height: 200 });
  });

  it("takes a PNG (transparent parts become white) and a WebP, whatever their names", async () => {
    const png = await sharp({ create: { width: 50, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const fromPng = await processUpload(png, { ...options, fileName: "skisse.bin", declaredType: "application/octet-stream" });
    if (!fromPng.ok || fromPng.kind !== "image") throw new Error("PNG refused");
    const { data } = await sharp(fromPng.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(240);
    const webp = await noise(30, 20).webp().toBuffer();
    expect(await processUpload(webp, { ...options, fileName: "bilde.webp" })).toMatchObject({ ok: true, kind: "image", width: 30, height: 20 });
  });

  it("does not enlarge a small image", async () => {
    const small = await noise(120, 90).png().toBuffer();
    expect(await processUpload(small, options)).toMatchObject({ ok: true, width: 120, height: 90 });
  });
});

describe("processUpload: refusals", () => {
  const unsupported = { ok: false, problem: { code: "unsupportedType", message: expect.stringContaining("JPEG, PNG eller WebP") } };

  it("refuses text named photo.jpg and declared image/jpeg, naming the accepted kinds in both languages", async () => {
    const result = await processUpload(new TextEncoder().encode("Dette er ikke et bilde.\n"), options);
    expect(result).toMatchObject(unsupported);
    if (result.ok) return;
    expect(result.problem.messageEn).toContain("JPEG, PNG or WebP");
    expect(result.problem.messageEn).toContain("PDF");
  });

  it("refuses an SVG with a script, though sharp could decode it, and HTML named .png", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>';
    expect((await sharp(Buffer.from(svg)).metadata()).format, "sharp would decode it").toBe("svg");
    expect(await processUpload(new TextEncoder().encode(svg), { ...options, fileName: "tegning.svg", declaredType: "image/svg+xml" })).toMatchObject(unsupported);
    expect(await processUpload(new TextEncoder().encode(svg), { ...options, fileName: "tegning.jpg" })).toMatchObject(unsupported);
    const html = "<!doctype html><script>alert(1)</script>";
    expect(await processUpload(new TextEncoder().encode(html), { ...options, fileName: "side.png", declaredType: "image/png" })).toMatchObject(unsupported);
  });

  it("refuses GIF and TIFF, which sharp decodes too", async () => {
    const gif = await noise(10, 10).gif().toBuffer();
    const tiff = await noise(10, 10).tiff().toBuffer();
    expect(await processUpload(gif, { ...options, fileName: "anim.gif" })).toMatchObject(unsupported);
    expect(await processUpload(tiff, { ...options, fileName: "scan.tif" })).toMatchObject(unsupported);
  });

  it("refuses an SVG behind a PNG signature: the decoder must agree with the signature", async () => {
    const forged = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')]);
    const result = await processUpload(forged, options);
    expect(result.ok).toBe(false);
  });

  it("refuses a truncated JPEG and a truncated PNG as broken", async () => {
    const jpeg = await noise(400, 300).jpeg().toBuffer();
    const png = await noise(400, 300).png().toBuffer();
    for (const bytes of [jpeg.subarray(0, Math.floor(jpeg.length * 0.9)), png.subarray(0, png.length / 2)]) {
      expect(await processUpload(bytes, options)).toMatchObject({ ok: false, problem: { code: "invalid", message: expect.stringContaining("ødelagt") } });
    }
  });

  it("refuses a decompression bomb (over 50 megapixels) from its header", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#ffffff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(maxFileBytes);
    expect(await processUpload(bomb, options)).toMatchObject({ ok: false, problem: { code: "tooLarge", details: { maxPixels: 50_000_000 } } });
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(await processUpload(big, options)).toMatchObject({ ok: false, problem: { code: "tooLarge", message: expect.stringContaining("10 MB") } });
  });

  it("refuses an empty file", async () => {
    expect(await processUpload(new Uint8Array(0), options)).toMatchObject({ ok: false, problem: { code: "empty" } });
  });
});

describe("processUpload: PDFs", () => {
  it("keeps a PDF as sent", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const result = await processUpload(pdf, { ...options, fileName: "brannrapport.pdf", declaredType: "application/pdf" });
    expect(result).toMatchObject({ ok: true, kind: "pdf", contentType: "application/pdf" });
    if (result.ok) expect(Buffer.from(result.data).equals(Buffer.from(pdf))).toBe(true);
  });

  it("refuses random bytes named .pdf", async () => {
    const bytes = new Uint8Array(2048).map((_, index) => (index * 31 + 7) % 256);
    expect(await processUpload(bytes, { ...options, fileName: "rapport.pdf", declaredType: "application/pdf" })).toMatchObject({
      ok: false,
      problem: { code: "unsupportedType" },
    });
  });
});
