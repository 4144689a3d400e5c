/**
 * Records or changes an activity (planners): kind, title, date, phase, place, who led it, how many
 * took part by role, the residents by member or by the alias they chose, the minutes, whether it
 * is open to all. A plain form posted by a fetcher: it works by keyboard and without JavaScript.
 */
import { Alert, Button, Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { phases } from "../projects/vocabulary";
import type { Phase } from "../projects/vocabulary";
import type { LogActivity } from "./participation-types";
import { participationUrl } from "./participation-text";
import { activityKinds, attendanceRoles, participationLimits as limits } from "./participation-vocabulary";
import { useParticipationForm } from "./use-participation-form";

export function ActivityForm({
  projectId,
  residents,
  activity,
  defaultDate,
  defaultPhase,
  onDone,
}: {
  projectId: string;
  residents: ReadonlyArray<{ userId: string; alias: string }>;
  /** The activity to change; a new one when absent. */
  activity?: LogActivity;
  defaultDate: string;
  defaultPhase: Phase;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const element = useRef<HTMLFormElement>(null);
  // A new activity's form is emptied for the next one; a changed one closes.
  const form = useParticipationForm({ onSaved: () => (activity ? onDone?.() : element.current?.reset()) });
  const id = useId();
  const picked = new Set(activity?.residents.flatMap((resident) => (resident.userId ? [resident.userId] : [])) ?? []);
  const typed = activity?.residents.filter((resident) => !resident.userId).map((resident) => resident.alias) ?? [];
  const shown = ["kind", "title", "date", "phase", "place", "facilitator", "attendance", "minutes"];
  return (
    <form.fetcher.Form ref={element} method="post" action={participationUrl(projectId)} className="stack participation-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="ds-heading" data-size="xs">
        {activity ? t("participation.activityForm.editTitle", { title: activity.title }) : t("participation.activityForm.addTitle")}
      </h3>
      <input type="hidden" name="intent" value={activity ? "updateActivity" : "addActivity"} />
      {activity ? <input type="hidden" name="activityId" value={activity.id} /> : null}
      <div className="participation-form__grid">
        <Field>
          <Label htmlFor={`${id}-kind`}>{t("participation.activityForm.kind")}</Label>
          <Select id={`${id}-kind`} name="kind" defaultValue={activity?.kind ?? "siteVisit"} aria-invalid={form.fieldError("kind") ? true : undefined}>
            {activityKinds.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`participation.kind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
          {form.fieldError("kind") ? <ValidationMessage>{form.fieldError("kind")}</ValidationMessage> : null}
        </Field>
        <Textfield
          name="title"
          label={t("participation.activityForm.title")}
          description={t("participation.activityForm.titleHelp")}
          defaultValue={activity?.title ?? ""}
          maxLength={limits.title}
          required
          autoComplete="off"
          error={form.fieldError("title")}
        />
        <Textfield name="date" type="date" label={t("participation.activityForm.date")} defaultValue={activity?.date ?? defaultDate} required error={form.fieldError("date")} />
        <Field>
          <Label htmlFor={`${id}-phase`}>{t("participation.activityForm.phase")}</Label>
          <Select id={`${id}-phase`} name="phase" defaultValue={activity?.phase ?? defaultPhase} aria-invalid={form.fieldError("phase") ? true : undefined}>
            {phases.map((phase) => (
              <Select.Option key={phase} value={phase}>
                {t(`phase.${phase}`)}
              </Select.Option>
            ))}
          </Select>
          {form.fieldError("phase") ? <ValidationMessage>{form.fieldError("phase")}</ValidationMessage> : null}
        </Field>
        <Textfield name="place" label={t("participation.activityForm.place")} defaultValue={activity?.place ?? ""} maxLength={limits.place} autoComplete="off" error={form.fieldError("place")} />
        <Textfield
          name="facilitator"
          label={t("participation.activityForm.facilitator")}
          defaultValue={activity?.facilitator ?? ""}
          maxLength={limits.facilitator}
          autoComplete="off"
          error={form.fieldError("facilitator")}
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t("participation.activityForm.countsLegend")}</Fieldset.Legend>
        <Fieldset.Description>{t("participation.activityForm.countsHelp")}</Fieldset.Description>
        <div className="participation-counts">
          {attendanceRoles.map((role) => (
            <Textfield
              key={role}
              name={`count.${role}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={limits.count}
              label={role === "resident" ? t("participation.activityForm.residentCount") : t(`participation.attendanceRole.${role}`)}
              defaultValue={activity && activity.counts[role] > 0 ? String(activity.counts[role]) : ""}
            />
          ))}
        </div>
        <Paragraph data-size="sm" className="muted">
          {t("participation.activityForm.residentCountHelp")}
        </Paragraph>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("participation.activityForm.residentsLegend")}</Fieldset.Legend>
        <Fieldset.Description>{t("participation.activityForm.residentsHelp")}</Fieldset.Description>
        {residents.length === 0 ? (
          <Paragraph data-size="sm">{t("participation.activityForm.noResidentMembers")}</Paragraph>
        ) : (
          <div className="participation-choices">
            {residents.map((resident) => (
              <Checkbox key={resident.userId} name="residentId" value={resident.userId} label={resident.alias} defaultChecked={picked.has(resident.userId)} />
            ))}
          </div>
        )}
        <Textfield
          multiline
          rows={2}
          name="aliases"
          label={t("participation.activityForm.aliases")}
          description={t("participation.activityForm.aliasesHelp")}
          defaultValue={typed.join("\n")}
          autoComplete="off"
        />
      </Fieldset>
      {form.fieldError("attendance") ? <ValidationMessage>{form.fieldError("attendance")}</ValidationMessage> : null}
      <Textfield
        multiline
        rows={4}
        name="minutes"
        label={t("participation.activityForm.minutes")}
        description={t("participation.activityForm.minutesHelp")}
        defaultValue={activity?.minutes ?? ""}
        maxLength={limits.minutes}
        error={form.fieldError("minutes")}
      />
      <Checkbox name="isPublic" value="on" label={t("participation.activityForm.isPublic")} description={t("participation.activityForm.isPublicHelp")} defaultChecked={activity?.isPublic ?? false} />
      {form.messageUnlessShown(shown) ? (
        <Alert data-color="danger" data-size="sm">
          {form.messageUnlessShown(shown)}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("participation.activityForm.save")}
        </Button>
        {onDone ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            {t("participation.activityForm.cancel")}
          </Button>
        ) : null}
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("participation.activityForm.saved") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}
