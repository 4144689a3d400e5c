/**
 * The planners' forms on the inquiries page (decision 013): enter an inquiry, answer one, the
 * project's answer time. Each posts one intent to /projects/:id/inquiries with its own fetcher;
 * the server's refusal shows at its field.
 */
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { answerDaysRange, inquiryLimits, manualChannels } from "./inquiry-limits";
import type { InquiriesSnapshot, InquiryJson } from "./inquiry-types";
import { useActionForm } from "./use-action-form";

export const inquiriesActionUrl = (projectId: string) => `/projects/${projectId}/inquiries`;

/** A form's whole refusal, unless it is only about fields shown at their fields; and the saved note. */
export function FormOutcome({ form, saved }: { form: ReturnType<typeof useActionForm>; saved: string }) {
  return (
    <>
      {form.message && !form.onlyFields ? (
        <Alert data-color="danger" data-size="sm">
          {form.message}
        </Alert>
      ) : null}
      <Paragraph role="status" data-size="sm" className="muted">
        {form.saved ? saved : ""}
      </Paragraph>
    </>
  );
}

export function NewInquiryForm({ snapshot }: { snapshot: InquiriesSnapshot }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const form = useActionForm({ onSaved: () => setRound((value) => value + 1) });
  return (
    <form.fetcher.Form method="post" action={inquiriesActionUrl(snapshot.projectId)} className="stack inquiry-form" aria-labelledby="new-inquiry-title" key={round}>
      <Heading level={3} data-size="xs" id="new-inquiry-title">
        {t("inquiries.add.title")}
      </Heading>
      <input type="hidden" name="intent" value="add" />
      <div className="inquiry-form__dates">
        <Textfield type="date" name="receivedDate" label={t("inquiries.add.receivedDate")} defaultValue={snapshot.today} max={snapshot.today} required error={form.fieldError("receivedDate")} />
        <Field>
          <Label htmlFor="new-inquiry-channel">{t("inquiries.add.channel")}</Label>
          <Select id="new-inquiry-channel" name="channel" defaultValue="email" aria-invalid={Boolean(form.fieldError("channel")) || undefined}>
            {manualChannels.map((channel) => (
              <Select.Option key={channel} value={channel}>
                {t(`inquiries.channel.${channel}`)}
              </Select.Option>
            ))}
          </Select>
          {form.fieldError("channel") ? <ValidationMessage>{form.fieldError("channel")}</ValidationMessage> : null}
        </Field>
      </div>
      <Textfield name="fromName" label={t("inquiries.add.fromName")} description={t("inquiries.add.fromNameHelp")} maxLength={inquiryLimits.fromName} autoComplete="off" error={form.fieldError("fromName")} />
      <Textfield name="fromContact" label={t("inquiries.add.fromContact")} maxLength={inquiryLimits.fromContact} autoComplete="off" error={form.fieldError("fromContact")} />
      <Textfield name="topic" label={t("inquiries.add.topic")} maxLength={inquiryLimits.topic} required error={form.fieldError("topic")} />
      <Textfield multiline rows={4} name="body" label={t("inquiries.add.body")} description={t("inquiries.add.bodyHelp")} maxLength={inquiryLimits.body} required error={form.fieldError("body")} />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("inquiries.add.submit")}
        </Button>
        <FormOutcome form={form} saved={t("inquiries.add.added")} />
      </div>
    </form.fetcher.Form>
  );
}

export function AnswerForm({ inquiry, projectId, today }: { inquiry: InquiryJson; projectId: string; today: string }) {
  const { t } = useTranslation();
  const form = useActionForm();
  const idBase = `answer-${inquiry.id}`;
  return (
    <form.fetcher.Form method="post" action={inquiriesActionUrl(projectId)} className="stack inquiry-form" aria-label={`${t("inquiries.answer.title")}: ${inquiry.topic}`}>
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="inquiryId" value={inquiry.id} />
      <Textfield
        id={`${idBase}-text`}
        multiline
        rows={4}
        name="answer"
        label={t("inquiries.answer.label")}
        description={t("inquiries.answer.help")}
        defaultValue={inquiry.answer}
        maxLength={inquiryLimits.answer}
        required
        error={form.fieldError("answer")}
      />
      <Textfield
        id={`${idBase}-date`}
        type="date"
        name="answeredDate"
        label={t("inquiries.answer.date")}
        defaultValue={inquiry.answeredDate ?? today}
        min={inquiry.receivedDate}
        max={today}
        required
        error={form.fieldError("answeredDate")}
        style={{ maxWidth: "14rem" }}
      />
      <div className="row">
        <Button type="submit" variant={inquiry.answeredDate ? "secondary" : "primary"} aria-disabled={form.busy || undefined}>
          {t("inquiries.answer.save")}
        </Button>
        <FormOutcome form={form} saved={t("inquiries.answer.saved")} />
      </div>
    </form.fetcher.Form>
  );
}

export function AnswerDaysForm({ snapshot }: { snapshot: InquiriesSnapshot }) {
  const { t } = useTranslation();
  const form = useActionForm();
  return (
    <form.fetcher.Form method="post" action={inquiriesActionUrl(snapshot.projectId)} className="stack" aria-labelledby="answer-days-title">
      <Heading level={3} data-size="xs" id="answer-days-title">
        {t("inquiries.days.title")}
      </Heading>
      <Paragraph>{t("inquiries.days.current", { count: snapshot.answerDays })}</Paragraph>
      <input type="hidden" name="intent" value="answerDays" />
      <div className="inquiry-days">
        <Textfield
          type="number"
          name="days"
          inputMode="numeric"
          min={answerDaysRange.min}
          max={answerDaysRange.max}
          label={t("inquiries.days.label")}
          defaultValue={snapshot.answerDays}
          key={snapshot.answerDays}
          error={form.fieldError("days")}
        />
        <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
          {t("inquiries.days.save")}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t("inquiries.days.help")}
      </Paragraph>
      <FormOutcome form={form} saved={t("inquiries.days.saved")} />
    </form.fetcher.Form>
  );
}
