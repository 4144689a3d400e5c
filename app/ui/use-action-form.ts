/**
 * The state of a form sent with a fetcher to an action that answers `{ ok: true, … }` or
 * `{ ok: false, error: problem }` (app/http/problem.ts): busy, saved, the refusal's message in the
 * page's language and each wrong field's. One hook for every feature's forms.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface Bilingual {
  message: string;
  messageEn: string;
}

/** What such an action answers. */
export type ActionResult = { ok: true } | { ok: false; error: Bilingual & { fields?: Record<string, Bilingual> } };

/**
 * @example
 * const form = useActionForm<CooperationActionData>({ onSaved: () => setName("") });
 * <form.fetcher.Form method="post" action={url}>…{form.fieldError("name")}</form.fetcher.Form>
 */
export function useActionForm<Data extends ActionResult>(options: { onSaved?: (data: Extract<Data, { ok: true }>) => void } = {}) {
  const fetcher = useFetcher<Data>();
  const { i18n } = useTranslation();
  const english = i18n.language === "en";
  const data = fetcher.state === "idle" ? (fetcher.data as Data | undefined) : undefined;
  const problem = data && !data.ok ? (data as Extract<Data, { ok: false }>).error : null;
  const onSaved = useRef(options.onSaved);
  onSaved.current = options.onSaved;
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    if (!data || data === seen.current) return;
    seen.current = data;
    if (data.ok) onSaved.current?.(data as Extract<Data, { ok: true }>);
  }, [data]);
  const text = (entry: Bilingual) => (english ? entry.messageEn : entry.message);
  const fields = Object.keys(problem?.fields ?? {});
  return {
    fetcher,
    data,
    problem,
    busy: fetcher.state !== "idle",
    saved: data?.ok === true,
    /** The refusal as a whole. */
    message: problem ? text(problem) : null,
    /** Whether the refusal is only about fields (shown at each field). */
    onlyFields: fields.length > 0,
    /** The refusal as a whole, unless every wrong field is shown at its field. */
    messageUnlessShown(shownFields: readonly string[] = []): string | null {
      if (!problem) return null;
      if (fields.length > 0 && fields.every((field) => shownFields.includes(field))) return null;
      return text(problem);
    },
    fieldError(field: string): string | undefined {
      const entry = problem?.fields?.[field];
      return entry ? text(entry) : undefined;
    },
  };
}
