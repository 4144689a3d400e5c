/**
 * The assessment engine in a Web Worker, so dragging a site never freezes the
 * page: the page sends `prepare` once with the reference data, then `assess`
 * whenever a site changes (protocol: app/geo/assessment-worker-protocol.ts).
 */
import { createAssessmentHandler, type AssessmentRequest, type AssessmentResponse } from "../geo/assessment-worker-protocol";

// The project's TypeScript setup has the DOM library, not the worker one: name just what is used.
interface WorkerScope {
  onmessage: ((event: MessageEvent<AssessmentRequest>) => void) | null;
  postMessage(message: AssessmentResponse): void;
}

const handle = createAssessmentHandler();
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage(handle(event.data));
  } catch (error) {
    // An engine bug must not leave the page waiting forever: answer with what went wrong.
    scope.postMessage({ type: "error", id: event.data.id, kind: "input", message: error instanceof Error ? error.message : String(error) });
  }
};
