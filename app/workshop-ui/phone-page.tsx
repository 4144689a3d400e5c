/**
 * The phone view of a workshop (decision 014), for 390×844 touch screens over a poor connection:
 * "Følger <navn>" with a way out and back, the current agenda item, a small vector map (SVG, no
 * Leaflet) following the facilitator's view, the open poll to answer, the parking lot, and "Pek på
 * kartet" when the facilitator allows it. A participant who is typing is asked before the page
 * moves to the next item. It stays light: its only heavy part is the plan's sync connection.
 */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePlanDocument } from "../map-page/use-plan-document";
import { VectorMap, type VectorFeature } from "../vector-map/vector-map";
import { PhonePoll } from "./phone-poll";
import { useSessionDraft } from "./use-session-draft";
import { useWorkshopAction } from "./use-workshop-action";
import { useWorkshopEvents } from "./use-workshop-events";
import type { WorkshopPageData } from "./workshop-page-data";
import { pollToAnswer } from "./workshop-page-data";
import { useFacilitatorPresence, viewKey } from "./workshop-presence";
import "./workshop-ui.css";
import "./workshop-phone.css";

/** True while the participant is writing: a text field has the focus and holds text. */
export function isTyping(active: Element | null): boolean {
  if (active instanceof HTMLTextAreaElement) return active.value.trim() !== "";
  if (active instanceof HTMLInputElement) return ["text", "search", ""].includes(active.type) && active.value.trim() !== "";
  return false;
}

function ParkingLotForm({ workshopId, actionUrl }: { workshopId: string; actionUrl: string }) {
  const { t } = useTranslation();
  const [body, setBody, clear] = useSessionDraft(`boplan:workshop:${workshopId}:parking`, "");
  const [sent, setSent] = useState(false);
  const action = useWorkshopAction(actionUrl, {
    onDone: () => {
      setSent(true);
      setBody("");
      clear();
    },
  });
  return (
    <form
      className="phone-card phone-stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() !== "") action.send("park", { body });
      }}
    >
      <label className="phone-field">
        <span className="phone-subheading">{t("workshopUi.phone.parkingLabel")}</span>
        <textarea
          rows={3}
          maxLength={500}
          value={body}
          onChange={(event) => {
            setSent(false);
            setBody(event.target.value);
          }}
        />
      </label>
      <button type="submit" className="phone-button phone-button--secondary" disabled={body.trim() === "" || action.busy}>
        {t("workshopUi.phone.parkingSend")}
      </button>
      <p role="status">{sent ? t("workshopUi.phone.parkingSaved") : ""}</p>
      {action.message ? (
        <p className="phone-warning" role="alert">
          {action.message}
        </p>
      ) : null}
    </form>
  );
}

/**
 * @example
 * <PhonePage data={loaderData} actionUrl={url} />
 */
