import { Field, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FileList } from "../files/file-list";
import type { StoredFileInfo } from "../files/file-types";
import { FileUpload } from "../files/file-upload";
import { homeName } from "./checklist-text";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";

/**
 * An item's evidence: the photos and PDFs, grouped by the project and each home, and (for members
 * who may comment) the upload, for the whole project or, on a home item, one home.
 */
export function ItemEvidence({ item, snapshot, files }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot; files: StoredFileInfo[] }) {
  const { t } = useTranslation();
  const [homeId, setHomeId] = useState("");
  const places = [...new Set(["", ...snapshot.homes.map((home) => home.id)])].filter((place) => files.some((file) => file.homeId === place));
  const idBase = `evidence-${item.key}`;
  return (
    <section className="stack checklist-evidence" aria-labelledby={idBase}>
      <h5 id={idBase} className="ds-heading" data-size="2xs">
        {t("checklist.evidence.title")}
      </h5>
      {files.length === 0 ? <Paragraph className="muted">{t("checklist.evidence.none")}</Paragraph> : null}
      {places.map((place) => (
        <div key={place} className="stack checklist-evidence__place">
          {item.scope === "home" ? <p className="checklist-evidence__home">{homeName(snapshot, place, t)}</p> : null}
          <FileList
            projectId={snapshot.projectId}
            files={files.filter((file) => file.homeId === place)}
            removal={item.may.comment ? { userId: snapshot.self.id, mayRemoveAny: snapshot.self.may.edit } : undefined}
          />
        </div>
      ))}
      {item.may.comment ? (
        <div className="stack">
          {item.scope === "home" && snapshot.homes.length > 0 ? (
            <Field>
              <Label htmlFor={`${idBase}-home`}>{t("checklist.evidence.about")}</Label>
              <Select id={`${idBase}-home`} value={homeId} onChange={(event) => setHomeId(event.currentTarget.value)}>
                <Select.Option value="">{t("checklist.evidence.forProject")}</Select.Option>
                {snapshot.homes.map((home) => (
                  <Select.Option key={home.id} value={home.id}>
                    {home.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ) : null}
          <FileUpload projectId={snapshot.projectId} purpose="checklist" subjectKey={item.key} homeId={homeId} />
        </div>
      ) : null}
    </section>
  );
}
