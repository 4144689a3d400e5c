/**
 * One inquiry as planners see it (decision 013): its state in words (overdue in red, with the
 * days over), the sender (or that it was deleted), the text, the answer, and the planners'
 * actions: answer, show on the public page, turn into a point, delete the sender's data.
 */
import { Button, Details, Field, Heading, Label, Paragraph, Select, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { daysBetween } from "./inquiry-dates";
import type { InquiryState } from "./inquiry-dates";
import { AnswerForm, FormOutcome, inquiriesActionUrl } from "./inquiry-forms";
import { pointRaisers } from "./inquiry-limits";
import type { InquiryJson } from "./inquiry-types";
import { useActionForm } from "./use-action-form";

const stateColor: Record<InquiryState, "danger" | "warning" | "neutral" | "success"> = {
  overdue: "danger",
  dueSoon: "warning",
  open: "neutral",
  answered: "success",
};

export function StateTag({ state }: { state: InquiryState }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={stateColor[state]} data-state={state}>
      {t(`inquiries.state.${state}`)}
    </Tag>
  );
}

function ShowOnPublicPage({ inquiry, projectId }: { inquiry: InquiryJson; projectId: string }) {
  const { t } = useTranslation();
  const form = useActionForm();
  if (!inquiry.answeredDate) {
    return (
      <Paragraph data-size="sm" className="muted">
        {t("inquiries.publicPage.needsAnswer")}
      </Paragraph>
    );
  }
  return (
    <form.fetcher.Form method="post" action={inquiriesActionUrl(projectId)} className="inquiry-actions">
      <input type="hidden" name="intent" value="showOnPublicPage" />
      <input type="hidden" name="inquiryId" value={inquiry.id} />
      <input type="hidden" name="show" value={inquiry.showOnPublicPage ? "false" : "true"} />
      {inquiry.showOnPublicPage ? <Paragraph data-size="sm">{t("inquiries.publicPage.shown")}</Paragraph> : null}
      <Button type="submit" variant="secondary" data-size="sm" aria-disabled={form.busy || undefined}>
        {inquiry.showOnPublicPage ? t("inquiries.publicPage.hide") : t("inquiries.publicPage.show")}
        <span className="visually-hidden">: {inquiry.topic}</span>
      </Button>
      <FormOutcome form={form} saved={t("inquiries.publicPage.changed")} />
    </form.fetcher.Form>
  );
}

