/**
 * The workshop's live events (decision 014): an in-process bus per workshop carrying
 * `WorkshopEvent`s (state versions, answer counts, "look here" places; never an answer), and the
 * Server-Sent Events stream of `/projects/<id>/workshops/<wid>/events`. The project bus of
 * decision 012 carries bare "changed" notices, so the workshop keeps its own for data; each
 * stream also registers its owner on that bus (topic "workshop"), so signing out, signing out everywhere, removal
 * and a role change end it through the one mechanism app/auth/session-connections.server.ts
 * already calls (decision 011).
 */
import type { FeedbackEvents } from "../feedback/feedback-events.server";
import { feedbackEvents } from "../feedback/feedback-events.server";
import { eventStreamResponse } from "../live/event-stream.server";
import type { WorkshopEvent } from "./workshop-types";

type Listener = (event: WorkshopEvent) => void;

export interface WorkshopEvents {
  /** Tells every open stream of the workshop. */
  publish(workshopId: string, event: WorkshopEvent): void;
  /** Listens to one workshop; returns the function that stops listening. */
  subscribe(workshopId: string, listener: Listener): () => void;
  /** Streams open on a workshop now (for tests and health). */
  listenerCount(workshopId: string): number;
}

/**
 * A new bus. The app uses the shared `workshopEvents`; tests may make their own.
 *
 * @example
 * const stop = bus.subscribe(workshopId, (event) => console.log(event.type));
 * bus.publish(workshopId, { type: "state", stateVersion: 3 });
 */
export function createWorkshopEvents(): WorkshopEvents {
  const byWorkshop = new Map<string, Set<Listener>>();
  return {
    publish(workshopId, event) {
      for (const listener of [...(byWorkshop.get(workshopId) ?? [])]) listener(event);
    },
    subscribe(workshopId, listener) {
      const set = byWorkshop.get(workshopId) ?? new Set<Listener>();
      set.add(listener);
      byWorkshop.set(workshopId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && byWorkshop.get(workshopId) === set) byWorkshop.delete(workshopId);
      };
    },
    listenerCount(workshopId) {
      return byWorkshop.get(workshopId)?.size ?? 0;
    },
  };
}

// Kept on globalThis so the development server's module reloads share one bus with open streams.
const globalKey = Symbol.for("boplan.workshopEvents");
const holder = globalThis as typeof globalThis & { [globalKey]?: WorkshopEvents };

/** The server's bus. */
export const workshopEvents: WorkshopEvents = (holder[globalKey] ??= createWorkshopEvents());

/**
 * The SSE response of one workshop's events for one member's session. It starts with the
 * current `state` so a page that reconnects knows whether to reload.
 *
 * @example
 * return workshopEventResponse({ projectId, workshopId, stateVersion, signal: request.signal, owner: { userId, sessionId } });
 */
export function workshopEventResponse(options: {
  projectId: string;
  workshopId: string;
  stateVersion: number;
  signal: AbortSignal;
  owner: { userId: string; sessionId: string };
  events?: WorkshopEvents;
  sessions?: FeedbackEvents;
  keepAliveMs?: number;
}): Response {
  const events = options.events ?? workshopEvents;
  const sessions = options.sessions ?? feedbackEvents;
  return eventStreamResponse(
    options.signal,
    (send, stop) => {
      const sendEvent = (event: WorkshopEvent) => send(`data: ${JSON.stringify(event)}\n\n`);
      sendEvent({ type: "state", stateVersion: options.stateVersion });
      const unsubscribe = events.subscribe(options.workshopId, sendEvent);
      // Registered for its end only: nothing publishes "workshop" notices on the project bus.
      const unregister = sessions.subscribe(options.projectId, () => {}, { ...options.owner, end: stop }, "workshop");
      return () => {
        unsubscribe();
        unregister();
      };
    },
    options.keepAliveMs,
  );
}
