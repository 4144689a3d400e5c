/**
 * The approval of minutes a workshop wrote (decision 014): the card says "Referatet er ikke
 * godkjent ennå" until a planner presses "Godkjenn referatet"; planners may edit the minutes
 * first as any activity. Who approved and when is in the activity's history.
 */
import { Alert, Button, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { participationUrl } from "./participation-text";
import type { LogActivity } from "./participation-types";
import { useParticipationForm } from "./use-participation-form";

export function MinutesApproval({ projectId, activity, mayWrite }: { projectId: string; activity: Pick<LogActivity, "id" | "workshopId" | "approvedAt">; mayWrite: boolean }) {
  const { t } = useTranslation();
  const form = useParticipationForm();
  if (!activity.workshopId) return null;
  if (activity.approvedAt) {
    return (
      <Tag data-size="sm" data-color="success">
        {t("participation.activity.approved")}
      </Tag>
    );
  }
  return (
    <div className="stack" data-testid="minutes-approval">
      <Alert data-color="warning" data-size="sm">
        {t("participation.activity.notApproved")}
      </Alert>
      {mayWrite ? (
        <form.fetcher.Form method="post" action={participationUrl(projectId)}>
          <input type="hidden" name="intent" value="approveActivity" />
          <input type="hidden" name="activityId" value={activity.id} />
          <Button type="submit" variant="secondary" disabled={form.busy}>
            {t("participation.activity.approve")}
          </Button>
          {form.message ? (
            <p role="alert" className="ds-validation-message">
              {form.message}
            </p>
          ) : null}
        </form.fetcher.Form>
      ) : null}
    </div>
  );
}
