/**
 * What went wrong with an import, in words a planner can act on: the app's one problem type
 * (app/http/problem.ts) with the codes an import can have. Shared by the GeoJSON validation,
 * the area check and the Overpass client; the route sends it to the browser as it is.
 */
import type { Problem } from "../http/problem";
import { ProblemError } from "../http/problem";

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

export type ImportProblem = Problem<ImportProblemCode>;

/** An import that failed with a problem the user can act on; nothing was stored. */
export class ImportError extends ProblemError<ImportProblemCode> {
  constructor(problem: ImportProblem, options?: { cause?: unknown }) {
    super(problem, options);
    this.name = "ImportError";
  }
}
