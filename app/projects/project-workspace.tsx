import { Alert, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useRevalidator } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DecisionLog } from "../decision-log/decision-log";
import { readPhase, setPhase } from "../decision-log/plan-document";
import { projectMap } from "../documents/plan-document";
import type { Role } from "../permissions";
import { useObserveDeep, useSharedDocument } from "../sync/use-shared-document";
import { PhasePath } from "./phase-path";
import { PresenceList } from "./presence-list";

/** The live part of a project page: phase, decision log and who is here. */
export function ProjectWorkspace({
  projectId,
  self,
  mayEditPlan,
}: {
  projectId: string;
  self: { id: string; name: string; role: Role };
  mayEditPlan: boolean;
}) {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const [generation, setGeneration] = useState(0);
  // Access changed: reload the page data (a removed member gets "not found") and
  // reconnect, so the server authorises the connection for the new role.
  const shared = useSharedDocument(`project/${projectId}/plan`, self, generation, () => {
    revalidator.revalidate();
    setGeneration((value) => value + 1);
  });
  const projectState = shared ? projectMap(shared.doc) : undefined;
  useObserveDeep(projectState);

  if (!shared) {
    return (
      <Paragraph>
        <Spinner aria-hidden data-size="sm" /> {t("project.status.loading")}
      </Paragraph>
    );
  }
  const editable = mayEditPlan && !shared.readOnly && shared.status !== "denied";
  const phase = readPhase(shared.doc);
  return (
    <div className="project-layout">
      <div className="stack">
        {shared.status === "denied" ? (
          <Alert data-color="danger">{t("project.status.denied")}</Alert>
        ) : null}
        {!mayEditPlan ? <Alert data-color="info">{t("project.readOnly")}</Alert> : null}
        {shared.loaded ? (
          <>
            <PhasePath phase={phase} editable={editable} onChange={(next) => setPhase(shared.doc, next)} />
            <DecisionLog doc={shared.doc} editable={editable} currentPhase={phase} />
          </>
        ) : (
          <Paragraph>
            <Spinner aria-hidden data-size="sm" /> {t("project.status.loading")}
          </Paragraph>
        )}
      </div>
      <aside className="stack">
        <p
          className="status"
          role="status"
          data-testid="connection-status"
          data-status={shared.status}
        >
          {t(`project.status.${shared.status}`)}
        </p>
        <PresenceList present={shared.present} connected={shared.status === "connected"} />
      </aside>
    </div>
  );
}
