/**
 * One cooperation form's round trip: its own fetcher (several planners and several forms work
 * at once), the server's refusal in the reader's language, each field's message, and a callback
 * once the server took it (to empty the form).
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { CooperationActionData } from "./cooperation-types";

export function useCooperationForm(options: { onSaved?: () => void } = {}) {
  const fetcher = useFetcher<CooperationActionData>();
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  const data = fetcher.state === "idle" ? fetcher.data : undefined;
  const problem = data && !data.ok ? data.error : null;
  const onSaved = useRef(options.onSaved);
  onSaved.current = options.onSaved;
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    if (data.ok) onSaved.current?.();
  }, [data]);
  const fieldError = (field: string): string | undefined => {
    const entry = problem?.fields?.[field];
    return entry ? (english ? entry.messageEn : entry.message) : undefined;
  };
  return {
    fetcher,
    busy: fetcher.state !== "idle",
    saved: data?.ok === true,
    fieldError,
    /** The refusal as a whole, unless every wrong field is shown at its field (`shownFields`). */
    message(shownFields: readonly string[] = []): string | null {
      if (!problem) return null;
      const fields = Object.keys(problem.fields ?? {});
      if (fields.length > 0 && fields.every((field) => shownFields.includes(field))) return null;
      return english ? problem.messageEn : problem.message;
    },
  };
}

/** Where the cooperation page's forms post. */
export function cooperationActionUrl(projectId: string): string {
  return `/projects/${projectId}/cooperation`;
}
