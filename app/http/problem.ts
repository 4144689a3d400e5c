/**
 * One problem type for every refusal the server answers as JSON (decision 011): a stable code,
 * the HTTP status that code always has, a message in both languages, and optionally what was
 * wrong with each field and the facts behind it. The wire format is `{ error: Problem }`;
 * feedback, points by hand and reference data all answer with it, their clients read it.
 * Shared by server and browser (no server-only imports).
 */

/** Every code and its status, in one table, so a code cannot mean two statuses. */
const statusOfCode = {
  // The request itself
  badRequest: 400,
  invalidInput: 400,
  invalid: 400,
  unknownIntent: 400,
  invalidText: 400,
  empty: 400,
  tooDeep: 400,
  invalidArea: 400,
  forbidden: 403,
  notFound: 404,
  tooLarge: 413,
  unsupportedType: 415,
  tooManyRequests: 429,
  // A write that the record's state does not allow now
  conflict: 409,
  evidenceRequired: 409,
  // The people around the project (decision 013)
  notPublishable: 409,
  pdfUnavailable: 503,
  // A resident's choice of colours and materials (decision 012)
  choiceClosed: 409,
  choiceNotYet: 409,
  optionNotOffered: 409,
  nothingToConfirm: 409,
  // The workshop (decision 014)
  pollClosed: 409,
  workshopNotRunning: 409,
  // A GeoJSON upload that is not usable
  notJson: 422,
  notGeoJson: 422,
  unsupportedGeometry: 422,
  wrongCrs: 422,
  projectedCoordinates: 422,
  outOfRange: 422,
  invalidGeometry: 422,
  noFeatures: 422,
  areaTooLarge: 422,
  // Overpass, behind the OpenStreetMap import
  overpassBusy: 502,
  overpassError: 502,
  overpassUnreachable: 502,
  overpassIncomplete: 502,
  timeout: 504,
} as const satisfies Record<string, number>;

export type ProblemCode = keyof typeof statusOfCode;
export type ProblemStatus = (typeof statusOfCode)[ProblemCode];

/**
 * What went wrong, in words the user can act on; nothing was changed.
 *
 * `Code` narrows the codes a feature uses; `Fields` is how it reports wrong fields (messages
 * for feedback, problem codes the panel words for points).
 */
export interface Problem<Code extends ProblemCode = ProblemCode, Fields = unknown> {
  /** Stable, for code and tests: "forbidden", "invalidInput", "wrongCrs", … */
  code: Code;
  /** Norwegian bokmål, shown by default. */
  message: string;
  /** English, for the English interface. */
  messageEn: string;
  /** For input problems: what was wrong with each field. */
  fields?: Fields;
  /** Facts behind the message: the feature index, the size limit… */
  details?: Record<string, unknown>;
}

/**
 * The HTTP status of a problem code.
 *
 * @example
 * problemStatus("forbidden"); // 403
 */
export function problemStatus(code: ProblemCode): ProblemStatus {
  return statusOfCode[code];
}

/**
 * The JSON answer of a problem: `{ error: problem }` with the code's status, never cached.
 *
 * @example
 * return problemResponse({ code: "notFound", message: "Fant ikke punktet.", messageEn: "No such point." });
 * // or, from a guard: throw problemResponse(…) — Remix answers a thrown Response as it is
 */
export function problemResponse(problem: Problem<ProblemCode, unknown>, init: { headers?: Record<string, string> } = {}): Response {
  return Response.json({ error: problem }, { status: problemStatus(problem.code), headers: { "Cache-Control": "private, no-store", ...init.headers } });
}

/** A problem thrown through code that is not a route (the Overpass client, the importer). */
export class ProblemError<Code extends ProblemCode = ProblemCode> extends Error {
  readonly problem: Problem<Code>;
  constructor(problem: Problem<Code>, options?: { cause?: unknown }) {
    super(problem.messageEn, options);
    this.name = "ProblemError";
    this.problem = problem;
  }
  get status(): ProblemStatus {
    return problemStatus(this.problem.code);
  }
}

/** The problem a role that may not do something gets. */
export const forbiddenProblem: Problem<"forbidden"> = {
  code: "forbidden",
  message: "Rollen din i prosjektet kan ikke gjøre dette.",
  messageEn: "Your role in this project cannot do this.",
};

/** Non-members get this for every project, so a project's existence is not revealed. */
export const projectNotFoundProblem: Problem<"notFound"> = {
  code: "notFound",
  message: "Fant ikke prosjektet, eller du er ikke medlem av det.",
  messageEn: "No such project, or you are not a member of it.",
};
