import { ErrorSummary } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "./form-errors";

/** Lists a form's errors at its top and moves focus there, as WCAG 3.3.1 asks. */
export function FormErrorSummary({ errors }: { errors: FieldErrors | undefined }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const entries = Object.entries(errors ?? {});
  const count = entries.length;
  // Each new set of errors (a new object from the action) takes focus again.
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [errors, count]);
  if (entries.length === 0) return null;
  return (
    <ErrorSummary ref={ref as React.RefObject<never>} tabIndex={-1}>
      <ErrorSummary.Heading>{t("errors.summary")}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([field, key]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#${field}`}>{t(key)}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
