/** One attention form's round trip (add or clear a flag): its own fetcher and the refusal in the reader's language. */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AttentionActionData } from "./changes-types";

export function useAttentionForm(options: { onSaved?: () => void } = {}) {
  const fetcher = useFetcher<AttentionActionData>();
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
    message: problem ? (english ? problem.messageEn : problem.message) : null,
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? (english ? entry.messageEn : entry.message) : undefined;
    },
  };
}

/** Where the attention forms post, and where a record's open flags are read. */
export function attentionUrl(projectId: string): string {
  return `/projects/${projectId}/attention`;
}
