/**
 * What an uploaded file becomes before it is stored (decision 012, "Files"): a photo is decoded
 * by sharp and re-encoded, so what is served is a plain JPEG the server made itself, and a PDF is
 * kept as sent. Nothing about the upload is trusted: not its name, not the type the browser
 * declared. The bytes decide.
 *
 * - Images: only when the first bytes are a JPEG, PNG or WebP signature and sharp decodes them as
 *   that same format. SVG (which can carry script), GIF, HEIC, TIFF, HTML or text named `.jpg` are
 *   refused before any decoder other than these three sees them.
 * - Re-encoding without `withMetadata` drops EXIF, XMP, IPTC, ICC and comments: the camera, the
 *   time and the position never reach the stored file. The position is read from the EXIF only
 *   when the uploader asked to keep it, and goes into the database row, not the file.
 * - Decompression bombs: sharp refuses an image of more than `maxInputPixels` from its header,
 *   before it allocates the pixels.
 */
import exifReader from "exif-reader";
import sharp from "sharp";
import type { FileProblem } from "./file-problem";
import { maxFileBytes, tooLargeFileProblem, unsupportedTypeProblem } from "./file-problem";
import { thumbnailMaxPixels } from "./file-types";

export { maxFileBytes };

/** 50 megapixels: above any phone camera (a 48 MP sensor is 8064 × 6048), far below a bomb's billions. */
export const maxInputPixels = 50_000_000;
/** The viewable size: the longest side, in pixels. */
export const viewMaxPixels = 1600;
/** The thumbnail: the longest side, in pixels. */
export { thumbnailMaxPixels };

export interface UploadOptions {
  /** As sent; kept only for the record, never to decide the type. */
  fileName: string;
  /** The browser's Content-Type of the part; not trusted, not used to decide anything. */
  declaredType: string;
  /** The uploader ticked "keep the photo's position". */
  keepPosition: boolean;
}

export type ProcessedUpload =
  | {
      ok: true;
      kind: "image";
      contentType: "image/jpeg";
      data: Uint8Array;
      thumbnail: Uint8Array;
      width: number;
      height: number;
      latitude?: number;
      longitude?: number;
    }
  | { ok: true; kind: "pdf"; contentType: "application/pdf"; data: Uint8Array }
  | { ok: false; problem: FileProblem };

type ImageFormat = "jpeg" | "png" | "webp";

const emptyProblem: FileProblem = { code: "empty", message: "Filen er tom. Velg en fil å laste opp.", messageEn: "The file is empty. Choose a file to upload." };

const brokenImageProblem: FileProblem = {
  code: "invalid",
  message: "Bildet er ødelagt eller ufullstendig, kanskje ble opplastingen avbrutt. Last det opp på nytt.",
  messageEn: "The image is broken or incomplete; perhaps the upload was cut off. Upload it again.",
};

const tooManyPixelsProblem: FileProblem = {
  code: "tooLarge",
  message: "Bildet har for mange piksler: høyst 50 megapiksler. Ta bildet med lavere oppløsning.",
  messageEn: "The image has too many pixels: at most 50 megapixels. Take the photo at a lower resolution.",
  details: { maxPixels: maxInputPixels },
};

/**
 * Checks and converts one uploaded file.
 *
 * @example
 * const result = await processUpload(bytes, { fileName: "IMG_0042.jpg", declaredType: "image/jpeg", keepPosition: false });
 * if (!result.ok) return fileProblemResponse(result.problem);
 * result.kind; // "image": result.data is a JPEG of at most 1600 px without metadata
 */
export async function processUpload(bytes: Uint8Array, options: UploadOptions): Promise<ProcessedUpload> {
  if (bytes.byteLength === 0) return { ok: false, problem: emptyProblem };
  if (bytes.byteLength > maxFileBytes) return { ok: false, problem: tooLargeFileProblem };
  if (startsWith(bytes, pdfSignature)) return { ok: true, kind: "pdf", contentType: "application/pdf", data: bytes };
  const format = imageSignature(bytes);
  if (!format) return { ok: false, problem: unsupportedTypeProblem };
  return processImage(bytes, format, options.keepPosition);
}

