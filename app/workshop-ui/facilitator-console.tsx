/**
 * The facilitator's console (decision 014): the agenda and the polls, start, "Gå til", the poll
 * controls with live counts, join codes with their QR code, the parking lot, who is in the room,
 * "Tillat å peke på kartet", the map the room follows, "Åpne felles skjerm" and "Avslutt
 * verkstedet". Members who may not run it see its summary and a link to the phone view.
 */
import { Alert, Button, Checkbox, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlanDocument } from "../map-page/use-plan-document";
import { formatDate } from "../ui/format-time";
import type { WorkshopView } from "../workshops/workshop-types";
import { AgendaEditor } from "./agenda-editor";
import { CodePanel } from "./code-panel";
import { ConsoleMap } from "./console-map";
import { PollControls } from "./poll-controls";
import { PollEditor } from "./poll-editor";
import { forgetShownCode } from "./shown-code";
import { useWorkshopAction } from "./use-workshop-action";
import { useWorkshopEvents, type WorkshopEvents } from "./use-workshop-events";
import { WorkshopStatusTag } from "./workshop-list-page";
import type { WorkshopPageData, WorkshopPickers } from "./workshop-page-data";
import { currentItem } from "./workshop-page-data";
import { workshopEventsUrl, workshopMinutesUrl, workshopPhoneUrl, workshopScreenUrl } from "./workshop-urls";
import "./workshop-ui.css";

