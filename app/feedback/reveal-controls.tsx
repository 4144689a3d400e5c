import { Alert, Button } from "@digdir/designsystemet-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Aspect } from "./aspects";
import { aspects } from "./aspects";
import { useFeedback } from "./feedback-context";
import type { FeedbackSnapshot } from "./feedback-types";

/** Where an aspect's ratings of a site are shown to everyone: on every site, on this one only, or nowhere yet. */
export type RevealScope = "everywhere" | "here" | null;

/**
 * How far an aspect is revealed for a site, from the member's snapshot.
 *
 * @example
 * revealScopeOf(snapshot, "site-a", "safety"); // "here" after "Vis for denne tomta"
 */
export function revealScopeOf(snapshot: FeedbackSnapshot, siteId: string, aspect: Aspect): RevealScope {
  if (snapshot.revealed.includes(aspect)) return "everywhere";
  return snapshot.revealedOnSites.some((reveal) => reveal.siteId === siteId && reveal.aspect === aspect) ? "here" : null;
}

/** One aspect, or every aspect at once (the row under the aspects). */
type Place = Aspect | "all";
type Scope = "here" | "everywhere";

interface Notice {
  /** The site whose panel it happened in: another site's panel shows no notice and no undo. */
  siteId: string;
  place: Place;
  text: string;
  /** The reveal that "Angre" takes back (the same place and scope), or null after a hide. */
  undo: Scope | null;
}

/**
 * A planner's reveal and hide for one site's panel, with what happened and its undo. The
 * button says the scope ("for denne tomta", "for alle tomter") and the request carries it: with
 * the site's id, or without it for every site.
 */
export function useRevealActions(siteId: string) {
  const { t, i18n } = useTranslation();
  const { send } = useFeedback();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const idPrefix = useId();
  const buttonId = (place: Place, scope: Scope | "undo") => `${idPrefix}-${place}-${scope}`;

  // Focus after a change, once the page shows it: a pressed button that went away (its action is
  // done) would leave focus on the page's body, so it moves to the undo beside the notice; after
  // an undo, to the button that does the reveal again.
  const pendingFocus = useRef<{ id: string; onlyIfLost: boolean } | null>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    const element = pending ? document.getElementById(pending.id) : null;
    if (!pending || !element) return;
    pendingFocus.current = null;
    if (!pending.onlyIfLost || document.activeElement === document.body || document.activeElement === null) element.focus();
  });

  const apply = async (place: Place, scope: Scope, reveal: boolean, options: { onSite?: string; focusAfter?: string } = {}): Promise<void> => {
    const onSite = options.onSite ?? siteId;
    const result = await send({ intent: reveal ? "reveal" : "hide", aspect: place, ...(scope === "here" ? { siteId: onSite } : {}) });
    if (!result.ok) {
      setProblem(i18n.language === "en" ? result.problem.messageEn : result.problem.message);
      return;
    }
    setProblem(null);
    const outcome = reveal ? (scope === "here" ? "revealedHere" : "revealedEverywhere") : scope === "here" ? "hiddenHere" : "hiddenEverywhere";
    const key = place === "all" ? `all${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}` : outcome;
    pendingFocus.current = options.focusAfter
      ? { id: options.focusAfter, onlyIfLost: false }
      : reveal
        ? { id: buttonId(place, "undo"), onlyIfLost: true }
        : null;
    setNotice({ siteId: onSite, place, text: t(`feedback.ratings.notice.${key}`, { aspect: place === "all" ? "" : t(`feedback.aspect.${place}`) }), undo: reveal ? scope : null });
  };
  const undo = async () => {
    if (!notice?.undo) return;
    const { place, undo: scope } = notice;
    await apply(place, scope, false, { onSite: notice.siteId, focusAfter: buttonId(place, scope) });
  };
  return { apply, undo, notice: notice?.siteId === siteId ? notice : null, problem, buttonId, groupId: (place: Place) => `${idPrefix}-${place}-group` };
}

