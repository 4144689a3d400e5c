/**
 * The in-process event bus of feedback changes (decision 009): actions publish "a project's
 * feedback changed", the event streams of that project's open pages listen. One server
 * process (decision 001), so memory is enough; several processes would need a shared channel
 * such as PostgreSQL LISTEN/NOTIFY.
 */

type Listener = () => void;

export interface FeedbackEvents {
  /** Tells every listener of the project that its feedback changed. */
  publish(projectId: string): void;
  /** Listens to a project's changes; returns the function that stops listening. */
  subscribe(projectId: string, listener: Listener): () => void;
  /** Listeners of a project now (for tests and health). */
  listenerCount(projectId: string): number;
}

/**
 * A new bus. The app uses the one shared `feedbackEvents`; tests may make their own.
 *
 * @example
 * const stop = bus.subscribe(projectId, () => console.log("changed"));
 * bus.publish(projectId);
 * stop();
 */
export function createFeedbackEvents(): FeedbackEvents {
  const listeners = new Map<string, Set<Listener>>();
  return {
    publish(projectId) {
      for (const listener of [...(listeners.get(projectId) ?? [])]) listener();
    },
    subscribe(projectId, listener) {
      const set = listeners.get(projectId) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(projectId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(projectId) === set) listeners.delete(projectId);
      };
    },
    listenerCount(projectId) {
      return listeners.get(projectId)?.size ?? 0;
    },
  };
}

// Kept on globalThis so the development server's module reloads share one bus with open streams.
const globalKey = Symbol.for("boplan.feedbackEvents");
const holder = globalThis as typeof globalThis & { [globalKey]?: FeedbackEvents };

/** The server's bus. */
export const feedbackEvents: FeedbackEvents = (holder[globalKey] ??= createFeedbackEvents());
