/**
 * "Jeg vil gjerne snakke med noen om dette": a resident asks for help from a category, with a
 * short message if they like. It reaches the planners' overview (a help request event).
 */
import { Alert, Button } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyHomeActionResult } from "./my-home-types";
import { problemText, useSettled } from "./use-settled";

/** As the store allows (`helpMessageMaxLength`). */
const maxLength = 500;

export function HelpRequest({ categoryId, homeId }: { categoryId: string; homeId: string }) {
  const { t, i18n } = useTranslation();
  const help = useFetcher<MyHomeActionResult>({ key: `help:${categoryId}` });
  const form = useRef<HTMLFormElement>(null);
  const fieldId = useId();
  const [outcome, setOutcome] = useState<{ sent: true } | { sent: false; text: string } | null>(null);
  useSettled(help, (result) => {
    if (result.ok) form.current?.reset();
    setOutcome(result.ok ? { sent: true } : { sent: false, text: problemText(result.error, i18n.language) });
  });
  return (
    <details className="help-request">
      <summary className="help-request__summary">{t("myHome.help.button")}</summary>
      <help.Form method="post" ref={form} className="help-request__form" onSubmit={() => setOutcome(null)}>
        <input type="hidden" name="intent" value="help" />
        <input type="hidden" name="categoryId" value={categoryId} />
        <input type="hidden" name="homeId" value={homeId} />
        {/* Designsystemet's field markup without its Textfield component, which brings the ~30 kB (gzip) web-component runtime to this phone page. */}
        <div className="ds-field">
          <label className="ds-label" htmlFor={fieldId} data-weight="medium">
            {t("myHome.help.messageLabel")}
          </label>
          <p data-field="description" id={`${fieldId}-hint`}>
            {t("myHome.help.messageHint")}
          </p>
          <textarea className="ds-input help-request__message" id={fieldId} name="message" rows={3} maxLength={maxLength} aria-describedby={`${fieldId}-hint`} />
        </div>
        <Button type="submit" variant="secondary" className="help-request__send" disabled={help.state !== "idle"}>
          {t("myHome.help.send")}
        </Button>
        <div aria-live="polite">
          {outcome?.sent ? <Alert data-color="success">{t("myHome.help.sent")}</Alert> : null}
          {outcome && !outcome.sent ? <Alert data-color="danger">{outcome.text}</Alert> : null}
        </div>
      </help.Form>
    </details>
  );
}
