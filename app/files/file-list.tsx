/**
 * Stored files as a list (decision 012): an image's thumbnail linking to its viewable size, a
 * PDF as a link with its name and size, and who uploaded it, with which role and when, and the
 * photo's position when it was kept. Text only: React escapes every name and caption.
 */
import { Button, Link, Paragraph } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format-time";
import type { StoredFileInfo } from "./file-types";
import { fileUrl, thumbnailSize } from "./file-types";
import "./files.css";

export interface FileListProps {
  projectId: string;
  files: StoredFileInfo[];
  /** Show "No evidence yet" when there are none (otherwise nothing is shown). */
  showEmpty?: boolean;
  /**
   * Offer "Remove" on the files this member may remove: their own uploads, or every file when
   * `mayRemoveAny` (the server checks the same rule).
   */
  removal?: { userId: string; mayRemoveAny: boolean };
}

/**
 * @example
 * <FileList projectId={project.id} files={evidence.filter((file) => file.subjectKey === item.key)} />
 */
export function FileList({ projectId, files, showEmpty = false, removal }: FileListProps) {
  const { t } = useTranslation();
  if (files.length === 0) return showEmpty ? <Paragraph className="files-list__meta">{t("files.list.empty")}</Paragraph> : null;
  const label = files.every((file) => file.purpose === "catalogue") ? t("files.list.catalogueLabel") : t("files.list.label");
  return (
    <ul className="files-list" aria-label={label}>
      {files.map((file) => (
        <FileItem
          key={file.id}
          projectId={projectId}
          file={file}
          removable={removal !== undefined && (removal.mayRemoveAny || file.uploadedBy?.id === removal.userId)}
        />
      ))}
    </ul>
  );
}

function FileItem({ projectId, file, removable }: { projectId: string; file: StoredFileInfo; removable: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const time = formatDateTime(file.createdAt, language);
  const role = t(`role.${file.uploadedRole}`);
  const size = thumbnailSize(file);
  return (
    <li className="files-list__item">
      {file.kind === "image" ? (
        <a className="files-list__thumbnail" href={fileUrl(projectId, file.id, "view")} title={t("files.list.openImage")}>
          <img src={fileUrl(projectId, file.id, "thumb")} alt={file.caption || t("files.list.imageAlt", { name: file.fileName })} loading="lazy" width={size?.width} height={size?.height} />
        </a>
      ) : (
        <Link className="files-list__pdf" href={fileUrl(projectId, file.id, "view")}>
          {t("files.list.pdf", { name: file.fileName, size: byteSizeText(file.byteSize, t, language) })}
        </Link>
      )}
      {file.caption && file.kind === "pdf" ? <p>{file.caption}</p> : null}
      {file.caption && file.kind === "image" ? <p aria-hidden="true">{file.caption}</p> : null}
      <p className="files-list__meta">
        {file.uploadedBy ? t("files.list.uploadedBy", { name: file.uploadedBy.name, role, time }) : t("files.list.uploadedByFormer", { role, time })}
      </p>
      {file.latitude !== null && file.longitude !== null ? <p className="files-list__meta">{positionText(file.latitude, file.longitude, t, language)}</p> : null}
      {removable ? <RemoveFile projectId={projectId} file={file} /> : null}
    </li>
  );
}

/** "Remove", then a question with "Yes, remove" and "Cancel": a removed file cannot be brought back. */
function RemoveFile({ projectId, file }: { projectId: string; file: StoredFileInfo }) {
  const { t, i18n } = useTranslation();
  const fetcher = useFetcher<{ error?: { message: string; messageEn: string } }>();
  const [asking, setAsking] = useState(false);
  const name = file.caption || file.fileName;
  const error = fetcher.state === "idle" ? fetcher.data?.error : undefined;
  if (!asking) {
    return (
      <Button type="button" variant="tertiary" data-size="sm" aria-label={t("files.list.removeLabel", { name })} onClick={() => setAsking(true)}>
        {t("files.list.remove")}
      </Button>
    );
  }
  return (
    <fetcher.Form method="post" action={`/projects/${projectId}/files`} className="stack files-list__remove">
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="purpose" value={file.purpose} />
      <input type="hidden" name="fileId" value={file.id} />
      <p role="alert">{t("files.list.removeQuestion", { name })}</p>
      <div className="row">
        <Button type="submit" variant="primary" data-color="danger" data-size="sm" disabled={fetcher.state !== "idle"}>
          {t("files.list.removeConfirm")}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setAsking(false)}>
          {t("files.list.removeCancel")}
        </Button>
      </div>
      {error ? <p role="alert">{t("files.list.removeFailed", { message: i18n.language === "en" ? error.messageEn : error.message })}</p> : null}
    </fetcher.Form>
  );
}

type Translate = ReturnType<typeof useTranslation>["t"];

/** A decimal number as the language writes it (the same on the server and in the browser). */
function decimal(value: number, digits: number, language: string): string {
  const text = value.toFixed(digits);
  return language === "en" ? text : text.replace(".", ",");
}

/**
 * "240 kB" or "2,4 MB" (1 kB = 1024 bytes, as file managers on phones count).
 *
 * @example
 * byteSizeText(245_760, t, "nb"); // "240 kB"
 */
function byteSizeText(bytes: number, t: Translate, language: string): string {
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) return t("files.list.kilobytes", { value: String(Math.max(1, Math.round(kilobytes))) });
  return t("files.list.megabytes", { value: decimal(kilobytes / 1024, 1, language) });
}

/** 59.95833° N, 10.95000° Ø: five decimals are about a metre. */
function positionText(latitude: number, longitude: number, t: Translate, language: string): string {
  const latitudeText = t(latitude < 0 ? "files.list.south" : "files.list.north", { value: decimal(Math.abs(latitude), 5, language) });
  const longitudeText = t(longitude < 0 ? "files.list.west" : "files.list.east", { value: decimal(Math.abs(longitude), 5, language) });
  return t("files.list.position", { latitude: latitudeText, longitude: longitudeText });
}
