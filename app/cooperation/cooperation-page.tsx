import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import type { CooperationSnapshot } from "./cooperation-types";
import { GoalsSection } from "./goals-section";
import { MeetingPlan } from "./meeting-plan";
import { PartnersSection } from "./partners-section";
import { ResponsibilityMatrix } from "./responsibility-matrix";
import "./cooperation.css";

/**
 * The cooperation agreement (decision 013): partners, the responsibility matrix, goals and the
 * meeting plan. Planners change it; police, fire & rescue and observers read it. Kept live:
 * every change anyone makes reloads this member's view.
 */
export function CooperationPage({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${snapshot.projectId}/cooperation/events`);
  return (
    <div className="stack cooperation-page">
      <div className="stack cooperation-intro">
        <h2 className="ds-heading" data-size="md">
          {t("cooperation.pageTitle")}
        </h2>
        <Paragraph>{t("cooperation.intro")}</Paragraph>
        <Paragraph data-size="sm" className="muted">
          {t("cooperation.source")}
        </Paragraph>
        {snapshot.may.write ? null : (
          <Alert data-color="info" data-testid="read-only">
            {t("cooperation.readOnly")}
          </Alert>
        )}
      </div>
      <PartnersSection snapshot={snapshot} />
      <ResponsibilityMatrix snapshot={snapshot} />
      <GoalsSection snapshot={snapshot} />
      <MeetingPlan snapshot={snapshot} />
    </div>
  );
}
