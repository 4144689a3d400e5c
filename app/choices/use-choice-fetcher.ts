/**
 * One write of the choices page through a Remix fetcher: the form keeps its place, the page's
 * loader reloads after it, and the result (done, or the problem with its fields) is read in the
 * page's language.
 */
import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ChoiceActionResult, ChoiceIntent } from "./choices-route.server";
import { messageIn } from "./choice-text";

export function useChoiceFetcher(key: string) {
  const fetcher = useFetcher<ChoiceActionResult>({ key });
  const { i18n } = useTranslation();
  const result = fetcher.state === "idle" ? fetcher.data : undefined;
  const problem = result && !result.ok ? result.error : undefined;
  return {
    fetcher,
    busy: fetcher.state !== "idle",
    /** The intent that just succeeded, for its confirmation. */
    done: result?.ok ? (result.intent as ChoiceIntent) : null,
    /** The message of a wrong field, if the last attempt named it. */
    fieldError: (field: string): string | undefined => {
      const text = problem?.fields?.[field];
      return text ? messageIn(i18n.language, text) : undefined;
    },
    /** The message of a problem that is not about one field (or about a field the form does not show). */
    formError: (shownFields: readonly string[]): string | undefined => {
      if (!problem) return undefined;
      const fields = Object.keys(problem.fields ?? {});
      if (fields.length > 0 && fields.every((field) => shownFields.includes(field))) return undefined;
      return messageIn(i18n.language, problem);
    },
  };
}
