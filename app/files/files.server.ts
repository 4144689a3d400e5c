/**
 * Uploaded files in the database (decision 012, "Files"): evidence photos and PDFs on checklist
 * items, photos of catalogue options. Every function takes the project from the server (the
 * route's guard), never from the form, and answers for that project only: a file of another
 * project is not found. Who uploaded it, with which role and when come from the session, the
 * membership and the database clock.
 */
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/connection";
import { activities, checklistItems, choiceOptions, communications, files, homes, neighbourNotices, users } from "../../db/schema";
import { forbiddenProblem } from "../http/problem";
import type { Action, Role } from "../permissions";
import { can, isRole } from "../permissions";
import { textProblem } from "../ui/text-input";
import type { FileProblem } from "./file-problem";
import type { FileKind, FilePurpose, FileSize, StoredFileInfo } from "./file-types";
import { fileCountKey, isFilePurpose } from "./file-types";
import { processUpload } from "./process-upload.server";

export type { FileKind, FilePurpose, FileSize, StoredFileInfo } from "./file-types";
export { fileCountKey, fileUrl, isFilePurpose } from "./file-types";

/** Who acts, as the server established it. */
export interface FileMember {
  projectId: string;
  userId: string;
  role: Role;
}

export interface StoreFileInput {
  purpose: FilePurpose;
  /** The checklist item's key, or the catalogue option's id. */
  subjectKey: string;
  /** A home of the project, or "" for the whole project (always "" for a catalogue photo). */
  homeId: string;
  caption: string;
  keepPosition: boolean;
  fileName: string;
  bytes: Uint8Array;
}

export type StoreFileResult = { ok: true; file: StoredFileInfo } | { ok: false; problem: FileProblem };

/** The permission of adding a file for each purpose (the route's guard takes the same). */
export const uploadPermission: Record<FilePurpose, Action> = {
  checklist: "checklist:comment",
  catalogue: "catalogue:edit",
  activity: "participation:write",
  communication: "neighbours:write",
  notice: "neighbours:write",
};

/** The permission of seeing a file for each purpose. */
export const readPermission: Record<FilePurpose, Action> = {
  checklist: "checklist:read",
  catalogue: "catalogue:read",
  activity: "participation:log",
  communication: "neighbours:read",
  notice: "neighbours:read",
};

/** Who may remove any file of a purpose; the uploader may always remove their own. */
const removeAnyPermission: Record<FilePurpose, Action> = {
  checklist: "checklist:edit",
  catalogue: "catalogue:edit",
  activity: "participation:write",
  communication: "neighbours:write",
  notice: "neighbours:write",
};

export const maxCaptionLength = 500;
const maxFileNameLength = 200;
const maxKeyLength = 200;

const infoColumns = {
  id: files.id,
  purpose: files.purpose,
  subjectKey: files.subjectKey,
  homeId: files.homeId,
  kind: files.kind,
  contentType: files.contentType,
  fileName: files.fileName,
  byteSize: files.byteSize,
  width: files.width,
  height: files.height,
  latitude: files.latitude,
  longitude: files.longitude,
  caption: files.caption,
  uploaderId: files.uploadedBy,
  uploaderName: users.name,
  uploadedRole: files.uploadedRole,
  createdAt: files.createdAt,
};

/** A row of `selectInfo` (the uploader's name is null when the account is gone: a left join). */
type InfoRow = Awaited<ReturnType<typeof selectInfo>>[number];

function toInfo(row: InfoRow): StoredFileInfo {
  const { uploaderId, uploaderName, ...rest } = row;
  return {
    ...rest,
    // Stored by this module only; anything else would be a bug, shown as the safest reading.
    purpose: isFilePurpose(row.purpose) ? row.purpose : "checklist",
    kind: row.kind === "image" ? "image" : "pdf",
    uploadedBy: uploaderId && uploaderName !== null ? { id: uploaderId, name: uploaderName } : null,
    uploadedRole: isRole(row.uploadedRole) ? row.uploadedRole : "observer",
    createdAt: row.createdAt.toISOString(),
  };
}