export function PhonePage({ data, actionUrl }: { data: WorkshopPageData; actionUrl: string }) {
  const { t } = useTranslation();
  const { workshop, viewer } = data;
  const events = useWorkshopEvents(`/projects/${workshop.projectId}/workshops/${workshop.id}/events`, workshop.stateVersion);
  const plan = usePlanDocument(workshop.projectId, { id: viewer.id, name: viewer.name, role: viewer.role }, false);
  const followed = useFacilitatorPresence(plan.shared?.awareness, workshop.facilitator?.id, workshop.id);
  const [following, setFollowing] = useSessionDraft(`boplan:workshop:${workshop.id}:following`, true);
  const [shownItemId, setShownItemId] = useState(workshop.currentItemId);
  const [askingFor, setAskingFor] = useState<string | null>(null);
  const [pointing, setPointing] = useState(false);
  const attention = useWorkshopAction(actionUrl, { onDone: () => setPointing(false) });
  const seenItem = useRef(workshop.currentItemId);

  // The facilitator moved on: follow, unless this person is writing (then ask) or chose to stay.
  useEffect(() => {
    if (workshop.currentItemId === seenItem.current) return;
    seenItem.current = workshop.currentItemId;
    if (!following) return;
    if (isTyping(document.activeElement)) setAskingFor(workshop.currentItemId);
    else setShownItemId(workshop.currentItemId);
  }, [workshop.currentItemId, following]);

  const name = workshop.facilitator?.name ?? "";
  const item = workshop.agenda.find((entry) => entry.id === shownItemId) ?? null;
  const askingItem = askingFor ? workshop.agenda.find((entry) => entry.id === askingFor) : undefined;
  const poll = pollToAnswer(workshop);
  const running = workshop.status === "running";
  const spotlit = item?.kind === "site" ? item.subjectId : null;
  const features: VectorFeature[] = plan.sites.map((site) => ({ id: site.id, kind: "site", geometry: site.geometry, label: site.name }));
  const view = following && followed?.view ? followed.view : undefined;
  const mayPoint = running && workshop.allowAttention && viewer.mayTakePart;

  return (
    <main id="main" tabIndex={-1} className="phone-page" data-testid="workshop-phone" data-status={workshop.status} data-item={item?.id ?? ""}>
      <p className="phone-muted phone-workshop-title">{workshop.title}</p>
      {!events.connected ? (
        <p className="phone-warning" role="status">
          {t("workshopUi.phone.offline")}
        </p>
      ) : null}
      {running && name ? (
        <div className="phone-follow" data-testid="follow-bar" data-following={following}>
          <span>{following ? t("workshopUi.phone.following", { name }) : t("workshopUi.phone.notFollowing", { name })}</span>
          <button
            type="button"
            className="phone-button phone-button--small"
            onClick={() => {
              if (following) setFollowing(false);
              else {
                setFollowing(true);
                setShownItemId(workshop.currentItemId);
                setAskingFor(null);
              }
            }}
          >
            {following ? t("workshopUi.phone.stopFollowing") : t("workshopUi.phone.followAgain")}
          </button>
        </div>
      ) : null}
      {askingItem ? (
        <div className="phone-card phone-ask" role="alertdialog" aria-labelledby="phone-ask-text">
          <p id="phone-ask-text">{t("workshopUi.phone.movedOn", { name, title: askingItem.title })}</p>
          <div className="phone-row">
            <button
              type="button"
              className="phone-button phone-button--secondary"
              onClick={() => {
                setAskingFor(null);
                setFollowing(false);
              }}
            >
              {t("workshopUi.phone.stay")}
            </button>
            <button
              type="button"
              className="phone-button"
              onClick={() => {
                setShownItemId(askingItem.id);
                setAskingFor(null);
              }}
            >
              {t("workshopUi.phone.goOn")}
            </button>
          </div>
        </div>
      ) : null}
      {workshop.status === "planned" ? <p className="phone-card">{t("workshopUi.phone.waiting")}</p> : null}
      {workshop.status === "ended" ? <p className="phone-card">{t("workshopUi.phone.ended")}</p> : null}
      {running && item ? (
        <section className="phone-card" aria-labelledby="phone-item-title">
          <p className="phone-muted">{t("workshopUi.phone.current")}</p>
          <h1 className="phone-item-title" id="phone-item-title" data-testid="phone-item">
            {item.title}
          </h1>
        </section>
      ) : null}
      {running && (spotlit || mayPoint) && features.length > 0 ? (
        <section className="phone-map" data-testid="phone-map" data-pointing={pointing} data-view={viewKey(view)}>
          <VectorMap
            width={390}
            height={300}
            title={t("workshopUi.screen.mapAria")}
            description={item?.title ?? workshop.title}
            features={features}
            view={view}
            highlightId={spotlit}
            legend={false}
            labelSize={14}
            onPick={pointing ? (lat, lon) => attention.send("attention", { lat, lon }) : undefined}
          />
          {mayPoint ? (
            <div className="phone-stack">
              <button type="button" className="phone-button phone-button--secondary" aria-pressed={pointing} onClick={() => setPointing(!pointing)}>
                {t("workshopUi.phone.point")}
              </button>
              <p role="status" className="phone-muted">
                {pointing ? t("workshopUi.phone.pointHint") : attention.done ? t("workshopUi.phone.pointSent") : ""}
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
      {running && poll ? <PhonePoll key={`${poll.id}:${poll.round}`} poll={poll} workshopId={workshop.id} actionUrl={actionUrl} events={events} mayAnswer={viewer.mayTakePart} /> : null}
      {running && !poll ? <p className="phone-muted">{t("workshopUi.phone.noPoll")}</p> : null}
      {running && !viewer.mayTakePart ? <p className="phone-muted">{t("workshopUi.phone.observer")}</p> : null}
      {running && viewer.mayTakePart ? <ParkingLotForm workshopId={workshop.id} actionUrl={actionUrl} /> : null}
      {viewer.guest ? (
        <p className="phone-muted">
          <a href="/account/keep" className="ds-link">
            {t("workshops.keep.title")}
          </a>
        </p>
      ) : null}
    </main>
  );
}
