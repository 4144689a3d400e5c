/**
 * What pages and components know of a stored file (no bytes): shared by the server
 * (app/files/files.server.ts, which re-exports it) and the browser (file-list.tsx).
 */
import type { Role } from "../permissions";

/**
 * Evidence on a checklist item, the photo of a catalogue option, the minutes of an activity, an
 * attachment to the communication log, the proof of delivery of a formal neighbour notice.
 */
export const filePurposes = ["checklist", "catalogue", "activity", "communication", "notice"] as const;
export type FilePurpose = (typeof filePurposes)[number];

export function isFilePurpose(value: unknown): value is FilePurpose {
  return typeof value === "string" && (filePurposes as readonly string[]).includes(value);
}

export type FileKind = "image" | "pdf";

/** The two sizes of a stored image; a PDF has one. */
export type FileSize = "thumb" | "view";

export interface StoredFileInfo {
  id: string;
  purpose: FilePurpose;
  /** The checklist item's key, or the catalogue option's id. */
  subjectKey: string;
  /** The home the evidence is about, or "" for the whole project. */
  homeId: string;
  kind: FileKind;
  /** "image/jpeg" for every image (they are re-encoded), "application/pdf" for PDFs. */
  contentType: string;
  /** As the uploader's device named it. */
  fileName: string;
  /** Of the stored (viewable) file. */
  byteSize: number;
  width: number | null;
  height: number | null;
  /** Only when the uploader kept the photo's position. */
  latitude: number | null;
  longitude: number | null;
  caption: string;
  /** Null when the account was deleted since. */
  uploadedBy: { id: string; name: string } | null;
  uploadedRole: Role;
  /** ISO 8601, the database's clock. */
  createdAt: string;
}

/**
 * The address a file is served from.
 *
 * @example
 * fileUrl("p1", "f1", "thumb"); // "/projects/p1/files/f1?size=thumb"
 */
export function fileUrl(projectId: string, fileId: string, size: FileSize = "view"): string {
  const path = `/projects/${encodeURIComponent(projectId)}/files/${encodeURIComponent(fileId)}`;
  return size === "thumb" ? `${path}?size=thumb` : path;
}

/** The key of `countFiles`' map. */
export function fileCountKey(subjectKey: string, homeId: string): string {
  return `${subjectKey}|${homeId}`;
}

/** The longest side of a stored thumbnail (app/files/process-upload.server.ts makes it). */
export const thumbnailMaxPixels = 320;

/**
 * The size an image's thumbnail has, from its viewable size, so a list keeps its layout while
 * thumbnails load; undefined for a PDF.
 *
 * @example
 * thumbnailSize({ width: 1600, height: 1200 }); // { width: 320, height: 240 }
 */
export function thumbnailSize(file: Pick<StoredFileInfo, "width" | "height">): { width: number; height: number } | undefined {
  if (!file.width || !file.height) return undefined;
  const scale = Math.min(1, thumbnailMaxPixels / Math.max(file.width, file.height));
  return { width: Math.max(1, Math.round(file.width * scale)), height: Math.max(1, Math.round(file.height * scale)) };
}