export type RevealActions = ReturnType<typeof useRevealActions>;

/** What happened at this place, announced (the region exists before it fills), with its undo. */
function RevealNotice({ place, actions }: { place: Place; actions: RevealActions }) {
  const { t } = useTranslation();
  const notice = actions.notice?.place === place ? actions.notice : null;
  return (
    <div className="row feedback-reveal-notice">
      <p role="status" className="muted">
        {notice?.text}
      </p>
      {notice?.undo ? (
        <Button type="button" variant="tertiary" data-size="sm" id={actions.buttonId(place, "undo")} onClick={() => void actions.undo()}>
          {t("feedback.ratings.undo")}
        </Button>
      ) : null}
    </div>
  );
}

/** One aspect's switches: for this site and for every site, each saying which it is. */
export function AspectRevealControls({ aspect, scope, actions }: { aspect: Aspect; scope: RevealScope; actions: RevealActions }) {
  const { t } = useTranslation();
  const aspectName = t(`feedback.aspect.${aspect}`);
  const button = (key: Scope, label: string, reveal: boolean) => (
    <Button
      key={key}
      id={actions.buttonId(aspect, key)}
      type="button"
      variant="secondary"
      data-size="sm"
      aria-label={t("feedback.ratings.buttonFor", { action: label, aspect: aspectName })}
      onClick={() => void actions.apply(aspect, key, reveal)}
    >
      {label}
    </Button>
  );
  return (
    <div className="stack" role="group" id={actions.groupId(aspect)} aria-label={t("feedback.ratings.revealGroup", { aspect: aspectName })}>
      {/* The labels say what a press does, so no pressed state on top of them. */}
      <div className="row">
        {scope === "everywhere"
          ? null
          : scope === "here"
            ? button("here", t("feedback.ratings.hideHere"), false)
            : button("here", t("feedback.ratings.revealHere"), true)}
        {scope === "everywhere" ? button("everywhere", t("feedback.ratings.hideEverywhere"), false) : button("everywhere", t("feedback.ratings.revealEverywhere"), true)}
      </div>
      <RevealNotice place={aspect} actions={actions} />
    </div>
  );
}

/** Every aspect at once: for this site, for every site, and hiding them all again. */
export function AllRevealControls({ siteId, snapshot, actions }: { siteId: string; snapshot: FeedbackSnapshot; actions: RevealActions }) {
  const { t } = useTranslation();
  const scopes = aspects.map((aspect) => revealScopeOf(snapshot, siteId, aspect));
  const allHere = scopes.every((scope) => scope !== null);
  const allEverywhere = scopes.every((scope) => scope === "everywhere");
  const anyAnywhere = snapshot.revealed.length > 0 || snapshot.revealedOnSites.length > 0;
  return (
    <div className="stack feedback-reveal" role="group" id={actions.groupId("all")} aria-label={t("feedback.ratings.revealAllGroup")}>
      <div className="row">
        {allHere ? null : (
          <Button id={actions.buttonId("all", "here")} type="button" variant="secondary" data-size="sm" onClick={() => void actions.apply("all", "here", true)}>
            {t("feedback.ratings.revealAllHere")}
          </Button>
        )}
        {allEverywhere ? null : (
          <Button id={actions.buttonId("all", "everywhere")} type="button" variant="secondary" data-size="sm" onClick={() => void actions.apply("all", "everywhere", true)}>
            {t("feedback.ratings.revealAllEverywhere")}
          </Button>
        )}
        {anyAnywhere ? (
          <Button type="button" variant="secondary" data-size="sm" onClick={() => void actions.apply("all", "everywhere", false)}>
            {t("feedback.ratings.hideAllEverywhere")}
          </Button>
        ) : null}
      </div>
      <RevealNotice place="all" actions={actions} />
      {actions.problem ? <Alert data-color="danger">{actions.problem}</Alert> : null}
    </div>
  );
}
