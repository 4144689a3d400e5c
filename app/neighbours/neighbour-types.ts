/**
 * What the neighbour pages' actions answer, and who acts (decision 013). Shared by server and
 * browser (no server-only imports).
 */
import type { Problem, ProblemCode } from "../http/problem";
import type { Role } from "../permissions";

/** Who acts, as the server established it (session and membership), never from a form. */
export interface NeighbourMember {
  projectId: string;
  userId: string;
  role: Role;
}

/** A message in both languages. */
export interface Message {
  message: string;
  messageEn: string;
}

/** A refusal: its code, its message and, for input, what was wrong with each field. */
export type NeighbourProblem = Problem<ProblemCode, Record<string, Message>>;

/** What a store's write returns: the record's id, or why nothing was changed. */
export type NeighbourResult = { ok: true; id: string; details?: Record<string, unknown> } | { ok: false; problem: NeighbourProblem };

/** What a page's fetcher reads back from an action. */
export type NeighbourActionData = { ok: true; intent: string; id: string; details?: Record<string, unknown> } | { ok: false; error: NeighbourProblem };
