/**
 * One neighbour form's round trip: a fetcher of its own (so several forms work at once), the
 * server's refusal in the reader's language, each field's message, and a callback when the
 * server took it.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { NeighbourActionData } from "./neighbour-types";

export function useNeighbourForm(options: { onSaved?: (data: Extract<NeighbourActionData, { ok: true }>) => void } = {}) {
  const fetcher = useFetcher<NeighbourActionData>();
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
    busy: fetcher.state !== "idle",
    saved: data?.ok === true,
    problem,
    /** The refusal as a whole. */
    message: problem ? (english ? problem.messageEn : problem.message) : null,
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? (english ? entry.messageEn : entry.message) : undefined;
    },
  };
}

export type NeighbourForm = ReturnType<typeof useNeighbourForm>;
