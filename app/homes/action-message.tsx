/**
 * What a homes or catalogue form's last submission did, in words: a status line that screen
 * readers announce (the element is always there, so the change is read) or the refusal.
 */
import { ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { refusalKey, type Refusal, type RefusalValues } from "./change-refused";

export type ActionResult = { ok: true; done: { key: string; values: RefusalValues } } | { ok: false; error: Refusal };

/** The refusal's message, or null: for a field's own ValidationMessage. */
export function useRefusalText(result: ActionResult | undefined, field?: string): string | null {
  const { t } = useTranslation();
  if (!result || result.ok) return null;
  if (field !== undefined && result.error.field !== field) return null;
  return t(refusalKey(result.error), result.error.values);
}

/**
 * The refusal's message at each of these fields (undefined where it is not), for a form's
 * `error` props.
 *
 * @example
 * const errors = useFieldErrors(fetcher.data, ["name", "color"]); // { name: "Skriv inn et navn.", color: undefined }
 */
export function useFieldErrors<Field extends string>(result: ActionResult | undefined, fields: readonly Field[]): Record<Field, string | undefined> {
  const { t } = useTranslation();
  const refusal = result && !result.ok ? result.error : undefined;
  return Object.fromEntries(fields.map((field) => [field, refusal?.field === field ? t(refusalKey(refusal), refusal.values) : undefined])) as Record<Field, string | undefined>;
}

/**
 * @example
 * <ActionMessage result={fetcher.data} skipFields={["name"]} />
 */
export function ActionMessage({ result, skipFields = [], id }: { result: ActionResult | undefined; skipFields?: string[]; id?: string }) {
  const { t } = useTranslation();
  const refusal = result && !result.ok ? result.error : undefined;
  const shownAtField = refusal?.field !== undefined && skipFields.includes(refusal.field);
  return (
    <div id={id} className="homes-message">
      <p role="status" className="homes-message__done">
        {result?.ok ? t(result.done.key, result.done.values) : ""}
      </p>
      {refusal && !shownAtField ? <ValidationMessage role="alert">{t(refusalKey(refusal), refusal.values)}</ValidationMessage> : null}
    </div>
  );
}
