/**
 * What went wrong with an import, in words a planner can act on. Shared by the
 * GeoJSON validation, the area check and the Overpass client; the route sends it
 * to the browser as it is.
 */
export interface ImportProblem {
  /** Stable, for code and tests: "notJson", "wrongCrs", "timeout", … */
  code: ImportProblemCode;
  /** Norwegian bokmål, shown by default. */
  message: string;
  /** English, for the English interface. */
  messageEn: string;
  /** Facts behind the message: the feature index, the CRS named, the size limit… */
  details?: Record<string, unknown>;
}

export type ImportProblemCode =
  // GeoJSON upload
  | "empty"
  | "tooLarge"
  | "notJson"
  | "notGeoJson"
  | "unsupportedGeometry"
  | "wrongCrs"
  | "projectedCoordinates"
  | "outOfRange"
  | "invalidGeometry"
  | "noFeatures"
  | "tooDeep"
  | "invalidText"
  // Area to import
  | "invalidArea"
  | "areaTooLarge"
  // Overpass
  | "overpassBusy"
  | "overpassError"
  | "overpassUnreachable"
  | "overpassIncomplete"
  | "timeout"
  // The request itself (the route)
  | "badRequest"
  | "notFound";

/** The HTTP status the route answers with for each problem. */
export function httpStatusOf(code: ImportProblemCode): number {
  switch (code) {
    case "tooLarge":
      return 413;
    case "invalidArea":
    case "empty":
    case "badRequest":
    case "tooDeep":
    case "invalidText":
      return 400;
    case "notFound":
      return 404;
    case "notJson":
    case "notGeoJson":
    case "unsupportedGeometry":
    case "wrongCrs":
    case "projectedCoordinates":
    case "outOfRange":
    case "invalidGeometry":
    case "noFeatures":
    case "areaTooLarge":
      return 422;
    case "overpassBusy":
    case "overpassError":
    case "overpassUnreachable":
    case "overpassIncomplete":
      return 502;
    case "timeout":
      return 504;
  }
}

/** An import that failed with a problem the user can act on; nothing was stored. */
export class ImportError extends Error {
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem, options?: { cause?: unknown }) {
    super(problem.messageEn, options);
    this.name = "ImportError";
    this.problem = problem;
  }
  get status(): number {
    return httpStatusOf(this.problem.code);
  }
}