function problem(code: FileProblem["code"], message: string, messageEn: string, fields?: Record<string, { message: string; messageEn: string }>): FileProblem {
  return fields ? { code, message, messageEn, fields } : { code, message, messageEn };
}

/**
 * The name as the device gave it, made safe to store and show: no folders, no control
 * characters, at most 200 characters; a name-less file gets a plain one.
 *
 * @example
 * safeFileName("C:\\Bilder\\IMG_0042.JPG", "image"); // "IMG_0042.JPG"
 * safeFileName("", "pdf"); // "dokument.pdf"
 */
export function safeFileName(given: string, kind: FileKind): string {
  const base = given.split(/[/\\]/).pop() ?? "";
  const cleaned = Array.from(base.normalize("NFC"))
    .map((character) => (textProblem(character) ? "_" : character))
    .join("")
    .trim();
  const name = Array.from(cleaned).slice(0, maxFileNameLength).join("");
  return name === "" || /^\.+$/.test(name) ? (kind === "image" ? "bilde.jpg" : "dokument.pdf") : name;
}

/** The caption, trimmed and NFC, or the problem that names its field. */
function checkCaption(given: string): string | FileProblem {
  if (textProblem(given)) {
    const message = "Beskrivelsen har tegn som ikke kan lagres (kontrolltegn eller ødelagte tegn).";
    const messageEn = "The description has characters that cannot be stored (control or broken characters).";
    return problem("invalidText", message, messageEn, { caption: { message, messageEn } });
  }
  const caption = given.normalize("NFC").trim();
  if (Array.from(caption).length > maxCaptionLength) {
    const message = `Beskrivelsen er for lang: høyst ${maxCaptionLength} tegn.`;
    const messageEn = `The description is too long: at most ${maxCaptionLength} characters.`;
    return problem("invalidInput", message, messageEn, { caption: { message, messageEn } });
  }
  return caption;
}

const catalogueImageProblem: FileProblem = {
  code: "unsupportedType",
  message: "Et alternativ i katalogen får et bilde i JPEG, PNG eller WebP, ikke en PDF.",
  messageEn: "A catalogue option gets a JPEG, PNG or WebP image, not a PDF.",
};

/** Whether what the file is about exists in this project. */
async function subjectProblem(db: Database, projectId: string, input: Pick<StoreFileInput, "purpose" | "subjectKey" | "homeId">): Promise<FileProblem | null> {
  if (input.subjectKey === "" || input.subjectKey.length > maxKeyLength || textProblem(input.subjectKey)) {
    return problem("badRequest", "Si hva filen hører til (subjectKey).", "Say what the file belongs to (subjectKey).");
  }
  if (input.homeId !== "" && (input.homeId.length > maxKeyLength || textProblem(input.homeId))) {
    return problem("notFound", "Fant ikke boligen i dette prosjektet.", "This project has no such home.");
  }
  if (input.purpose === "checklist") {
    const [item] = await db
      .select({ itemKey: checklistItems.itemKey })
      .from(checklistItems)
      .where(and(eq(checklistItems.projectId, projectId), eq(checklistItems.itemKey, input.subjectKey)));
    if (!item) return problem("notFound", "Fant ikke punktet i sjekklisten til dette prosjektet.", "This project's design checklist has no such item.");
  } else if (input.purpose === "activity" || input.purpose === "communication" || input.purpose === "notice") {
    if (input.homeId !== "") return problem("badRequest", "Filen gjelder ingen bolig.", "The file belongs to no home.");
    const table = input.purpose === "activity" ? activities : input.purpose === "communication" ? communications : neighbourNotices;
    const [row] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.projectId, projectId), eq(table.id, input.subjectKey)));
    if (!row) return problem("notFound", "Fant ikke det filen skal høre til, i dette prosjektet.", "This project has nothing the file could belong to.");
  } else {
    if (input.homeId !== "") return problem("badRequest", "Et bilde av et alternativ i katalogen gjelder ingen bolig.", "A photo of a catalogue option belongs to no home.");
    const [option] = await db
      .select({ id: choiceOptions.id })
      .from(choiceOptions)
      .where(and(eq(choiceOptions.projectId, projectId), eq(choiceOptions.id, input.subjectKey)));
    if (!option) return problem("notFound", "Fant ikke alternativet i katalogen til dette prosjektet.", "This project's catalogue has no such option.");
  }
  if (input.homeId !== "") {
    const [home] = await db
      .select({ id: homes.id })
      .from(homes)
      .where(and(eq(homes.projectId, projectId), eq(homes.id, input.homeId)));
    if (!home) return problem("notFound", "Fant ikke boligen i dette prosjektet.", "This project has no such home.");
  }
  return null;
}

