/**
 * The shared screen (decision 014), for a 1920×1080 projector seen from the back of the room:
 * the current agenda item with its timer, the join code and its QR code while the workshop runs,
 * and the item's live content: the map following the facilitator with the spotlit site and its
 * assessment, or the poll on screen with "N har svart" and, once revealed, its results; the room
 * counted by role; where someone points, for a few seconds. Nothing on it needs a click.
 */
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlanDocument } from "../map-page/use-plan-document";
import type { AgendaItem, PollView, WorkshopView } from "../workshops/workshop-types";
import { JoinCodeDisplay } from "./code-card";
import { PollResultsView } from "./poll-results";
import { ScreenItemContent } from "./screen-item-content";
import { codeToShow, useShownCode } from "./shown-code";
import { useNow } from "./use-now";
import { answeredCount, useWorkshopEvents, type WorkshopEvents } from "./use-workshop-events";
import type { WorkshopPageData } from "./workshop-page-data";
import { currentItem, currentPoll, usedMinutes } from "./workshop-page-data";
import { useFacilitatorPresence, viewKey } from "./workshop-presence";
import { workshopEventsUrl } from "./workshop-urls";
import "./workshop-ui.css";
import "./workshop-screen.css";

// Client-only (Leaflet and the assessment's Web Worker need a browser).
const ScreenSiteStage = lazy(() => import("./screen-site-stage.client"));

function ScreenTimer({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const now = useNow(1_000);
  if (now === null || !item.startedAt) return null;
  const used = usedMinutes(item, now);
  const left = item.plannedMinutes - used;
  return (
    <p className="workshop-screen__timer" data-over={left < 0} data-testid="screen-timer">
      {left >= 0 ? t("workshopUi.screen.timeLeft", { minutes: left }) : t("workshopUi.screen.overTime", { minutes: -left })}
    </p>
  );
}

function PollOnScreen({ poll, events }: { poll: PollView; events: WorkshopEvents }) {
  const { t } = useTranslation();
  const count = answeredCount(events, poll);
  return (
    <section className="workshop-screen__poll" aria-labelledby="screen-poll-question" data-testid="screen-poll">
      <h2 className="workshop-screen__question" id="screen-poll-question">
        {poll.question}
      </h2>
      <p className="workshop-screen__answered" data-testid="screen-answered" aria-live="polite">
        {t("workshopUi.poll.answered", { count })}
      </p>
      {poll.revealed && poll.results ? <PollResultsView poll={poll} results={poll.results} size="screen" /> : null}
    </section>
  );
}

function InRoomCount({ workshop }: { workshop: WorkshopView }) {
  const { t } = useTranslation();
  const entries = Object.entries(workshop.attendanceByRole).filter(([, count]) => (count ?? 0) > 0) as Array<[string, number]>;
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  return (
    <div className="workshop-screen__room" data-testid="screen-in-room">
      <p className="workshop-screen__room-total">{t("workshopUi.screen.inRoom", { count: total })}</p>
      <ul>
        {entries.map(([role, count]) => (
          <li key={role}>
            {t(`role.${role}`)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * @example
 * <ScreenPage data={loaderData} />
 */
export function ScreenPage({ data }: { data: WorkshopPageData }) {
  const { t } = useTranslation();
  const { workshop, viewer } = data;
  const events = useWorkshopEvents(workshopEventsUrl(workshop.projectId, workshop.id), workshop.stateVersion);
  const plan = usePlanDocument(workshop.projectId, { id: viewer.id, name: viewer.name, role: viewer.role }, false);
  const followed = useFacilitatorPresence(plan.shared?.awareness, workshop.facilitator?.id, workshop.id);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const shown = codeToShow(data.joinCodes, useShownCode(workshop.id));
  const item = currentItem(workshop);
  const poll = currentPoll(workshop);
  const running = workshop.status === "running";
  const spotlit = item?.kind === "site" ? (plan.sites.find((site) => site.id === item.subjectId) ?? null) : null;
  const showMap = running && !poll && (item?.kind === "site" || events.attention !== null);

  return (
    <main id="main" tabIndex={-1} className="workshop-screen" data-testid="workshop-screen" data-status={workshop.status} data-item={item?.id ?? ""} data-view={viewKey(followed?.view)}>
      <header className="workshop-screen__top">
        <div>
          <p className="workshop-screen__kicker">{workshop.title}</p>
          <h1 className="workshop-screen__title" data-testid="screen-item">
            {running && item ? item.title : workshop.title}
          </h1>
        </div>
        {running && item ? <ScreenTimer item={item} /> : null}
      </header>
      <div className="workshop-screen__body">
        <div className="workshop-screen__stage">
          {workshop.status === "planned" ? <p className="workshop-screen__message">{t("workshopUi.screen.waiting")}</p> : null}
          {workshop.status === "ended" ? <p className="workshop-screen__message">{t("workshopUi.screen.ended")}</p> : null}
          {running && poll ? <PollOnScreen poll={poll} events={events} /> : null}
          {showMap && hydrated ? (
            <Suspense fallback={null}>
              <ScreenSiteStage projectId={workshop.projectId} planDoc={plan.shared?.doc} sites={plan.sites} spotlit={spotlit} view={followed?.view ?? null} attention={events.attention} />
            </Suspense>
          ) : null}
          {running && !poll && !showMap && item && (item.kind === "checklistSection" || item.kind === "colours") ? (
            <section className="workshop-screen__content" aria-label={t(`workshopUi.kind.${item.kind}`)}>
              <p className="workshop-screen__kind">{t(`workshopUi.kind.${item.kind}`)}</p>
              <ScreenItemContent projectId={workshop.projectId} item={item} />
            </section>
          ) : running && !poll && !showMap ? (
            <div className="workshop-screen__message">
              {item ? <p>{t(`workshopUi.kind.${item.kind}`)}</p> : null}
              <p>{t("workshopUi.screen.nothing")}</p>
            </div>
          ) : null}
        </div>
        {running ? (
          <aside className="workshop-screen__side" aria-label={t("workshopUi.code.heading")}>
            {shown ? <JoinCodeDisplay shown={shown} size="screen" /> : <p>{t("workshopUi.screen.noCode")}</p>}
            <InRoomCount workshop={workshop} />
          </aside>
        ) : null}
      </div>
    </main>
  );
}
