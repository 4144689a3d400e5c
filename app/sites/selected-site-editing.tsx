import { Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { Site } from "./site-document";
import { useSiteEditing } from "./site-editing";
import { SiteEditor } from "./site-editor";
import { CornersForm } from "./site-editor-corners";
import { ReshapeButtons } from "./site-editor-toolbar";
import { cornersText, sitePosition } from "./site-position";
import { SitePositionForm } from "./site-position-form";

/** The selected site's notes for those who may not edit them (planners have them in the form). */
export function SiteNotesForReaders({ site }: { site: Site }) {
  const { t } = useTranslation();
  if (useSiteEditing().editable) return null;
  return <Paragraph className="site-notes">{site.notes || t("siteEditor.notesNone")}</Paragraph>;
}

/**
 * The selected site's editing in the side panel: name, status and notes, its
 * position (a point) or corners and reshaping (an area); nothing for those who may not edit.
 */
export function SelectedSiteEditing({ site }: { site: Site }) {
  const { t } = useTranslation();
  const { editable, history, change, move, remove, reshaping, setReshaping } = useSiteEditing();
  if (!editable) return null;
  const position = sitePosition(site);
  return (
    <>
      <SiteEditor
        key={site.id}
        site={site}
        onSave={(fields) => {
          history.newStep();
          change(site.id, fields);
        }}
        onDelete={() => remove(site.id, site.name)}
      />
      {site.geometry.type === "Point" ? (
        <>
          <Paragraph className="muted">{t("siteEditor.dragPointHint")}</Paragraph>
          <SitePositionForm
            key={`${site.id}:${position.lat}:${position.lon}`}
            title={t("siteMap.moveSiteForm")}
            submitLabel={t("siteMap.move")}
            withName={false}
            initial={{ name: site.name, lat: String(position.lat), lon: String(position.lon) }}
            onSubmit={(next) => {
              history.newStep();
              move(site.id, next);
            }}
          />
        </>
      ) : (
        <>
          <ReshapeButtons mode={reshaping?.mode ?? null} onMode={setReshaping} />
          <CornersForm
            key={site.id}
            title={t("siteEditor.cornersForm")}
            submitLabel={t("siteEditor.saveCorners")}
            withName={false}
            corners={cornersText(site.geometry)}
            onSubmit={({ polygon }) => {
              history.newStep();
              change(site.id, { geometry: polygon });
            }}
          />
        </>
      )}
    </>
  );
}