/** People in the room by role, no names. */
export function InRoom({ workshop }: { workshop: WorkshopView }) {
  const { t } = useTranslation();
  const entries = Object.entries(workshop.attendanceByRole).filter(([, count]) => (count ?? 0) > 0);
  return (
    <section className="stack" aria-labelledby="in-room-heading">
      <Heading level={3} data-size="xs" id="in-room-heading">
        {t("workshopUi.console.inRoom")}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph className="muted">{t("workshopUi.console.inRoomNone")}</Paragraph>
      ) : (
        <ul className="row" data-testid="in-room">
          {entries.map(([role, count]) => (
            <li key={role}>
              {t(`role.${role}`)}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Settings({ workshop, actionUrl }: { workshop: WorkshopView; actionUrl: string }) {
  const { t } = useTranslation();
  const action = useWorkshopAction(actionUrl);
  return (
    <section className="stack" aria-labelledby="settings-heading">
      <Heading level={3} data-size="xs" id="settings-heading">
        {t("workshopUi.console.settings")}
      </Heading>
      <Checkbox
        label={t("workshopUi.console.allowAttention")}
        checked={workshop.allowAttention}
        disabled={action.busy || workshop.status === "ended"}
        onChange={(event) => action.send("updateWorkshop", { title: workshop.title, date: workshop.date, allowAttention: event.target.checked })}
      />
      {action.message ? <Paragraph role="alert">{action.message}</Paragraph> : null}
    </section>
  );
}

function ParkingLot({ workshop }: { workshop: WorkshopView }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="parking-heading">
      <Heading level={3} data-size="xs" id="parking-heading">
        {t("workshopUi.console.parkingHeading")}
      </Heading>
      {workshop.parkingLot.length === 0 ? <Paragraph className="muted">{t("workshopUi.console.parkingEmpty")}</Paragraph> : null}
      <ul className="workshop-parking" data-testid="parking-lot">
        {workshop.parkingLot.map((entry) => (
          <li key={entry.id}>
            {entry.body} <span className="muted">({t(`role.${entry.raisedByRole}`)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Polls({ workshop, actionUrl, pickers, events }: { workshop: WorkshopView; actionUrl: string; pickers: WorkshopPickers; events: WorkshopEvents }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="polls-heading">
      <Heading level={3} data-size="xs" id="polls-heading">
        {t("workshopUi.poll.heading")}
      </Heading>
      {workshop.polls.length === 0 ? <Paragraph className="muted">{t("workshopUi.poll.none")}</Paragraph> : null}
      {workshop.polls.map((poll) => (
        <PollControls key={poll.id} poll={poll} workshop={workshop} actionUrl={actionUrl} events={events} />
      ))}
      {workshop.status !== "ended" ? <PollEditor workshop={workshop} actionUrl={actionUrl} pickers={pickers} /> : null}
    </section>
  );
}

/** Start, the shared screen, and the end (asked first). */
function ConsoleBar({ workshop, actionUrl }: { workshop: WorkshopView; actionUrl: string }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const action = useWorkshopAction(actionUrl, { onDone: () => setConfirming(false) });
  const screen = workshopScreenUrl(workshop.projectId, workshop.id);
  return (
    <div className="stack">
      <div className="workshop-console__bar">
        <Heading level={2} data-size="sm">
          {workshop.title}
        </Heading>
        <span className="muted">{formatDate(workshop.date, i18n.language)}</span>
        <WorkshopStatusTag status={workshop.status} />
        {workshop.status === "planned" ? (
          <Button type="button" disabled={action.busy || workshop.agenda.length === 0} onClick={() => action.send("start")}>
            {t("workshopUi.console.start")}
          </Button>
        ) : null}
        {workshop.status !== "ended" ? (
          <a className="ds-button" data-variant="secondary" href={screen} target="_blank" rel="noopener" data-testid="open-screen">
            {t("workshopUi.console.openScreen")}
          </a>
        ) : null}
        {workshop.status === "running" && !confirming ? (
          <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t("workshopUi.console.end")}
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <Alert data-color="warning" className="stack" role="alertdialog" aria-labelledby="end-confirm-text">
          <Paragraph id="end-confirm-text">{t("workshopUi.console.endConfirm")}</Paragraph>
          <div className="row">
            <Button
              type="button"
              data-color="danger"
              disabled={action.busy}
              onClick={() => {
                forgetShownCode(workshop.id);
                action.send("end");
              }}
            >
              {t("workshopUi.console.end")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("workshopUi.console.cancel")}
            </Button>
          </div>
        </Alert>
      ) : null}
      {action.message ? <Alert data-color="danger">{action.message}</Alert> : null}
      {workshop.status === "ended" ? (
        <Alert data-color="success">
          {t("workshopUi.console.ended")}{" "}
          {workshop.activityId ? <Link href={workshopMinutesUrl(workshop.projectId, workshop.activityId)}>{t("workshopUi.console.minutesLink")}</Link> : null}
        </Alert>
      ) : null}
    </div>
  );
}

/** What a member who does not run the workshop sees. */
function WorkshopSummaryView({ workshop }: { workshop: WorkshopView }) {
  const { t, i18n } = useTranslation();
  const item = currentItem(workshop);
  return (
    <div className="stack workshop-card">
      <Heading level={2} data-size="sm">
        {workshop.title}
      </Heading>
      <p className="row">
        <span>{formatDate(workshop.date, i18n.language)}</span>
        <WorkshopStatusTag status={workshop.status} />
      </p>
      {workshop.facilitator ? <Paragraph>{t("workshopUi.console.summaryIntro", { name: workshop.facilitator.name })}</Paragraph> : null}
      {item ? (
        <Paragraph>
          {t("workshopUi.phone.current")}: <strong>{item.title}</strong>
        </Paragraph>
      ) : null}
      <ol>
        {workshop.agenda.map((entry) => (
          <li key={entry.id}>{entry.title}</li>
        ))}
      </ol>
      {workshop.status !== "ended" ? (
        <>
          <Paragraph>{t("workshopUi.console.readerIntro")}</Paragraph>
          <p>
            <a className="ds-button" data-variant="primary" href={workshopPhoneUrl(workshop.projectId, workshop.id)}>
              {t("workshopUi.console.openPhone")}
            </a>
          </p>
        </>
      ) : null}
    </div>
  );
}

/**
 * @example
 * <FacilitatorConsole data={data} pickers={pickers} actionUrl={`/projects/${id}/workshops/${wid}`} />
 */
export function FacilitatorConsole({ data, pickers, actionUrl }: { data: WorkshopPageData; pickers: WorkshopPickers; actionUrl: string }) {
  const { workshop, viewer, joinCodes } = data;
  // The facilitator sees results before the reveal: answers reload them (the stream carries none).
  const events = useWorkshopEvents(workshopEventsUrl(workshop.projectId, workshop.id), workshop.stateVersion, { reloadOnAnswer: viewer.mayRun });
  const plan = usePlanDocument(workshop.projectId, { id: viewer.id, name: viewer.name, role: viewer.role }, false);
  if (!viewer.mayRun) return <WorkshopSummaryView workshop={workshop} />;
  const facilitator = workshop.facilitator === null || workshop.facilitator.id === viewer.id;
  const sites = pickers.sites.length > 0 ? pickers : { ...pickers, sites: plan.sites.map((site) => ({ id: site.id, name: site.name })) };
  return (
    <div className="stack workshop-console-page" data-testid="workshop-console" data-status={workshop.status}>
      <ConsoleBar workshop={workshop} actionUrl={actionUrl} />
      <div className="workshop-console">
        <div className="workshop-console__column">
          <AgendaEditor workshop={workshop} actionUrl={actionUrl} pickers={sites} />
          <Polls workshop={workshop} actionUrl={actionUrl} pickers={sites} events={events} />
          <ParkingLot workshop={workshop} />
        </div>
        <div className="workshop-console__column">
          <ConsoleMap workshop={workshop} shared={plan.shared} sites={plan.sites} announce={facilitator} />
          {workshop.status === "running" ? <CodePanel workshopId={workshop.id} codes={joinCodes} actionUrl={actionUrl} /> : null}
          <InRoom workshop={workshop} />
          <Settings workshop={workshop} actionUrl={actionUrl} />
        </div>
      </div>
    </div>
  );
}
