/**
 * Answering the open poll on a phone (decision 014): one choice and the 1–5 scale as big radio
 * buttons, ranking with move up/down buttons, dot-voting with − and + per option and "N av M
 * stemmer brukt" (over the budget is refused here too, before the server would), short text.
 * A half-written answer survives a reload; "Svaret ditt er lagret" once the server has it; after
 * the reveal, the results.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PollAnswer, PollView } from "../workshops/workshop-types";
import { PollResultsView } from "./poll-results";
import { useSessionDraft } from "./use-session-draft";
import { useWorkshopAction } from "./use-workshop-action";
import { answeredCount, type WorkshopEvents } from "./use-workshop-events";

type Draft = { optionId?: string; value?: number; order?: string[]; dots?: Record<string, number>; text?: string };

const isDraft = (value: unknown): value is Draft => !!value && typeof value === "object" && !Array.isArray(value);

/** The answer the draft makes for this poll, or null while it is not one yet. */
export function answerOf(poll: Pick<PollView, "kind" | "options">, draft: Draft): PollAnswer | null {
  switch (poll.kind) {
    case "single":
      return draft.optionId && poll.options.some((option) => option.id === draft.optionId) ? { optionId: draft.optionId } : null;
    case "scale":
      return draft.value && draft.value >= 1 && draft.value <= 5 ? { value: draft.value } : null;
    case "ranking":
      return { order: rankingOrder(poll, draft) };
    case "dots": {
      const dots = Object.fromEntries(Object.entries(draft.dots ?? {}).filter(([id, count]) => count > 0 && poll.options.some((option) => option.id === id)));
      return Object.keys(dots).length > 0 ? { dots } : null;
    }
    case "text":
      return draft.text && draft.text.trim() !== "" ? { text: draft.text.trim() } : null;
  }
}

/** The draft's order where it names every option once, else the poll's own order. */
function rankingOrder(poll: Pick<PollView, "options">, draft: Draft): string[] {
  const ids = poll.options.map((option) => option.id);
  const order = draft.order ?? [];
  return order.length === ids.length && ids.every((id) => order.includes(id)) ? order : ids;
}

/** The draft a saved answer starts from. */
function draftOf(answer: PollAnswer | null): Draft {
  return answer ? { ...answer } : {};
}

