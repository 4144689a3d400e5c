/**
 * Sends one of the workshop action's intents (decision 014) with a fetcher: busy, done and the
 * refusal's message in the page's language, with each named field's. The action answers
 * `{ ok: true, … }` or a problem (app/http/problem.ts): `{ ok: false, problem }`, `{ error: problem }` or bare.
 */
import { useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface Bilingual {
  message: string;
  messageEn: string;
}

type ProblemLike = Bilingual & { code?: string; fields?: Record<string, Bilingual | string> };

export type WorkshopActionData = ({ ok: true } & Record<string, unknown>) | ({ ok?: false; problem?: ProblemLike; error?: ProblemLike } & Partial<ProblemLike>);

/** The problem in an action's answer, whichever way it is wrapped. */
export function problemOf(data: WorkshopActionData | undefined): ProblemLike | null {
  if (!data || data.ok === true) return null;
  if (data.problem && typeof data.problem === "object") return data.problem;
  if (data.error && typeof data.error === "object") return data.error;
  if (typeof data.message === "string") return data as ProblemLike;
  return null;
}

export type IntentFields = Record<string, string | number | boolean | null | undefined>;

/**
 * @example
 * const action = useWorkshopAction(actionUrl);
 * action.send("goTo", { itemId });
 */
export function useWorkshopAction<Ok extends Record<string, unknown> = Record<string, unknown>>(actionUrl: string, options: { onDone?: (data: { ok: true } & Ok) => void } = {}) {
  const fetcher = useFetcher<WorkshopActionData>();
  const { t, i18n } = useTranslation();
  const english = i18n.language === "en";
  const data = fetcher.state === "idle" ? fetcher.data : undefined;
  const problem = problemOf(data);
  const onDone = useRef(options.onDone);
  onDone.current = options.onDone;
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    if (data.ok === true) onDone.current?.(data as { ok: true } & Ok);
  }, [data]);

  const { submit } = fetcher;
  const send = useCallback(
    (intent: string, fields: IntentFields = {}) => {
      const form = new FormData();
      form.set("intent", intent);
      for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== null) form.set(name, String(value));
      submit(form, { method: "post", action: actionUrl });
    },
    [submit, actionUrl],
  );
  const text = (entry: Bilingual | string) => (typeof entry === "string" ? entry : english ? entry.messageEn : entry.message);
  return {
    send,
    fetcher,
    busy: fetcher.state !== "idle",
    done: data?.ok === true,
    data: data?.ok === true ? (data as { ok: true } & Ok) : null,
    /** The refusal as a whole; a failed request without an answer says so too. */
    message: problem ? text(problem) : data && data.ok !== true ? t("workshopUi.errors.failed") : null,
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? text(entry) : undefined;
    },
  };
}
