import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { SharedDocument } from "../sync/use-shared-document";
import type { ReferenceState } from "./use-reference-data";

/**
 * The connection in one short line, for the stage's bar above the map (a live region, so a
 * dropped connection is announced).
 *
 * @example
 * <ConnectionStatus shared={plan.shared} />
 */
export function ConnectionStatus({ shared }: { shared: SharedDocument }) {
  const { t } = useTranslation();
  return (
    <p className="status map-stage__status" role="status" data-testid="connection-status" data-status={shared.status}>
      {t(`project.status.${shared.status}`)}
    </p>
  );
}

/** The page's state in words at the top of the side panel: refused, read-only, the reference data, a failed assessment. */
export function MapPageNotices({
  shared,
  mayEditPlan,
  reference,
  assessmentError,
}: {
  shared: SharedDocument;
  mayEditPlan: boolean;
  reference: ReferenceState;
  assessmentError: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {shared.status === "denied" ? <Alert data-color="danger">{t("project.status.denied")}</Alert> : null}
      {!mayEditPlan ? <Alert data-color="info">{t("siteMap.readOnly")}</Alert> : null}
      {reference.state === "loading" ? <Paragraph className="muted">{t("siteMap.referenceLoading")}</Paragraph> : null}
      {reference.state === "failed" ? <Alert data-color="warning">{t("siteMap.referenceFailed")}</Alert> : null}
      {reference.state === "loaded" && !reference.geojson ? <Alert data-color="info">{t("siteMap.referenceNone")}</Alert> : null}
      {assessmentError ? <Alert data-color="danger">{t("siteMap.assessmentFailed", { message: assessmentError })}</Alert> : null}
    </>
  );
}
