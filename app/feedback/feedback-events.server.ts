/**
 * The in-process event bus of feedback changes (decision 009): actions publish "a project's
 * feedback changed", the event streams of that project's open pages listen. One server
 * process (decision 001), so memory is enough; several processes would need a shared channel
 * such as PostgreSQL LISTEN/NOTIFY.
 *
 * A stream that subscribes says whose it is (user and session) and how to end it, so signing
 * out, signing out everywhere, removal and a role change end it at once (decision 011).
 */

type Listener = () => void;

/**
 * What changed in a project: its feedback (decision 009), its checklist or its homes and choices
 * (decision 012). A stream listens to one topic; ending a session ends streams of every topic.
 */
export type ProjectTopic = "feedback" | "checklist" | "choices" | "participation" | "neighbours" | "inquiries" | "publicPage" | "cooperation" | "attention" | "workshop";

/** Whose an open stream is, and how to end it. */
export interface StreamOwner {
  userId: string;
  sessionId: string;
  /** Ends the stream (the browser sees it close); also unsubscribes it. */
  end(): void;
}

interface Subscription {
  projectId: string;
  topic: ProjectTopic;
  listener: Listener;
  owner: StreamOwner | undefined;
}

export interface FeedbackEvents {
  /** Tells every listener of the project's topic (feedback unless named) that it changed. */
  publish(projectId: string, topic?: ProjectTopic): void;
  /** Listens to a project's changes of one topic (feedback unless named); returns the function that stops listening. */
  subscribe(projectId: string, listener: Listener, owner?: StreamOwner, topic?: ProjectTopic): () => void;
  /** Listeners of a project now, of every topic (for tests and health). */
  listenerCount(projectId: string): number;
  /** Ends the streams opened with this session (signed out); returns how many. */
  endSession(sessionId: string): number;
  /** Ends every stream of this user, in every project (signed out everywhere); returns how many. */
  endUser(userId: string): number;
  /** Ends this user's streams of one project (removed, or the role changed); returns how many. */
  endMember(projectId: string, userId: string): number;
}

/**
 * A new bus. The app uses the one shared `feedbackEvents`; tests may make their own.
 *
 * @example
 * const stop = bus.subscribe(projectId, () => console.log("changed"), { userId, sessionId, end: close });
 * bus.publish(projectId);
 * bus.endSession(sessionId); // calls close()
 */
export function createFeedbackEvents(): FeedbackEvents {
  const byProject = new Map<string, Set<Subscription>>();

  function end(matches: (subscription: Subscription) => boolean): number {
    const ending = [...byProject.values()].flatMap((set) => [...set]).filter(matches);
    for (const subscription of ending) subscription.owner?.end();
    return ending.length;
  }

  return {
    publish(projectId, topic = "feedback") {
      for (const subscription of [...(byProject.get(projectId) ?? [])]) if (subscription.topic === topic) subscription.listener();
    },
    subscribe(projectId, listener, owner, topic = "feedback") {
      const set = byProject.get(projectId) ?? new Set<Subscription>();
      const subscription: Subscription = { projectId, topic, listener, owner };
      set.add(subscription);
      byProject.set(projectId, set);
      return () => {
        set.delete(subscription);
        if (set.size === 0 && byProject.get(projectId) === set) byProject.delete(projectId);
      };
    },
    listenerCount(projectId) {
      return byProject.get(projectId)?.size ?? 0;
    },
    endSession(sessionId) {
      return end((subscription) => subscription.owner?.sessionId === sessionId);
    },
    endUser(userId) {
      return end((subscription) => subscription.owner?.userId === userId);
    },
    endMember(projectId, userId) {
      return end((subscription) => subscription.projectId === projectId && subscription.owner?.userId === userId);
    },
  };
}

// Kept on globalThis so the development server's module reloads share one bus with open streams.
const globalKey = Symbol.for("boplan.feedbackEvents");
const holder = globalThis as typeof globalThis & { [globalKey]?: FeedbackEvents };

/** The server's bus. */
export const feedbackEvents: FeedbackEvents = (holder[globalKey] ??= createFeedbackEvents());
