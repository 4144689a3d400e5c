import { Alert, Button, Paragraph, Spinner } from "@digdir/designsystemet-react";
import type { Polygon } from "geojson";
import { useTranslation } from "react-i18next";
import type { DrawingToolsState, ReshapeMode } from "./drawing-tools.client";
import { useSiteEditing } from "./site-editing";
import { CornersForm } from "./site-editor-corners";
import { SitePositionForm, type PositionInput } from "./site-position-form";
import type { SiteHistory } from "./use-undo";

export type Drawing = "point" | "polygon" | null;

/** Whether geoman is loading or failed (it loads on the first drawing or reshaping). */
export function DrawingToolsNotice({ state }: { state: DrawingToolsState | null }) {
  const { t } = useTranslation();
  if (state === "loading")
    return (
      <Paragraph className="muted" role="status">
        <Spinner aria-hidden data-size="xs" /> {t("siteEditor.loadingTools")}
      </Paragraph>
    );
  if (state === "failed") return <Alert data-color="warning">{t("siteEditor.toolsFailed")}</Alert>;
  return null;
}

/**
 * A planner's tools above the map: add a site (draw a point or an area on the
 * map; the forms to type one are in SiteAddForms), and undo or redo their own changes.
 */
export function SiteEditorToolbar({
  adding,
  onToggleAdding,
  drawing,
  onDraw,
  history,
}: {
  adding: boolean;
  onToggleAdding(): void;
  drawing: Drawing;
  onDraw(drawing: Drawing): void;
  history: SiteHistory;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack site-toolbar">
      <div className="row">
        <Button type="button" variant={adding ? "secondary" : "primary"} aria-pressed={adding} onClick={onToggleAdding}>
          {adding ? t("siteMap.cancelAdd") : t("siteMap.addSite")}
        </Button>
        {adding ? (
          <>
            <Button type="button" variant={drawing === "point" ? "primary" : "secondary"} aria-pressed={drawing === "point"} onClick={() => onDraw("point")}>
              {t("siteEditor.drawPoint")}
            </Button>
            <Button type="button" variant={drawing === "polygon" ? "primary" : "secondary"} aria-pressed={drawing === "polygon"} onClick={() => onDraw("polygon")}>
              {t("siteEditor.drawPolygon")}
            </Button>
          </>
        ) : null}
        <Button type="button" variant="secondary" disabled={!history.canUndo} onClick={history.undo} aria-keyshortcuts="Control+Z">
          {t("siteEditor.undo")}
        </Button>
        <Button type="button" variant="secondary" disabled={!history.canRedo} onClick={history.redo} aria-keyshortcuts="Control+Shift+Z">
          {t("siteEditor.redo")}
        </Button>
      </div>
      <Paragraph className="muted" data-size="sm">
        {t("siteEditor.undoHint")}
      </Paragraph>
      {adding ? (
        <Paragraph role="status">
          {drawing === "polygon" ? t("siteEditor.drawPolygonHint") : t("siteEditor.drawPointHint")} {t("siteEditor.formsBeside")}
        </Paragraph>
      ) : null}
    </div>
  );
}

/** The keyboard and non-map way to add a site: its position, or its corners. */
export function SiteAddForms({
  onAddPoint,
  onAddPolygon,
  onCancel,
}: {
  onAddPoint(input: PositionInput): void;
  onAddPolygon(input: { name: string; polygon: Polygon }): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack site-adding">
      <SitePositionForm title={t("siteMap.addSiteForm")} submitLabel={t("siteMap.save")} withName initial={{ name: "", lat: "", lon: "" }} onSubmit={onAddPoint} onCancel={onCancel} />
      <CornersForm title={t("siteEditor.newPolygonForm")} submitLabel={t("siteMap.save")} withName corners="" onSubmit={onAddPolygon} />
    </div>
  );
}

/** Turn on changing an area site's corners, or moving it, on the map (one at a time). */
export function ReshapeButtons({ mode, onMode }: { mode: ReshapeMode | null; onMode(mode: ReshapeMode | null): void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div className="row">
        <Button type="button" variant={mode === "corners" ? "primary" : "secondary"} aria-pressed={mode === "corners"} onClick={() => onMode(mode === "corners" ? null : "corners")}>
          {t("siteEditor.editShape")}
        </Button>
        <Button type="button" variant={mode === "move" ? "primary" : "secondary"} aria-pressed={mode === "move"} onClick={() => onMode(mode === "move" ? null : "move")}>
          {t("siteEditor.moveShape")}
        </Button>
      </div>
      {mode ? <Paragraph role="status">{mode === "corners" ? t("siteEditor.editShapeHint") : t("siteEditor.moveShapeHint")}</Paragraph> : null}
    </div>
  );
}

/** The planner's tools above the map, the drawing tools' state and the last notice; nothing for those who may not edit. */
export function SiteEditingTools() {
  const editing = useSiteEditing();
  if (!editing.editable) return null;
  return (
    <>
      <SiteEditorToolbar adding={editing.adding} onToggleAdding={editing.toggleAdding} drawing={editing.drawing} onDraw={editing.setDrawing} history={editing.history} />
      <DrawingToolsNotice state={editing.toolsState} />
      {editing.notice ? (
        <Alert data-color="info" role="status">
          {editing.notice}
        </Alert>
      ) : null}
    </>
  );
}

/** While a planner adds a site: the forms to type its position or corners, in the side panel. */
export function SiteAddPanel() {
  const editing = useSiteEditing();
  if (!editing.adding) return null;
  return <SiteAddForms onAddPoint={editing.addPoint} onAddPolygon={({ name, polygon }) => editing.create(name, polygon)} onCancel={editing.toggleAdding} />;
}
