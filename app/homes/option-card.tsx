/**
 * One option of a category as a card: its photo or a swatch of its colour, and in words its
 * name, colour, colour code, material and robustness (a warning with its reason; an option that
 * fails as "Tilbys ikke: <reason>"), and "Standard" on the standard. Planners change it here.
 */
import { Button, Details, Heading, Tag } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionMessage } from "./action-message";
import type { CatalogueActionResult } from "./catalogue-page.server";
import type { CatalogueOption } from "./catalogue-store.server";
import { OptionForm } from "./option-form";
import { OptionPhotoUpload } from "./option-photo";

export function OptionCard({
  projectId,
  option,
  usage,
  mayEdit,
  deletion,
}: {
  projectId: string;
  option: CatalogueOption;
  /** Homes that chose or favoured it (planners only). */
  usage: number;
  mayEdit: boolean;
  /** The category's fetcher for deletions, so focus can go somewhere sensible once the card is gone. */
  deletion: ReturnType<typeof useFetcher<CatalogueActionResult>>;
}) {
  const { t } = useTranslation();
  const standard = useFetcher<CatalogueActionResult>();
  const headingId = `option-${option.id}-name`;
  return (
    <article className={`catalogue-option${option.robustness === "fails" ? " catalogue-option--fails" : ""}`} aria-labelledby={headingId} data-testid="catalogue-option">
      {option.photoFileId ? (
        <img className="catalogue-option__photo" src={`/projects/${projectId}/files/${option.photoFileId}?size=thumb`} alt={t("homes.option.photoAlt", { name: option.name })} loading="lazy" />
      ) : null}
      <div className="catalogue-option__swatch" style={{ backgroundColor: option.color }} aria-hidden="true" />
      <div className="row">
        <Heading level={4} data-size="xs" id={headingId}>
          {option.name}
        </Heading>
        {option.isStandard ? <Tag data-color="accent">{t("homes.option.standard")}</Tag> : null}
      </div>
      <dl>
        <dt>{t("homes.option.colorShort")}</dt>
        <dd>{option.color}</dd>
        <dt>{t("homes.option.colorCodeShort")}</dt>
        <dd>{option.colorCode || t("homes.option.noCode")}</dd>
        {option.material ? (
          <>
            <dt>{t("homes.option.material")}</dt>
            <dd>{option.material}</dd>
          </>
        ) : null}
        <dt>{t("homes.option.robustness")}</dt>
        <dd>{t(`homes.option.robustnessLevel.${option.robustness}`)}</dd>
      </dl>
      {option.robustness === "warning" ? <p className="catalogue-warning">{t("homes.option.warning", { note: option.robustnessNote })}</p> : null}
      {option.robustness === "fails" ? <p className="catalogue-fails">{t("homes.option.fails", { reason: option.robustnessNote })}</p> : null}
      {option.robustness === "ok" && option.robustnessNote ? <p className="muted">{option.robustnessNote}</p> : null}
      {mayEdit && usage > 0 ? <p className="muted">{t("homes.option.chosenBy", { count: usage })}</p> : null}
      {mayEdit ? (
        <div className="stack catalogue-option__actions">
          <div className="row">
            {!option.isStandard && option.robustness !== "fails" ? (
              <standard.Form method="post">
                <input type="hidden" name="intent" value="setStandard" />
                <input type="hidden" name="optionId" value={option.id} />
                <Button type="submit" variant="secondary" data-size="sm" disabled={standard.state !== "idle"} aria-label={t("homes.option.makeStandardLabel", { name: option.name })}>
                  {t("homes.option.makeStandard")}
                </Button>
              </standard.Form>
            ) : null}
            <deletion.Form method="post">
              <input type="hidden" name="intent" value="deleteOption" />
              <input type="hidden" name="optionId" value={option.id} />
              <Button
                type="submit"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                disabled={deletion.state !== "idle"}
                aria-label={t("homes.option.deleteLabel", { name: option.name })}
              >
                {t("homes.option.delete")}
              </Button>
            </deletion.Form>
          </div>
          <ActionMessage result={standard.data} />
          <OptionPhotoUpload projectId={projectId} option={option} />
          <Details>
            <Details.Summary aria-label={t("homes.option.editLabel", { name: option.name })}>{t("homes.option.edit")}</Details.Summary>
            <Details.Content>
              <OptionForm categoryId={option.categoryId} option={option} />
            </Details.Content>
          </Details>
        </div>
      ) : null}
    </article>
  );
}