function DotsInput({ poll, draft, setDraft }: { poll: PollView; draft: Draft; setDraft: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState(false);
  const budget = poll.budget ?? 0;
  const dots = draft.dots ?? {};
  const used = Object.values(dots).reduce((sum, count) => sum + count, 0);
  const change = (id: string, by: number) => {
    const next = Math.max(0, (dots[id] ?? 0) + by);
    if (by > 0 && used >= budget) {
      setRefused(true);
      return;
    }
    setRefused(false);
    setDraft({ ...draft, dots: { ...dots, [id]: next } });
  };
  return (
    <div className="phone-dots">
      <p className="phone-dots__used" role="status" data-testid="dots-used">
        {t("workshopUi.phone.dotsUsed", { used, budget })}
      </p>
      {refused ? (
        <p className="phone-warning" role="alert">
          {t("workshopUi.phone.overBudget")}
        </p>
      ) : null}
      <ul className="phone-options">
        {poll.options.map((option) => (
          <li key={option.id} className="phone-dots__row">
            <span className="phone-dots__label">{option.label}</span>
            <button type="button" className="phone-round-button" onClick={() => change(option.id, -1)} disabled={(dots[option.id] ?? 0) === 0} aria-label={t("workshopUi.phone.less", { label: option.label })}>
              −
            </button>
            <output className="phone-dots__count" aria-label={option.label}>
              {dots[option.id] ?? 0}
            </output>
            <button type="button" className="phone-round-button" onClick={() => change(option.id, 1)} aria-disabled={used >= budget} aria-label={t("workshopUi.phone.more", { label: option.label })}>
              +
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RankingInput({ poll, draft, setDraft }: { poll: PollView; draft: Draft; setDraft: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const order = rankingOrder(poll, draft);
  const labelOf = (id: string) => poll.options.find((option) => option.id === id)?.label ?? id;
  const move = (index: number, by: number) => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    setDraft({ ...draft, order: next });
  };
  return (
    <ol className="phone-options phone-ranking">
      {order.map((id, index) => (
        <li key={id} className="phone-ranking__row">
          <span className="phone-ranking__place">{t("workshopUi.phone.place", { place: index + 1 })}</span>
          <span className="phone-ranking__label">{labelOf(id)}</span>
          <button type="button" className="phone-round-button" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("workshopUi.phone.moveUp", { label: labelOf(id) })}>
            ↑
          </button>
          <button type="button" className="phone-round-button" disabled={index === order.length - 1} onClick={() => move(index, 1)} aria-label={t("workshopUi.phone.moveDown", { label: labelOf(id) })}>
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

function ChoiceInput({ name, choices, selected, onSelect, legend }: { name: string; choices: Array<{ value: string; label: string }>; selected: string | undefined; onSelect: (value: string) => void; legend: string }) {
  return (
    <fieldset className="phone-choices">
      <legend className="visually-hidden">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="phone-choice">
          <input type="radio" name={name} value={choice.value} checked={selected === choice.value} onChange={() => onSelect(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * @example
 * <PhonePoll poll={poll} workshopId={workshop.id} actionUrl={url} events={events} mayAnswer />
 */
export function PhonePoll({ poll, workshopId, actionUrl, events, mayAnswer }: { poll: PollView; workshopId: string; actionUrl: string; events: WorkshopEvents; mayAnswer: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useSessionDraft<Draft>(`boplan:workshop:${workshopId}:answer:${poll.id}:${poll.round}`, draftOf(poll.ownAnswer), isDraft);
  const [savedNow, setSavedNow] = useState(false);
  const action = useWorkshopAction(actionUrl, {
    onDone: () => {
      setSavedNow(true);
      clearDraft();
    },
  });
  const answer = answerOf(poll, draft);
  const open = poll.status === "open";
  const saved = savedNow || poll.ownAnswer !== null;
  const edit = (next: Draft) => {
    setSavedNow(false);
    setDraft(next);
  };
  return (
    <section className="phone-card phone-poll" aria-labelledby="phone-poll-question" data-testid="phone-poll" data-poll={poll.id}>
      <h2 className="phone-poll__question" id="phone-poll-question">
        {poll.question}
      </h2>
      <p className="phone-muted">{t("workshopUi.poll.answered", { count: answeredCount(events, poll) })}</p>
      {mayAnswer && open ? (
        <form
          className="phone-stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (answer) action.send("answer", { pollId: poll.id, answer: JSON.stringify(answer) });
          }}
        >
          {poll.kind === "single" ? (
            <ChoiceInput name={`poll-${poll.id}`} legend={poll.question} choices={poll.options.map((option) => ({ value: option.id, label: option.label }))} selected={draft.optionId} onSelect={(optionId) => edit({ ...draft, optionId })} />
          ) : null}
          {poll.kind === "scale" ? (
            <>
              <ChoiceInput name={`poll-${poll.id}`} legend={poll.question} choices={["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }))} selected={draft.value ? String(draft.value) : undefined} onSelect={(value) => edit({ ...draft, value: Number(value) })} />
              <p className="phone-muted phone-scale-ends">
                <span>{t("workshopUi.phone.scaleLow")}</span>
                <span>{t("workshopUi.phone.scaleHigh")}</span>
              </p>
            </>
          ) : null}
          {poll.kind === "ranking" ? <RankingInput poll={poll} draft={draft} setDraft={edit} /> : null}
          {poll.kind === "dots" ? <DotsInput poll={poll} draft={draft} setDraft={edit} /> : null}
          {poll.kind === "text" ? (
            <label className="phone-field">
              <span>{t("workshopUi.phone.textLabel")}</span>
              <textarea rows={3} maxLength={280} value={draft.text ?? ""} onChange={(event) => edit({ ...draft, text: event.target.value })} />
            </label>
          ) : null}
          <button type="submit" className="phone-button" disabled={!answer || action.busy}>
            {saved ? t("workshopUi.phone.change") : t("workshopUi.phone.send")}
          </button>
          {action.message ? (
            <p className="phone-warning" role="alert">
              {action.message}
            </p>
          ) : null}
        </form>
      ) : null}
      <p role="status" className="phone-saved" data-testid="answer-saved">
        {saved && mayAnswer && !action.busy && !action.message ? `✓ ${t("workshopUi.phone.saved")}` : ""}
      </p>
      {poll.status === "closed" && !poll.revealed ? <p>{t("workshopUi.phone.closed")}</p> : null}
      {poll.revealed && poll.results ? (
        <div className="phone-stack" data-testid="phone-results">
          <h3 className="phone-subheading">{t("workshopUi.phone.results")}</h3>
          <PollResultsView poll={poll} results={poll.results} size="phone" />
        </div>
      ) : null}
    </section>
  );
}
