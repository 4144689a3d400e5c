/**
 * The member's feedback snapshot in the browser, kept live (decision 009): fetched on mount,
 * on every `changed` notice of the SSE stream and whenever the stream (re)opens.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FeedbackProblem, FeedbackSnapshot } from "./feedback-types";

export type SendResult = { ok: true; id: string | null } | { ok: false; problem: FeedbackProblem };

/**
 * Loads and follows a project's feedback; `send` posts one intent and applies the answer.
 *
 * @example
 * const { snapshot, send } = useFeedbackData(projectId);
 * await send({ intent: "comment", siteId, body: "Mørk gangvei" });
 */
export function useFeedbackData(projectId: string) {
  const [snapshot, setSnapshot] = useState<FeedbackSnapshot | null>(null);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef(false);
  const again = useRef(false);

  const refetch = useCallback(() => {
    // One request at a time; notices that arrive meanwhile cause one more.
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    fetch(`/projects/${projectId}/feedback`, { headers: { Accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`feedback: HTTP ${response.status}`);
        setSnapshot((await response.json()) as FeedbackSnapshot);
        setFailed(false);
      })
      .catch(() => setFailed(true))
      .finally(() => {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          refetch();
        }
      });
  }, [projectId]);

  useEffect(() => {
    refetch();
    const stream = new EventSource(`/projects/${projectId}/feedback/events`);
    stream.onopen = () => refetch();
    stream.onmessage = () => refetch();
    return () => stream.close();
  }, [projectId, refetch]);

  const send = useCallback(
    async (fields: Record<string, string>): Promise<SendResult> => {
      const body = new FormData();
      for (const [key, value] of Object.entries(fields)) body.set(key, value);
      try {
        const response = await fetch(`/projects/${projectId}/feedback`, { method: "POST", body, headers: { Accept: "application/json" } });
        const answer = (await response.json()) as { id?: string | null; snapshot?: FeedbackSnapshot; error?: FeedbackProblem };
        if (!response.ok || !answer.snapshot) {
          return { ok: false, problem: answer.error ?? { code: "invalidInput", message: "Noe gikk galt. Prøv igjen.", messageEn: "Something went wrong. Try again." } };
        }
        setSnapshot(answer.snapshot);
        return { ok: true, id: answer.id ?? null };
      } catch {
        return { ok: false, problem: { code: "invalidInput", message: "Fikk ikke kontakt med serveren. Teksten er beholdt; prøv igjen.", messageEn: "Could not reach the server. Your text is kept; try again." } };
      }
    },
    [projectId],
  );

  return { snapshot, failed, send };
}
