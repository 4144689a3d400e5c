/**
 * One poll on the console (decision 014): show it on the screen, open, close, reopen, reset,
 * reveal and hide the results; the live answer count; the results, which the facilitator sees
 * before the room does, marked so.
 */
import { Button, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { PollView, WorkshopView } from "../workshops/workshop-types";
import { PollResultsView } from "./poll-results";
import { useWorkshopAction } from "./use-workshop-action";
import { answeredCount, type WorkshopEvents } from "./use-workshop-events";

const statusColour = { draft: "neutral", open: "success", closed: "warning" } as const;
const statusKey = { draft: "workshopUi.poll.draft", open: "workshopUi.poll.statusOpen", closed: "workshopUi.poll.statusClosed" } as const;

/**
 * @example
 * <PollControls poll={poll} workshop={workshop} actionUrl={url} events={events} />
 */
export function PollControls({ poll, workshop, actionUrl, events }: { poll: PollView; workshop: WorkshopView; actionUrl: string; events: Pick<WorkshopEvents, "answered"> }) {
  const { t } = useTranslation();
  const action = useWorkshopAction(actionUrl);
  const running = workshop.status === "running";
  const onScreen = workshop.currentPollId === poll.id;
  const count = answeredCount(events, poll);
  const item = workshop.agenda.find((entry) => entry.id === poll.itemId);
  const button = (intent: string, label: string, extra: Record<string, string> = {}, variant: "primary" | "secondary" | "tertiary" = "secondary") => (
    <Button type="button" data-size="sm" variant={variant} disabled={action.busy} onClick={() => action.send(intent, { pollId: poll.id, ...extra })}>
      {label}
    </Button>
  );
  return (
    <article className="workshop-poll" data-testid="workshop-poll" data-on-screen={onScreen} aria-label={poll.question}>
      <p className="workshop-poll__question">{poll.question}</p>
      <p className="row">
        <Tag data-color={statusColour[poll.status]}>{t(statusKey[poll.status])}</Tag>
        <span className="muted">
          {t(`workshopUi.pollKind.${poll.kind}`)}
          {poll.kind === "dots" && poll.budget ? ` · ${t("workshopUi.poll.votes", { count: poll.budget })}` : ""}
          {item ? ` · ${item.title}` : ""}
          {poll.round > 1 ? ` · ${t("workshopUi.poll.round", { round: poll.round })}` : ""}
        </span>
        {onScreen ? <strong>{t("workshopUi.poll.onScreen")}</strong> : null}
        <span role="status" data-testid="poll-answered">
          {t("workshopUi.poll.answered", { count })}
        </span>
      </p>
      {running ? (
        <div className="workshop-poll__controls">
          {onScreen ? button("showPoll", t("workshopUi.poll.hideFromScreen"), { pollId: "" }) : button("showPoll", t("workshopUi.poll.show"))}
          {poll.status === "draft" ? button("openPoll", t("workshopUi.poll.open"), {}, "primary") : null}
          {poll.status === "open" ? button("closePoll", t("workshopUi.poll.close"), {}, "primary") : null}
          {poll.status === "closed" ? button("reopenPoll", t("workshopUi.poll.reopen")) : null}
          {poll.status !== "draft" ? (
            <Button
              type="button"
              data-size="sm"
              variant="tertiary"
              disabled={action.busy}
              onClick={() => {
                if (window.confirm(t("workshopUi.poll.resetConfirm"))) action.send("resetPoll", { pollId: poll.id });
              }}
            >
              {t("workshopUi.poll.reset")}
            </Button>
          ) : null}
          {poll.status !== "draft" && !poll.revealed ? button("revealPoll", t("workshopUi.poll.reveal"), {}, "primary") : null}
          {poll.revealed ? button("hidePoll", t("workshopUi.poll.hide")) : null}
        </div>
      ) : workshop.status === "planned" ? (
        <div className="workshop-poll__controls">{button("removePoll", t("workshopUi.poll.remove"), {}, "tertiary")}</div>
      ) : null}
      {action.message ? <Paragraph role="alert">{action.message}</Paragraph> : null}
      {poll.results ? (
        <div className={poll.revealed ? "stack" : "stack workshop-private"} data-testid="console-results">
          {!poll.revealed ? <Paragraph data-size="sm">{t("workshopUi.poll.onlyYou")}</Paragraph> : null}
          <PollResultsView poll={poll} results={poll.results} size="console" />
        </div>
      ) : null}
    </article>
  );
}
