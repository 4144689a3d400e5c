/**
 * A planner's photo upload for one catalogue option, behind a disclosure. After an upload the
 * option is pointed at its newest photo (intent `usePhoto`), so the card shows it.
 */
import { Details } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { FileUpload } from "../files/file-upload";
import { ActionMessage } from "./action-message";
import type { CatalogueActionResult } from "./catalogue-page.server";
import type { CatalogueOption } from "./catalogue-store.server";

export function OptionPhotoUpload({ projectId, option }: { projectId: string; option: CatalogueOption }) {
  const { t } = useTranslation();
  const photo = useFetcher<CatalogueActionResult>();
  const { submit } = photo;
  const uploaded = useCallback(() => submit({ intent: "usePhoto", optionId: option.id }, { method: "post" }), [submit, option.id]);
  return (
    <Details>
      <Details.Summary aria-label={t("homes.option.photoUpload", { name: option.name })}>{t("homes.option.photoUploadShort")}</Details.Summary>
      <Details.Content>
        <FileUpload projectId={projectId} purpose="catalogue" subjectKey={option.id} onUploaded={uploaded} />
        <ActionMessage result={photo.data} />
      </Details.Content>
    </Details>
  );
}
