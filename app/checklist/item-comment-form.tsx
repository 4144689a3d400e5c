import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { maxCommentLength } from "./checklist-limits";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";
import { checklistActionUrl, useChecklistForm } from "./use-checklist-form";

/**
 * Writes in an item's thread: a comment, or (for who may) a disagreement with the item's state,
 * which is kept beside the state and never changes it. One text, two buttons.
 */
export function ItemCommentForm({ item, snapshot }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot }) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const [homeId, setHomeId] = useState("");
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState<"comment" | "disagreement" | null>(null);
  const form = useChecklistForm({ onSaved: () => setBody("") });
  const idBase = `comment-${item.key}`;
  const error = missing && body.trim() === "" ? t("checklist.comment.required") : form.fieldError("body");

  return (
    <form.fetcher.Form
      method="post"
      action={checklistActionUrl(snapshot.projectId)}
      className="stack checklist-form"
      aria-labelledby={`${idBase}-title`}
      noValidate
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (form.busy) {
          event.preventDefault();
        } else if (body.trim() === "") {
          event.preventDefault();
          setMissing(true);
          event.currentTarget.querySelector<HTMLTextAreaElement>("textarea")?.focus();
        } else {
          setSent(submitter?.value === "disagreement" ? "disagreement" : "comment");
        }
      }}
    >
      <h5 id={`${idBase}-title`} className="ds-heading" data-size="2xs">
        {t("checklist.comment.title")}
      </h5>
      <input type="hidden" name="itemKey" value={item.key} />
      {item.scope === "home" && snapshot.homes.length > 1 ? (
        <Field>
          <Label htmlFor={`${idBase}-home`}>{t("checklist.comment.about")}</Label>
          <Select id={`${idBase}-home`} name="homeId" value={homeId} onChange={(event) => setHomeId(event.currentTarget.value)}>
            <Select.Option value="">{t("checklist.comment.aboutItem")}</Select.Option>
            {snapshot.homes.map((home) => (
              <Select.Option key={home.id} value={home.id}>
                {home.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Textfield
        multiline
        rows={3}
        name="body"
        label={t("checklist.comment.label")}
        description={item.may.disagree ? `${t("checklist.comment.help")} ${t("checklist.comment.disagreeHelp")}` : t("checklist.comment.help")}
        value={body}
        maxLength={maxCommentLength}
        error={error}
        onChange={(event) => setBody(event.currentTarget.value)}
      />
      {form.message && !form.fieldError("body") ? (
        <Alert data-color="danger" data-size="sm">
          {form.message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" name="intent" value="comment" variant="secondary" aria-disabled={form.busy || undefined}>
          {t("checklist.comment.send")}
        </Button>
        {item.may.disagree ? (
          <Button type="submit" name="intent" value="disagreement" variant="secondary" data-color="danger" aria-disabled={form.busy || undefined}>
            {t("checklist.comment.disagree")}
          </Button>
        ) : null}
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? (sent === "disagreement" ? t("checklist.comment.disagreementAdded") : t("checklist.comment.added")) : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}
