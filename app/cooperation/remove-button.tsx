import { Alert, Button } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { cooperationActionUrl, useCooperationForm } from "./use-cooperation-form";

/**
 * Removes one record of the agreement after a second press ("Ja, fjern «…»"); without
 * JavaScript the first press removes it. A refusal (a held meeting, a partner that took part in
 * one) shows beside the button.
 */
export function RemoveButton({ projectId, intent, idName, id, name }: { projectId: string; intent: string; idName: string; id: string; name: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const form = useCooperationForm({ onSaved: () => setAsking(false) });
  const message = form.messageUnlessShown();
  return (
    <form.fetcher.Form
      method="post"
      action={cooperationActionUrl(projectId)}
      className="cooperation-remove"
      onSubmit={(event) => {
        if (form.busy) event.preventDefault();
        else if (!asking) {
          event.preventDefault();
          setAsking(true);
        }
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={idName} value={id} />
      <Button type="submit" variant={asking ? "primary" : "tertiary"} data-color="danger" aria-label={t(asking ? "cooperation.confirmRemoveLabel" : "cooperation.removeLabel", { name })} aria-disabled={form.busy || undefined}>
        {asking ? t("cooperation.confirmRemove") : t("cooperation.remove")}
      </Button>
      {asking ? (
        <Button type="button" variant="tertiary" onClick={() => setAsking(false)}>
          {t("cooperation.cancel")}
        </Button>
      ) : null}
      {message ? (
        <Alert data-color="danger" data-size="sm" role="alert">
          {message}
        </Alert>
      ) : null}
    </form.fetcher.Form>
  );
}
