/**
 * The project's workshops (decision 014): planned and running ones to open, ended ones with a
 * link to their minutes in the participation log, and for planners a form to create one.
 */
import { Alert, Button, Heading, Paragraph, Tag, Textfield } from "@digdir/designsystemet-react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate, todayInOslo } from "../ui/format-time";
import type { WorkshopStatus, WorkshopSummary } from "../workshops/workshop-types";
import { problemOf, type WorkshopActionData } from "./use-workshop-action";
import { workshopMinutesUrl, workshopUrl } from "./workshop-urls";
import "./workshop-ui.css";

const statusColour: Record<WorkshopStatus, "info" | "success" | "neutral"> = { planned: "info", running: "success", ended: "neutral" };

export function WorkshopStatusTag({ status }: { status: WorkshopStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={statusColour[status]} data-testid="workshop-status" data-status={status}>
      {t(`workshopUi.status.${status}`)}
    </Tag>
  );
}

function CreateWorkshopForm({ result }: { result: WorkshopActionData | undefined }) {
  const { t, i18n } = useTranslation();
  const navigation = useNavigation();
  const problem = problemOf(result);
  const english = i18n.language === "en";
  const field = (name: string) => {
    const entry = problem?.fields?.[name];
    return entry ? (typeof entry === "string" ? entry : english ? entry.messageEn : entry.message) : undefined;
  };
  const shownAtFields = problem?.fields && Object.keys(problem.fields).every((name) => name === "title" || name === "date");
  return (
    <section className="stack workshop-card" aria-labelledby="new-workshop-heading">
      <Heading level={3} data-size="xs" id="new-workshop-heading">
        {t("workshopUi.list.createHeading")}
      </Heading>
      {problem && !shownAtFields ? <Alert data-color="danger">{english ? problem.messageEn : problem.message}</Alert> : null}
      <Form method="post" className="stack">
        <Textfield id="workshop-title" name="title" label={t("workshopUi.list.titleLabel")} required maxLength={120} error={field("title")} />
        <Textfield id="workshop-date" name="date" type="date" label={t("workshopUi.list.dateLabel")} required defaultValue={todayInOslo()} error={field("date")} />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("workshopUi.list.create")}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/**
 * @example
 * <WorkshopListPage projectId={id} workshops={data.workshops} mayRun={data.mayRun} result={actionData} />
 */
export function WorkshopListPage({ projectId, workshops, mayRun, result }: { projectId: string; workshops: WorkshopSummary[]; mayRun: boolean; result?: WorkshopActionData }) {
  const { t, i18n } = useTranslation();
  const order: WorkshopStatus[] = ["running", "planned", "ended"];
  const sorted = [...workshops].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || (a.status === "ended" ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date)));
  return (
    <div className="stack workshop-list-page">
      <Heading level={2} data-size="md">
        {t("workshopUi.list.heading")}
      </Heading>
      <Paragraph>{t("workshopUi.list.intro")}</Paragraph>
      {sorted.length === 0 ? <Paragraph className="muted">{t("workshopUi.list.none")}</Paragraph> : null}
      <ul className="workshop-list">
        {sorted.map((workshop) => (
          <li key={workshop.id} className="workshop-list__item" data-testid="workshop-list-item">
            <Link className="ds-link workshop-list__title" to={workshopUrl(projectId, workshop.id)} aria-label={t("workshopUi.list.open", { title: workshop.title })}>
              {workshop.title}
            </Link>
            <span className="muted">{formatDate(workshop.date, i18n.language)}</span>
            <WorkshopStatusTag status={workshop.status} />
            {workshop.status === "ended" && workshop.activityId ? (
              <Link className="ds-link" to={workshopMinutesUrl(projectId, workshop.activityId)}>
                {t("workshopUi.list.minutes")}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
      {mayRun ? <CreateWorkshopForm result={result} /> : null}
    </div>
  );
}
