import { Alert, Button, Checkbox, Details, Fieldset, Link, Paragraph, Tag, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { AttentionFlagButton } from "../changes/attention-flag-button";
import { activityUrl } from "../changes/subject-links";
import { formatDate } from "../ui/format-time";
import type { CooperationSnapshot, MeetingJson } from "./cooperation-types";
import { limits } from "./cooperation-vocabulary";
import { RemoveButton } from "./remove-button";
import { cooperationActionUrl, useCooperationForm } from "./use-cooperation-form";

/** "Marker som holdt": the date it was held (its planned date unless changed), the place and the chair. */
function MarkHeldForm({ meeting, snapshot }: { meeting: MeetingJson; snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  const form = useCooperationForm();
  const fields = ["heldDate", "place", "facilitator"] as const;
  const message = form.messageUnlessShown(fields);
  const idBase = `held-${meeting.id}`;
  return (
    <Details className="cooperation-held">
      <Details.Summary>
        {t("cooperation.meetings.markHeld")}
        <span className="visually-hidden">: «{meeting.title}»</span>
      </Details.Summary>
      <Details.Content>
        <form.fetcher.Form method="post" action={cooperationActionUrl(snapshot.projectId)} className="stack cooperation-form" aria-label={t("cooperation.meetings.markHeldLabel", { title: meeting.title })} noValidate>
          <input type="hidden" name="intent" value="markHeld" />
          <input type="hidden" name="meetingId" value={meeting.id} />
          <Paragraph data-size="sm">{t("cooperation.meetings.heldHelp")}</Paragraph>
          <div className="cooperation-form__fields">
            <Textfield id={`${idBase}-date`} type="date" name="heldDate" label={t("cooperation.meetings.heldDate")} defaultValue={meeting.date <= snapshot.today ? meeting.date : snapshot.today} max={snapshot.today} error={form.fieldError("heldDate")} />
            <Textfield id={`${idBase}-place`} name="place" label={`${t("cooperation.meetings.place")} ${t("cooperation.optional")}`} maxLength={limits.place} error={form.fieldError("place")} />
            <Textfield
              id={`${idBase}-facilitator`}
              name="facilitator"
              label={`${t("cooperation.meetings.facilitator")} ${t("cooperation.optional")}`}
              description={t("cooperation.meetings.facilitatorHelp")}
              maxLength={limits.facilitator}
              error={form.fieldError("facilitator")}
            />
          </div>
          {message ? (
            <Alert data-color="danger" data-size="sm">
              {message}
            </Alert>
          ) : null}
          <div className="row">
            <Button type="submit" aria-disabled={form.busy || undefined}>
              {t("cooperation.meetings.saveHeld")}
            </Button>
          </div>
        </form.fetcher.Form>
      </Details.Content>
    </Details>
  );
}

function MeetingStatus({ meeting, projectId }: { meeting: MeetingJson; projectId: string }) {
  const { t } = useTranslation();
  if (meeting.activityId) {
    return (
      <div className="row">
        <Tag data-size="sm" data-color="success">
          {t("cooperation.meetings.held")}
        </Tag>
        <Link href={activityUrl(projectId, meeting.activityId)} data-testid="activity-link" aria-label={t("cooperation.meetings.activityLinkLabel", { title: meeting.title })}>
          {t("cooperation.meetings.activityLink")}
        </Link>
      </div>
    );
  }
  if (meeting.overdue) {
    return (
      <Tag data-size="sm" data-color="warning">
        {t("cooperation.meetings.overdue")}
      </Tag>
    );
  }
  return (
    <Tag data-size="sm" data-color="info">
      {t("cooperation.meetings.planned")}
    </Tag>
  );
}

function AddMeetingForm({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCooperationForm({ onSaved: () => formRef.current?.reset() });
  const message = form.messageUnlessShown(["title", "date", "purpose", "partnerIds"]);
  return (
    <form.fetcher.Form ref={formRef} method="post" action={cooperationActionUrl(snapshot.projectId)} className="stack cooperation-form" aria-labelledby="meeting-add-title" noValidate>
      <h3 id="meeting-add-title" className="ds-heading" data-size="xs">
        {t("cooperation.meetings.addTitle")}
      </h3>
      <input type="hidden" name="intent" value="addMeeting" />
      <div className="cooperation-form__fields">
        <Textfield name="title" label={t("cooperation.meetings.meeting")} description={t("cooperation.meetings.titleHelp")} maxLength={limits.meetingTitle} required error={form.fieldError("title")} />
        <Textfield type="date" name="date" label={t("cooperation.meetings.date")} required error={form.fieldError("date")} />
      </div>
      <Textfield multiline rows={2} name="purpose" label={`${t("cooperation.meetings.purpose")} ${t("cooperation.optional")}`} description={t("cooperation.meetings.purposeHelp")} maxLength={limits.purpose} error={form.fieldError("purpose")} />
      {snapshot.partners.length > 0 ? (
        <Fieldset aria-invalid={form.fieldError("partnerIds") ? true : undefined}>
          <Fieldset.Legend>{t("cooperation.meetings.partnersLegend")}</Fieldset.Legend>
          <div className="cooperation-checkboxes">
            {snapshot.partners.map((partner) => (
              <Checkbox key={partner.id} name="partnerIds" value={partner.id} label={partner.name} />
            ))}
          </div>
          {form.fieldError("partnerIds") ? <ValidationMessage>{form.fieldError("partnerIds")}</ValidationMessage> : null}
        </Fieldset>
      ) : null}
      {message ? (
        <Alert data-color="danger" data-size="sm">
          {message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("cooperation.meetings.add")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("cooperation.meetings.added") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}

/**
 * The meeting plan by date: each meeting's purpose, who takes part and whether it was held (a
 * held one links to its activity in the participation log). Planners mark meetings as held,
 * remove planned ones and flag them for a role's attention.
 */
export function MeetingPlan({ snapshot }: { snapshot: CooperationSnapshot }) {
  const { t, i18n } = useTranslation();
  const names = new Map(snapshot.partners.map((partner) => [partner.id, partner.name]));
  return (
    <section className="stack cooperation-section" aria-labelledby="meetings-title" data-testid="meeting-plan">
      <h2 id="meetings-title" className="ds-heading" data-size="sm">
        {t("cooperation.meetings.title")}
      </h2>
      <Paragraph>{t("cooperation.meetings.intro")}</Paragraph>
      {snapshot.meetings.length === 0 ? <Paragraph className="muted">{t("cooperation.meetings.empty")}</Paragraph> : null}
      <ol className="cooperation-meetings">
        {snapshot.meetings.map((meeting) => (
          <li key={meeting.id} id={`meeting-${meeting.id}`} className="cooperation-meeting" data-meeting={meeting.title} data-held={meeting.activityId ? "true" : "false"}>
            <p className="cooperation-meeting__date">{formatDate(meeting.date, i18n.language)}</p>
            <h3 className="ds-heading" data-size="xs">
              {meeting.title}
            </h3>
            <MeetingStatus meeting={meeting} projectId={snapshot.projectId} />
            {meeting.purpose ? <p className="cooperation-meeting__purpose">{meeting.purpose}</p> : null}
            <p className="muted">
              {t("cooperation.meetings.partners")}: {meeting.partnerIds.length > 0 ? meeting.partnerIds.map((id) => names.get(id)).join(", ") : t("cooperation.meetings.noPartners")}
            </p>
            {meeting.overdue && snapshot.may.write ? <Paragraph data-size="sm">{t("cooperation.meetings.overdueHelp")}</Paragraph> : null}
            {snapshot.may.write ? (
              <div className="stack cooperation-meeting__actions">
                {meeting.activityId ? null : <MarkHeldForm meeting={meeting} snapshot={snapshot} />}
                <AttentionFlagButton projectId={snapshot.projectId} subjectKind="meeting" subjectId={meeting.id} subjectTitle={meeting.title} />
                {meeting.activityId ? null : <RemoveButton projectId={snapshot.projectId} intent="removeMeeting" idName="meetingId" id={meeting.id} name={meeting.title} />}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {snapshot.may.write ? <AddMeetingForm snapshot={snapshot} /> : null}
    </section>
  );
}
