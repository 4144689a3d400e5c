/** The stigmatising-word warnings beside a text (decision 013): the word, why, and a plainer suggestion. */
import { Alert, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { WordWarning } from "./public-word-check";

export function WordWarnings({ warnings, help = false }: { warnings: readonly WordWarning[]; help?: boolean }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert data-color="warning" data-size="sm" data-testid="word-warnings">
      <Paragraph data-size="sm">
        <strong>{t("publicPage.editor.warningsTitle", { count: warnings.length })}</strong>
        {help ? ` ${t("publicPage.editor.warningsHelp")}` : ""}
      </Paragraph>
      <ul className="editor-warnings">
        {warnings.map((warning, index) => (
          <li key={`${warning.field}-${index}`}>{t("publicPage.editor.warning", { found: warning.found, why: warning.why, suggestion: warning.suggestion })}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** The warnings of one field, or of the fields under a prefix ("update.<id>."). */
export function warningsFor(warnings: readonly WordWarning[], field: string): WordWarning[] {
  return warnings.filter((warning) => warning.field === field || warning.field.startsWith(`${field}.`));
}
