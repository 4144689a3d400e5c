/**
 * Records a point raised (planners): the text, who raised it by role and, for a resident member,
 * which one (then it is marked as entered on the resident's behalf, and the resident sees it as
 * their own).
 */
import { Alert, Button, Field, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { participationUrl } from "./participation-text";
import type { RaiserRole } from "./participation-vocabulary";
import { participationLimits as limits, raiserRoles } from "./participation-vocabulary";
import { useParticipationForm } from "./use-participation-form";

export function PointForm({ projectId, activityId, residents }: { projectId: string; activityId: string; residents: ReadonlyArray<{ userId: string; alias: string }> }) {
  const { t } = useTranslation();
  const id = useId();
  const element = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<RaiserRole>("resident");
  const form = useParticipationForm({ onSaved: () => element.current?.reset() });
  return (
    <details className="participation-details participation-details--action">
      <summary>{t("participation.pointForm.addButton")}</summary>
      <form.fetcher.Form ref={element} method="post" action={participationUrl(projectId)} className="stack participation-form" aria-label={t("participation.pointForm.title")}>
        <input type="hidden" name="intent" value="addPoint" />
        <input type="hidden" name="activityId" value={activityId} />
        <Textfield
          multiline
          rows={3}
          name="body"
          label={t("participation.pointForm.body")}
          description={t("participation.pointForm.bodyHelp")}
          maxLength={limits.body}
          required
          error={form.fieldError("body")}
        />
        <div className="participation-form__grid">
          <Field>
            <Label htmlFor={`${id}-role`}>{t("participation.pointForm.raisedByRole")}</Label>
            <Select id={`${id}-role`} name="raisedByRole" value={role} onChange={(event) => setRole(event.currentTarget.value as RaiserRole)}>
              {raiserRoles.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`participation.raiser.${value}`)}
                </Select.Option>
              ))}
            </Select>
            {form.fieldError("raisedByRole") ? <ValidationMessage>{form.fieldError("raisedByRole")}</ValidationMessage> : null}
          </Field>
          {role === "resident" ? (
            <Field>
              <Label htmlFor={`${id}-resident`}>{t("participation.pointForm.resident")}</Label>
              <Field.Description>{t("participation.pointForm.residentHelp")}</Field.Description>
              <Select id={`${id}-resident`} name="raisedByUserId" defaultValue="">
                <Select.Option value="">{t("participation.pointForm.residentUnknown")}</Select.Option>
                {residents.map((resident) => (
                  <Select.Option key={resident.userId} value={resident.userId}>
                    {resident.alias}
                  </Select.Option>
                ))}
              </Select>
              {form.fieldError("raisedByUserId") ? <ValidationMessage>{form.fieldError("raisedByUserId")}</ValidationMessage> : null}
            </Field>
          ) : null}
        </div>
        {form.messageUnlessShown(["body", "raisedByRole", "raisedByUserId"]) ? (
          <Alert data-color="danger" data-size="sm">
            {form.messageUnlessShown(["body", "raisedByRole", "raisedByUserId"])}
          </Alert>
        ) : null}
        <div className="row">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {t("participation.pointForm.save")}
          </Button>
          <Paragraph role="status" data-size="sm" className="muted">
            {form.saved ? t("participation.pointForm.saved") : ""}
          </Paragraph>
        </div>
      </form.fetcher.Form>
    </details>
  );
}
