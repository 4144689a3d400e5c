import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../permissions";
import { useMapPage } from "../map-page/map-page-context";
import { readPoint, type ManualPoint } from "./manual-points";
import { emptyPoint, PointForm, pointFormValues } from "./point-form";
import { sendPointRequest } from "./send-point-request";
import "./reference-points.css";

/**
 * The points added by hand in the map page's reference data, by name.
 *
 * @example
 * const points = useManualPoints(); // [{ id, category: "busStop", name: "Torget", … }]
 */
export function useManualPoints(): ManualPoint[] {
  const { reference } = useMapPage();
  return useMemo(
    () =>
      (reference?.features ?? [])
        .map(readPoint)
        .filter((point): point is ManualPoint => point !== null)
        .sort((a, b) => a.name.localeCompare(b.name, "nb")),
    [reference],
  );
}

/**
 * Points added by hand: destinations and existing supported-housing units.
 * Everyone reads the list (the non-map way to see them); planners add, change
 * and delete, and the assessment is run again after each change.
 */
export function ReferencePointsPanel() {
  const { t } = useTranslation();
  const { projectId, self, reloadReference } = useMapPage();
  const points = useManualPoints();
  const mayEdit = can(self.role, "reference:edit");
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [message, setMessage] = useState("");
  const [failure, setFailure] = useState<string | null>(null);

  const saved = (point: ManualPoint) => {
    setEditing(null);
    setMessage(t("referencePoints.saved", { name: point.name }));
    reloadReference();
  };
  const remove = async (point: ManualPoint) => {
    if (!window.confirm(t("referencePoints.confirmRemove", { name: point.name }))) return;
    const answer = await sendPointRequest(projectId, { intent: "delete", pointId: point.id });
    if (!answer.ok) {
      setFailure(answer.offline ? t("referencePoints.offline") : t("referencePoints.failed", { message: answer.problem.message }));
      return;
    }
    setFailure(null);
    setMessage(t("referencePoints.removed", { name: point.name }));
    reloadReference();
  };

  return (
    <section className="stack reference-points-panel" aria-labelledby="reference-points-heading" data-testid="reference-points-panel">
      <Heading level={2} data-size="sm" id="reference-points-heading">
        {t("referencePoints.title")}
      </Heading>
      <Paragraph data-size="sm">{t("referencePoints.intro")}</Paragraph>
      <p role="status" className="muted">
        {message}
      </p>
      {failure ? <Alert data-color="danger">{failure}</Alert> : null}
      {points.length === 0 ? <Paragraph className="muted">{t("referencePoints.none")}</Paragraph> : null}
      {points.length > 0 ? (
        <ul className="reference-points-list">
          {points.map((point) => (
            <li key={point.id} className="stack" data-testid="reference-point">
              <span>
                <strong>{point.name}</strong> – {t(`referencePoints.category.${point.category}`)}
                {point.homes !== null ? `, ${t("referencePoints.homesCount", { count: point.homes })}` : ""}
              </span>
              <span className="muted">{t("referencePoints.position", { lat: point.lat, lon: point.lon })}</span>
              {mayEdit && editing === point.id ? (
                <PointForm
                  projectId={projectId}
                  title={t("referencePoints.editForm", { name: point.name })}
                  submitLabel={t("referencePoints.saveChanges")}
                  initial={pointFormValues(point)}
                  pointId={point.id}
                  onSaved={saved}
                  onCancel={() => setEditing(null)}
                />
              ) : mayEdit ? (
                <div className="row">
                  <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(point.id)}>
                    {t("referencePoints.edit", { name: point.name })}
                  </Button>
                  <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => void remove(point)}>
                    {t("referencePoints.remove", { name: point.name })}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {mayEdit ? (
        editing === "new" ? (
          <PointForm
            projectId={projectId}
            title={t("referencePoints.addForm")}
            submitLabel={t("referencePoints.save")}
            initial={emptyPoint}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="row">
            <Button type="button" onClick={() => setEditing("new")}>
              {t("referencePoints.add")}
            </Button>
          </div>
        )
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t("referencePoints.plannersOnly")}
        </Paragraph>
      )}
    </section>
  );
}
