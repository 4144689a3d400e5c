/**
 * The workshop's event stream on a page (decision 014): `state` reloads the page's loader data
 * (filtered for this member on the server), `answered` updates a poll's count in place, and
 * `attention` shows a place on the screen for a few seconds. The stream reconnects by itself
 * after a dropout; a reopen reloads the data, since notices may have been missed meanwhile.
 */
import { useRevalidator } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import type { Role } from "../permissions";
import type { WorkshopEvent } from "../workshops/workshop-types";

export interface AnsweredCount {
  round: number;
  answered: number;
}

export interface AttentionPointer {
  lat: number;
  lon: number;
  role: Role;
  /** Tells two pointers at the same place apart. */
  key: number;
}

export interface WorkshopEvents {
  /** The latest answer count per poll, newer than the loader's when set. */
  answered: ReadonlyMap<string, AnsweredCount>;
  /** The place someone pointed to, for `attentionMs` after it came. */
  attention: AttentionPointer | null;
  /** False while the stream is down (the page says so on a phone). */
  connected: boolean;
}

/** Parses one event's data; anything else is ignored (a newer server may send more kinds). */
export function parseWorkshopEvent(data: string): WorkshopEvent | null {
  try {
    const value = JSON.parse(data) as Partial<WorkshopEvent> | null;
    if (!value || typeof value !== "object") return null;
    if (value.type === "state" && typeof value.stateVersion === "number") return value as WorkshopEvent;
    if (value.type === "answered" && typeof value.pollId === "string" && typeof value.answered === "number") return value as WorkshopEvent;
    if (value.type === "attention" && typeof value.lat === "number" && typeof value.lon === "number") return value as WorkshopEvent;
    return null;
  } catch {
    return null;
  }
}

/**
 * @example
 * const events = useWorkshopEvents(`/projects/${projectId}/workshops/${workshop.id}/events`, workshop.stateVersion);
 * const count = events.answered.get(poll.id)?.answered ?? poll.answered;
 */
export function useWorkshopEvents(
  eventsUrl: string,
  loadedStateVersion: number,
  options: {
    /** Reload on answers too, at most once per `reloadOnAnswerMs` (the facilitator's results). */
    reloadOnAnswer?: boolean;
    reloadOnAnswerMs?: number;
    attentionMs?: number;
  } = {},
): WorkshopEvents {
  const { reloadOnAnswer = false, reloadOnAnswerMs = 1_500, attentionMs = 5_000 } = options;
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const loadedVersion = useRef(loadedStateVersion);
  loadedVersion.current = loadedStateVersion;
  const [answered, setAnswered] = useState<ReadonlyMap<string, AnsweredCount>>(new Map());
  const [attention, setAttention] = useState<AttentionPointer | null>(null);
  const [connected, setConnected] = useState(true);

  useEffect(() => {
    let opened = false;
    let stream: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attentionTimer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    let delay = 1_000;
    let answerReload: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      stream = new EventSource(eventsUrl);
      stream.onopen = () => {
        setConnected(true);
        delay = 1_000;
        if (opened) revalidate.current();
        opened = true;
      };
      stream.onerror = () => {
        setConnected(false);
        // The browser retries by itself unless the server refused; then try again a little later.
        if (stream?.readyState === EventSource.CLOSED && !closed) {
          stream.close();
          retry = setTimeout(open, delay);
          delay = Math.min(delay * 2, 30_000);
        }
      };
      stream.onmessage = (message: MessageEvent<string>) => {
        const event = parseWorkshopEvent(message.data);
        if (!event) return;
        if (event.type === "state") {
          if (event.stateVersion !== loadedVersion.current) revalidate.current();
        } else if (event.type === "answered") {
          if (reloadOnAnswer && !answerReload) {
            answerReload = setTimeout(() => {
              answerReload = undefined;
              revalidate.current();
            }, reloadOnAnswerMs);
          }
          setAnswered((current) => {
            const known = current.get(event.pollId);
            if (known && (known.round > event.round || (known.round === event.round && known.answered === event.answered))) return current;
            return new Map(current).set(event.pollId, { round: event.round, answered: event.answered });
          });
        } else {
          clearTimeout(attentionTimer);
          setAttention({ lat: event.lat, lon: event.lon, role: event.role, key: Date.now() });
          attentionTimer = setTimeout(() => setAttention(null), attentionMs);
        }
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(retry);
      clearTimeout(attentionTimer);
      clearTimeout(answerReload);
      stream?.close();
    };
  }, [eventsUrl, attentionMs, reloadOnAnswer, reloadOnAnswerMs]);

  return { answered, attention, connected };
}

/** A poll's answer count: the stream's, when it is about the poll's current round, else the loader's. */
export function answeredCount(events: Pick<WorkshopEvents, "answered">, poll: { id: string; round: number; answered: number }): number {
  const live = events.answered.get(poll.id);
  return live && live.round === poll.round ? Math.max(live.answered, 0) : poll.answered;
}