/**
 * Checks and stores one upload: the member's role, what it belongs to, the caption, then the file
 * itself (processUpload). Nothing is stored when anything fails.
 *
 * @example
 * const result = await storeFile(db, { projectId, userId, role: "fire" }, {
 *   purpose: "checklist", subjectKey: "fire-alarm", homeId: "", caption: "Sprinklerhode", keepPosition: false,
 *   fileName: "IMG_0042.jpg", bytes,
 * });
 * if (!result.ok) return fileProblemResponse(result.problem);
 */
export async function storeFile(db: Database, member: FileMember, input: StoreFileInput): Promise<StoreFileResult> {
  if (!isFilePurpose(input.purpose)) return { ok: false, problem: problem("badRequest", "Ukjent formål: bruk checklist, catalogue, activity, communication eller notice.", "Unknown purpose: use checklist, catalogue, activity, communication or notice.") };
  if (!can(member.role, uploadPermission[input.purpose])) return { ok: false, problem: forbiddenProblem };
  const caption = checkCaption(input.caption);
  if (typeof caption !== "string") return { ok: false, problem: caption };
  const missing = await subjectProblem(db, member.projectId, input);
  if (missing) return { ok: false, problem: missing };

  const processed = await processUpload(input.bytes, { fileName: input.fileName, declaredType: "", keepPosition: input.keepPosition });
  if (!processed.ok) return processed;
  if (input.purpose === "catalogue" && processed.kind !== "image") return { ok: false, problem: catalogueImageProblem };

  const id = crypto.randomUUID();
  const [stored] = await db
    .insert(files)
    .values({
      id,
      projectId: member.projectId,
      purpose: input.purpose,
      subjectKey: input.subjectKey,
      homeId: input.homeId,
      kind: processed.kind,
      contentType: processed.contentType,
      fileName: safeFileName(input.fileName, processed.kind),
      byteSize: processed.data.byteLength,
      data: processed.data,
      thumbnail: processed.kind === "image" ? processed.thumbnail : null,
      width: processed.kind === "image" ? processed.width : null,
      height: processed.kind === "image" ? processed.height : null,
      latitude: processed.kind === "image" ? (processed.latitude ?? null) : null,
      longitude: processed.kind === "image" ? (processed.longitude ?? null) : null,
      caption,
      uploadedBy: member.userId,
      uploadedRole: member.role,
    })
    .returning({ id: files.id });
  const [file] = await selectInfo(db).where(eq(files.id, stored.id));
  return { ok: true, file: toInfo(file) };
}

function selectInfo(db: Database) {
  return db.select(infoColumns).from(files).leftJoin(users, eq(users.id, files.uploadedBy));
}

/**
 * The project's files of one purpose (optionally only those about some subjects), oldest first,
 * without their bytes.
 *
 * @example
 * const evidence = await listFiles(db, projectId, "checklist", ["fire-alarm"]);
 */
export async function listFiles(db: Database, projectId: string, purpose: FilePurpose, subjectKeys?: string[]): Promise<StoredFileInfo[]> {
  if (subjectKeys && subjectKeys.length === 0) return [];
  const conditions = [eq(files.projectId, projectId), eq(files.purpose, purpose)];
  if (subjectKeys) conditions.push(inArray(files.subjectKey, subjectKeys));
  const rows = await selectInfo(db)
    .where(and(...conditions))
    .orderBy(asc(files.createdAt), asc(files.id));
  return rows.map(toInfo);
}

