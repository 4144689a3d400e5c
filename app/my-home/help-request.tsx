/**
 * "Jeg vil gjerne snakke med noen om dette": a resident asks for help from a category, with a
 * short message if they like. It reaches the planners' overview (a help request event).
 */
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyHomeActionResult } from "./my-home-types";
import { problemText, useSettled } from "./use-settled";

/** As the store allows (`helpMessageMaxLength`). */
const maxLength = 500;

export function HelpRequest({ categoryId, homeId }: { categoryId: string; homeId: string }) {
  const { t, i18n } = useTranslation();
  const help = useFetcher<MyHomeActionResult>({ key: `help:${categoryId}` });
  const form = useRef<HTMLFormElement>(null);
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
        <Textfield multiline rows={3} name="message" maxLength={maxLength} label={t("myHome.help.messageLabel")} description={t("myHome.help.messageHint")} />
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
