/**
 * One checklist form's round trip: a fetcher of its own (so several people, and several forms,
 * work at once), the server's refusal in the reader's language, each field's message, and a
 * callback when the server took it.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistActionData } from "./checklist-types";

export function useChecklistForm(options: { onSaved?: () => void } = {}) {
  const fetcher = useFetcher<ChecklistActionData>();
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
  return {
    fetcher,
    busy: fetcher.state !== "idle",
    saved: data?.ok === true,
    /** The refusal as a whole, unless it is only about fields shown at their fields. */
    message: problem ? (english ? problem.messageEn : problem.message) : null,
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? (english ? entry.messageEn : entry.message) : undefined;
    },
  };
}

/** Where the checklist's forms post. */
export function checklistActionUrl(projectId: string): string {
  return `/projects/${projectId}/checklist`;
}
