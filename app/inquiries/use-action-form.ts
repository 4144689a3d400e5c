/**
 * One form's round trip on the inquiries and public page editor pages: its own fetcher (several
 * forms work at once), the server's refusal in the reader's language, each field's message, and
 * whether the last send was taken.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ActionData } from "./write-result";

export function useActionForm(options: { onSaved?: (data: ActionData) => void } = {}) {
  const fetcher = useFetcher<ActionData>();
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
    if (data.ok) onSaved.current?.(data);
  }, [data]);
  return {
    fetcher,
    data,
    busy: fetcher.state !== "idle",
    saved: data?.ok === true,
    /** The refusal as a whole. */
    message: problem ? (english ? problem.messageEn : problem.message) : null,
    /** Whether the refusal is only about fields (shown at each field). */
    onlyFields: Boolean(problem?.fields && Object.keys(problem.fields).length > 0),
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? (english ? entry.messageEn : entry.message) : undefined;
    },
  };
}