function TurnIntoPoint({ inquiry, projectId }: { inquiry: InquiryJson; projectId: string }) {
  const { t } = useTranslation();
  const form = useActionForm();
  if (inquiry.pointId) {
    return (
      <Paragraph data-size="sm" data-testid="inquiry-point">
        {t("inquiries.point.made")}
      </Paragraph>
    );
  }
  const id = `point-${inquiry.id}`;
  return (
    <Details>
      <Details.Summary>
        {t("inquiries.point.summary")}
        <span className="visually-hidden">: {inquiry.topic}</span>
      </Details.Summary>
      <Details.Content>
        <form.fetcher.Form method="post" action={inquiriesActionUrl(projectId)} className="inquiry-actions">
          <input type="hidden" name="intent" value="turnIntoPoint" />
          <input type="hidden" name="inquiryId" value={inquiry.id} />
          <Field>
            <Label htmlFor={id}>{t("inquiries.point.raisedBy")}</Label>
            <Select id={id} name="raisedByRole" defaultValue="neighbour">
              {pointRaisers.map((raiser) => (
                <Select.Option key={raiser} value={raiser}>
                  {t(`inquiries.point.${raiser}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
            {t("inquiries.point.submit")}
          </Button>
          <FormOutcome form={form} saved={t("inquiries.point.done")} />
        </form.fetcher.Form>
      </Details.Content>
    </Details>
  );
}

function DeleteSenderData({ inquiry, projectId }: { inquiry: InquiryJson; projectId: string }) {
  const { t } = useTranslation();
  const form = useActionForm();
  if (inquiry.personalDataDeletedAt || (!inquiry.fromName && !inquiry.fromContact)) return null;
  return (
    <Details>
      <Details.Summary>
        {t("inquiries.deletion.summary")}
        <span className="visually-hidden">: {inquiry.topic}</span>
      </Details.Summary>
      <Details.Content>
        <form.fetcher.Form method="post" action={inquiriesActionUrl(projectId)} className="stack">
          <input type="hidden" name="intent" value="deletePersonalData" />
          <input type="hidden" name="inquiryId" value={inquiry.id} />
          <Paragraph data-size="sm">{t("inquiries.deletion.text")}</Paragraph>
          <div className="row">
            <Button type="submit" data-color="danger" variant="secondary" aria-disabled={form.busy || undefined}>
              {t("inquiries.deletion.confirm")}
            </Button>
            <FormOutcome form={form} saved={t("inquiries.deletion.done")} />
          </div>
        </form.fetcher.Form>
      </Details.Content>
    </Details>
  );
}

function Sender({ inquiry }: { inquiry: InquiryJson }) {
  const { t, i18n } = useTranslation();
  if (inquiry.personalDataDeletedAt) {
    return <Paragraph data-size="sm">{t("inquiries.item.deleted", { date: formatDate(inquiry.personalDataDeletedAt, i18n.language) })}</Paragraph>;
  }
  if (!inquiry.fromName && !inquiry.fromContact) {
    return (
      <Paragraph data-size="sm" className="muted">
        {t("inquiries.item.noSender")}
      </Paragraph>
    );
  }
  return (
    <dl className="inquiry__sender" data-testid="inquiry-sender">
      {inquiry.fromName ? (
        <>
          <dt>{t("inquiries.item.from")}</dt>
          <dd>{inquiry.fromName}</dd>
        </>
      ) : null}
      {inquiry.fromContact ? (
        <>
          <dt>{t("inquiries.item.contact")}</dt>
          <dd>{inquiry.fromContact}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function InquiryItem({ inquiry, projectId, today, mayWrite }: { inquiry: InquiryJson; projectId: string; today: string; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const titleId = `inquiry-${inquiry.id}-title`;
  return (
    <li>
      <article className="inquiry" data-state={inquiry.state} data-testid="inquiry" aria-labelledby={titleId}>
        <div className="inquiry__head">
          <Heading level={3} data-size="xs" id={titleId}>
            {inquiry.topic}
          </Heading>
          <StateTag state={inquiry.state} />
        </div>
        <p className="inquiry__meta">
          <span>
            {t("inquiries.item.received", { date: formatDate(inquiry.receivedDate, language) })} {t("inquiries.item.via", { channel: t(`inquiries.channel.${inquiry.channel}`).toLowerCase() })}
          </span>
          <span className={inquiry.state === "overdue" ? "inquiry-overdue" : undefined} data-testid="inquiry-due">
            {t("inquiries.item.due", { date: formatDate(inquiry.dueDate, language) })}
            {inquiry.state === "overdue" ? ` – ${t("inquiries.item.overdueBy", { count: daysBetween(inquiry.dueDate, today) })}` : ""}
          </span>
          <span>{t("inquiries.item.receipt", { receipt: inquiry.receipt })}</span>
        </p>
        <Sender inquiry={inquiry} />
        <p className="inquiry__text">{inquiry.body}</p>
        {inquiry.answeredDate ? (
          <div className="inquiry__answer stack" data-testid="inquiry-answer">
            <Heading level={4} data-size="2xs">
              {t("inquiries.answer.title")}
            </Heading>
            <p className="inquiry__text">{inquiry.answer}</p>
            <Paragraph data-size="sm" className="muted">
              {inquiry.answeredByName
                ? t("inquiries.item.answeredBy", { date: formatDate(inquiry.answeredDate, language), name: inquiry.answeredByName })
                : t("inquiries.item.answeredOn", { date: formatDate(inquiry.answeredDate, language) })}
            </Paragraph>
          </div>
        ) : null}
        {mayWrite ? (
          <>
            {inquiry.answeredDate ? (
              <Details>
                <Details.Summary>
                  {t("inquiries.answer.change")}
                  <span className="visually-hidden">: {inquiry.topic}</span>
                </Details.Summary>
                <Details.Content>
                  <AnswerForm inquiry={inquiry} projectId={projectId} today={today} />
                </Details.Content>
              </Details>
            ) : (
              <AnswerForm inquiry={inquiry} projectId={projectId} today={today} />
            )}
            <ShowOnPublicPage inquiry={inquiry} projectId={projectId} />
            <TurnIntoPoint inquiry={inquiry} projectId={projectId} />
            <DeleteSenderData inquiry={inquiry} projectId={projectId} />
          </>
        ) : null}
      </article>
    </li>
  );
}
