/**
 * A resident raises a point of their own on "Dette sa dere – dette gjorde vi": the text and,
 * when they said it at an activity they took part in, which one. A plain POST without JavaScript.
 */
import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import { saidDoneUrl } from "./participation-text";
import { participationLimits as limits } from "./participation-vocabulary";
import { useParticipationForm } from "./use-participation-form";

export function RaiseOwnForm({ projectId, activities }: { projectId: string; activities: ReadonlyArray<{ id: string; title: string; date: string }> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const element = useRef<HTMLFormElement>(null);
  const form = useParticipationForm({ onSaved: () => element.current?.reset() });
  return (
    <section className="stack said-done-raise" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="ds-heading" data-size="sm">
        {t("participation.saidDone.raise.title")}
      </h2>
      <form.fetcher.Form ref={element} method="post" action={saidDoneUrl(projectId)} className="stack">
        <input type="hidden" name="intent" value="raiseOwn" />
        <Textfield
          multiline
          rows={3}
          name="body"
          label={t("participation.saidDone.raise.body")}
          description={t("participation.saidDone.raise.bodyHelp")}
          maxLength={limits.body}
          required
          error={form.fieldError("body")}
        />
        {activities.length > 0 ? (
          <Field>
            <Label htmlFor={`${id}-activity`}>{t("participation.saidDone.raise.activity")}</Label>
            <Select id={`${id}-activity`} name="activityId" defaultValue="">
              <Select.Option value="">{t("participation.saidDone.raise.activityNone")}</Select.Option>
              {activities.map((activity) => (
                <Select.Option key={activity.id} value={activity.id}>
                  {activity.title}, {formatDate(activity.date, i18n.language)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ) : null}
        {form.messageUnlessShown(["body"]) ? (
          <Alert data-color="danger" data-size="sm">
            {form.messageUnlessShown(["body"])}
          </Alert>
        ) : null}
        <div className="row">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {t("participation.saidDone.raise.save")}
          </Button>
          <Paragraph role="status" className="muted">
            {form.saved ? t("participation.saidDone.raise.saved") : ""}
          </Paragraph>
        </div>
      </form.fetcher.Form>
    </section>
  );
}