async function processImage(bytes: Uint8Array, format: ImageFormat, keepPosition: boolean): Promise<ProcessedUpload> {
  // "error" refuses truncated and corrupt data; libjpeg's mere warnings (extraneous bytes, which
  // some phones write) still pass.
  const input = () => sharp(bytes, { limitInputPixels: maxInputPixels, failOn: "error" });
  try {
    const metadata = await input().metadata();
    // The signature said one format; the decoder must agree (a PNG header on an SVG body, say).
    if (metadata.format !== format) return { ok: false, problem: unsupportedTypeProblem };
    const position = keepPosition && metadata.exif ? gpsPosition(metadata.exif) : undefined;
    // rotate() turns the pixels upright by the EXIF orientation, which is dropped with the rest.
    // A JPEG has no transparency: transparent parts become white, not black.
    const upright = input().rotate().flatten({ background: "#ffffff" });
    const [view, thumbnail] = await Promise.all([
      upright
        .clone()
        .resize({ width: viewMaxPixels, height: viewMaxPixels, fit: "inside", withoutEnlargement: true })
        .jpeg({ quality: 80, mozjpeg: true })
        .toBuffer({ resolveWithObject: true }),
      upright
        .clone()
        .resize({ width: thumbnailMaxPixels, height: thumbnailMaxPixels, fit: "inside", withoutEnlargement: true })
        .jpeg({ quality: 75, mozjpeg: true })
        .toBuffer(),
    ]);
    return {
      ok: true,
      kind: "image",
      contentType: "image/jpeg",
      data: view.data,
      thumbnail,
      width: view.info.width,
      height: view.info.height,
      ...position,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return { ok: false, problem: tooManyPixelsProblem };
    return { ok: false, problem: brokenImageProblem };
  }
}

const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const jpegSignature = [0xff, 0xd8, 0xff];
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const riffSignature = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const webpSignature = [0x57, 0x45, 0x42, 0x50]; // "WEBP", after the RIFF size

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.byteLength < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** The image format the first bytes announce, or null for anything else. */
function imageSignature(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, jpegSignature)) return "jpeg";
  if (startsWith(bytes, pngSignature)) return "png";
  if (startsWith(bytes, riffSignature) && startsWith(bytes, webpSignature, 8)) return "webp";
  return null;
}

/**
 * The GPS position in an EXIF block, in decimal degrees (south and west negative), or undefined
 * when there is none or it makes no sense. A broken EXIF block costs the position, not the photo.
 *
 * @example
 * gpsPosition(metadata.exif); // { latitude: 59.958333, longitude: 10.95 }
 */
export function gpsPosition(exif: Buffer): { latitude: number; longitude: number } | undefined {
  let gps;
  try {
    gps = exifReader(exif).GPSInfo;
  } catch {
    return undefined;
  }
  if (!gps) return undefined;
  const latitude = signedDegrees(gps.GPSLatitude, gps.GPSLatitudeRef, "S");
  const longitude = signedDegrees(gps.GPSLongitude, gps.GPSLongitudeRef, "W");
  if (latitude === undefined || longitude === undefined) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  // Cameras without a fix write 0, 0: a point in the Gulf of Guinea, not a home in Norway.
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}

/** Degrees, minutes and seconds with their hemisphere as decimal degrees, to about 1 cm. */
function signedDegrees(parts: unknown, reference: unknown, negative: "S" | "W"): number | undefined {
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 3) return undefined;
  if (!parts.every((part): part is number => typeof part === "number" && Number.isFinite(part) && part >= 0)) return undefined;
  const [degrees, minutes = 0, seconds = 0] = parts;
  if (minutes >= 60 || seconds >= 60) return undefined;
  const value = degrees + minutes / 60 + seconds / 3600;
  const sign = typeof reference === "string" && reference.trim().toUpperCase() === negative ? -1 : 1;
  return Math.round(sign * value * 1e7) / 1e7;
}
