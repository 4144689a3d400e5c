/**
 * The upload form for evidence on a checklist item or the photo of a catalogue option (decision
 * 012): a fetcher form posting multipart to /projects/:id/files, so the page's loaders reload
 * after it (and other members' pages reload through the live notice). Without JavaScript the
 * browser posts it plainly and is sent back to this page.
 */
import { Button, Checkbox, Input, Label, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FileProblem } from "./file-problem";
import { maxFileBytes } from "./file-problem";
import type { FilePurpose, StoredFileInfo } from "./file-types";
import "./files.css";

export interface FileUploadProps {
  projectId: string;
  purpose: FilePurpose;
  /** The checklist item's key, or the catalogue option's id. */
  subjectKey: string;
  /** The home the evidence is about; omitted or "" for the whole project. */
  homeId?: string;
  /** Called once for each stored file, after the page's data has started reloading. */
  onUploaded?: (file: StoredFileInfo) => void;
}

type UploadAnswer = { file?: StoredFileInfo; error?: FileProblem };

/** What the field-level messages look like in a problem's `fields`. */
function fieldMessage(problem: FileProblem | undefined, field: string): { message: string; messageEn: string } | undefined {
  const fields = problem?.fields;
  if (typeof fields !== "object" || fields === null || !(field in fields)) return undefined;
  const value: unknown = (fields as Record<string, unknown>)[field];
  if (typeof value !== "object" || value === null || !("message" in value) || !("messageEn" in value)) return undefined;
  const { message, messageEn } = value;
  return typeof message === "string" && typeof messageEn === "string" ? { message, messageEn } : undefined;
}

/**
 * @example
 * <FileUpload projectId={project.id} purpose="checklist" subjectKey={item.key} homeId={home?.id} />
 */
export function FileUpload({ projectId, purpose, subjectKey, homeId = "", onUploaded }: FileUploadProps) {
  const { t, i18n } = useTranslation();
  const fetcher = useFetcher<UploadAnswer>();
  const location = useLocation();
  const form = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [uploadedName, setUploadedName] = useState<string | null>(null);
  const handled = useRef<UploadAnswer | undefined>(undefined);
  const id = useId();
  const ids = { file: `${id}-file`, fileHelp: `${id}-file-help`, fileError: `${id}-file-error`, keepHelp: `${id}-keep-help` };
  const english = i18n.language === "en";
  const catalogue = purpose === "catalogue";

  const busy = fetcher.state !== "idle";
  const answer = busy ? undefined : fetcher.data;
  const problem = answer?.error;
  const captionMessage = fieldMessage(problem, "caption");
  const serverFileMessage = problem && !captionMessage ? (fieldMessage(problem, "file") ?? problem) : undefined;
  const fileError = localProblem ?? (serverFileMessage ? (english ? serverFileMessage.messageEn : serverFileMessage.message) : null);

  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data || handled.current === fetcher.data) return;
    handled.current = fetcher.data;
    const file = fetcher.data.file;
    if (!file) return;
    form.current?.reset();
    setUploadedName(file.fileName);
    onUploaded?.(file);
  }, [fetcher.state, fetcher.data, onUploaded]);

  const checkBeforeSending = (event: React.FormEvent<HTMLFormElement>) => {
    setUploadedName(null);
    const file = fileInput.current?.files?.[0];
    const local = !file || file.size === 0 ? t(catalogue ? "files.upload.chooseImage" : "files.upload.chooseFile") : file.size > maxFileBytes ? t("files.upload.tooLarge") : null;
    setLocalProblem(local);
    if (local) {
      event.preventDefault();
      fileInput.current?.focus();
    }
  };

  return (
    <fetcher.Form
      ref={form}
      method="post"
      action={`/projects/${encodeURIComponent(projectId)}/files`}
      encType="multipart/form-data"
      onSubmit={checkBeforeSending}
      noValidate
    >
      <fieldset className="files-upload">
        <legend className="files-upload__legend">{t(catalogue ? "files.upload.catalogueLegend" : purpose === "activity" ? "files.upload.activityLegend" : "files.upload.checklistLegend")}</legend>
        {/* The purpose first: the server checks the permission for it before it reads the file. */}
        <input type="hidden" name="purpose" value={purpose} />
        <input type="hidden" name="subjectKey" value={subjectKey} />
        <input type="hidden" name="homeId" value={homeId} />
        <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
        {/* Ids and aria-describedby set here, not by Designsystemet's field observer, so the
            server's rendering already links the help and the error to the input. */}
        <div className="ds-field">
          <Label htmlFor={ids.file}>{t(catalogue ? "files.upload.catalogueFile" : "files.upload.file")}</Label>
          <div data-field="description" id={ids.fileHelp}>
            {t(catalogue ? "files.upload.catalogueFileHelp" : "files.upload.fileHelp")}
          </div>
          <Input
            ref={fileInput}
            id={ids.file}
            type="file"
            name="file"
            accept={catalogue ? "image/jpeg,image/png,image/webp" : "image/jpeg,image/png,image/webp,application/pdf"}
            aria-describedby={fileError ? `${ids.fileHelp} ${ids.fileError}` : ids.fileHelp}
            aria-invalid={fileError ? true : undefined}
            onChange={() => setLocalProblem(null)}
          />
          {fileError ? (
            <ValidationMessage id={ids.fileError} role="alert">
              {fileError}
            </ValidationMessage>
          ) : null}
        </div>
        <Textfield
          name="caption"
          label={t("files.upload.caption")}
          description={t("files.upload.captionHelp")}
          maxLength={500}
          autoComplete="off"
          error={captionMessage ? (english ? captionMessage.messageEn : captionMessage.message) : undefined}
        />
        {catalogue ? null : (
          <Checkbox className="files-upload__keep" name="keepPosition" value="on" label={t("files.upload.keepPosition")} description={t("files.upload.keepPositionHelp")} />
        )}
        <div className="files-upload__actions">
          <Button type="submit" disabled={busy} aria-disabled={busy || undefined}>
            {busy ? t("files.upload.uploading") : t("files.upload.submit")}
          </Button>
          <p role="status" className="files-upload__status">
            {uploadedName ? t("files.upload.uploaded", { name: uploadedName }) : ""}
          </p>
        </div>
      </fieldset>
    </fetcher.Form>
  );
}