/**
 * How many files each subject has, per home: the key is `${subjectKey}|${homeId}` (homeId ""
 * for the whole project), see `fileCountKey`.
 *
 * @example
 * const counts = await countFiles(db, projectId, "checklist");
 * counts.get(fileCountKey("fire-alarm", "")) ?? 0; // 2
 */
export async function countFiles(db: Database, projectId: string, purpose: FilePurpose): Promise<Map<string, number>> {
  const rows = await db
    .select({ subjectKey: files.subjectKey, homeId: files.homeId, count: count() })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.purpose, purpose)))
    .groupBy(files.subjectKey, files.homeId);
  return new Map(rows.map((row) => [fileCountKey(row.subjectKey, row.homeId), Number(row.count)]));
}

export interface StoredFileContent {
  purpose: FilePurpose;
  kind: FileKind;
  contentType: string;
  fileName: string;
  bytes: Uint8Array;
}

/** An id as the URL gave it is only looked up when it could be one (PostgreSQL refuses NUL). */
function plausibleId(fileId: string): boolean {
  return fileId !== "" && fileId.length <= maxKeyLength && textProblem(fileId) === null;
}

/**
 * What a file is for, or null when this project has no such file: the route picks the read
 * permission from it before it reads any bytes.
 */
export async function filePurpose(db: Database, projectId: string, fileId: string): Promise<FilePurpose | null> {
  if (!plausibleId(fileId)) return null;
  const [row] = await db
    .select({ purpose: files.purpose })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.id, fileId)));
  return row && isFilePurpose(row.purpose) ? row.purpose : null;
}

/**
 * A file's bytes in one size (an image's thumbnail or its viewable size; a PDF has one), or null
 * when this project has no such file.
 *
 * @example
 * const content = await readStoredFile(db, projectId, fileId, "thumb");
 */
export async function readStoredFile(db: Database, projectId: string, fileId: string, size: FileSize): Promise<StoredFileContent | null> {
  if (!plausibleId(fileId)) return null;
  const thumbnail = size === "thumb";
  const [row] = await db
    .select({
      purpose: files.purpose,
      kind: files.kind,
      contentType: files.contentType,
      fileName: files.fileName,
      // Only the size asked for leaves the database.
      data: thumbnail ? files.thumbnail : files.data,
    })
    .from(files)
    .where(and(eq(files.projectId, projectId), eq(files.id, fileId)));
  if (!row || !isFilePurpose(row.purpose)) return null;
  let bytes = row.data;
  if (bytes === null) {
    // A PDF (or an image stored without a thumbnail) has only its one size.
    const [full] = await db.select({ data: files.data }).from(files).where(eq(files.id, fileId));
    bytes = full.data;
  }
  return { purpose: row.purpose, kind: row.kind === "image" ? "image" : "pdf", contentType: row.contentType, fileName: row.fileName, bytes };
}

export type DeleteFileResult = "deleted" | "notFound" | "forbidden";

/**
 * Removes a file: its uploader may, and so may planners (who may change the item or the
 * catalogue). `purpose` is what the route's guard checked; a file of another purpose is not found.
 *
 * @example
 * await deleteFile(db, { projectId, userId, role: "planner" }, "checklist", fileId); // "deleted"
 */
export async function deleteFile(db: Database, member: FileMember, purpose: FilePurpose, fileId: string): Promise<DeleteFileResult> {
  if (!plausibleId(fileId)) return "notFound";
  const [row] = await db
    .select({ purpose: files.purpose, uploadedBy: files.uploadedBy })
    .from(files)
    .where(and(eq(files.projectId, member.projectId), eq(files.id, fileId)));
  if (!row || row.purpose !== purpose) return "notFound";
  const own = row.uploadedBy === member.userId && can(member.role, uploadPermission[purpose]);
  if (!own && !can(member.role, removeAnyPermission[purpose])) return "forbidden";
  await db.delete(files).where(and(eq(files.projectId, member.projectId), eq(files.id, fileId)));
  return "deleted";
}
