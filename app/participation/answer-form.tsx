/**
 * Answers a point, or changes its answer (planners): what came of it, the answer in plain words,
 * the reason (required for "considered but not adopted": checked here and again on the server)
 * and a link to what changed, picked by name.
 */
import { Alert, Button, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LinkOptions, LogPoint } from "./participation-types";
import { labelText, participationUrl } from "./participation-text";
import type { AnswerStatus } from "./participation-vocabulary";
import { answerStatuses, linkKinds, participationLimits as limits } from "./participation-vocabulary";
import { useParticipationForm } from "./use-participation-form";

export function AnswerForm({ projectId, point, linkOptions }: { projectId: string; point: LogPoint; linkOptions: LinkOptions }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<AnswerStatus>(point.answerStatus === "open" ? "adopted" : point.answerStatus);
  const [reason, setReason] = useState(point.reason);
  const [reasonMissing, setReasonMissing] = useState(false);
  const form = useParticipationForm();
  const needsReason = status === "notAdopted";
  const reasonError = reasonMissing && needsReason && reason.trim() === "" ? t("participation.answerForm.reasonRequired") : form.fieldError("reason");
  const currentLink = point.link ? `${point.link.kind}:${point.link.id}` : "";
  const shown = ["status", "answer", "reason", "linkId", "linkKind"];
  return (
    <details className="participation-details participation-details--action">
      <summary>{point.answerStatus === "open" ? t("participation.answerForm.button") : t("participation.answerForm.changeButton")}</summary>
      <form.fetcher.Form
        method="post"
        action={participationUrl(projectId)}
        className="stack participation-form"
        aria-label={t("participation.answerForm.title")}
        noValidate
        onSubmit={(event) => {
          if (form.busy) event.preventDefault();
          else if (needsReason && reason.trim() === "") {
            event.preventDefault();
            setReasonMissing(true);
            event.currentTarget.querySelector<HTMLTextAreaElement>("textarea[name=reason]")?.focus();
          }
        }}
      >
        <input type="hidden" name="intent" value="answerPoint" />
        <input type="hidden" name="pointId" value={point.id} />
        <Fieldset>
          <Fieldset.Legend>{t("participation.answerForm.status")}</Fieldset.Legend>
          <div className="participation-choices">
            {answerStatuses.map((value) => (
              <Radio key={value} name="status" value={value} label={t(`participation.status.${value}`)} checked={status === value} onChange={() => setStatus(value)} />
            ))}
          </div>
        </Fieldset>
        <Textfield
          multiline
          rows={3}
          name="answer"
          label={t("participation.answerForm.answer")}
          description={t("participation.answerForm.answerHelp")}
          defaultValue={point.answer}
          maxLength={limits.answer}
          error={form.fieldError("answer")}
        />
        <Textfield
          multiline
          rows={2}
          name="reason"
          label={t("participation.answerForm.reason")}
          description={t("participation.answerForm.reasonHelp")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={limits.reason}
          required={needsReason}
          aria-required={needsReason}
          error={reasonError}
        />
        <Field>
          <Label htmlFor={`${id}-link`}>{t("participation.answerForm.link")}</Label>
          <Field.Description>{t("participation.answerForm.linkHelp")}</Field.Description>
          <Select id={`${id}-link`} name="link" defaultValue={currentLink} aria-invalid={form.fieldError("linkId") ? true : undefined}>
            <Select.Option value="">{t("participation.answerForm.linkNone")}</Select.Option>
            {linkKinds.map((kind) =>
              linkOptions[kind].length === 0 ? null : (
                <optgroup key={kind} label={t(`participation.linkKind.${kind}`)}>
                  {linkOptions[kind].map((option) => (
                    <Select.Option key={option.id} value={`${kind}:${option.id}`}>
                      {labelText(option.label, i18n.language)}
                    </Select.Option>
                  ))}
                </optgroup>
              ),
            )}
          </Select>
          {form.fieldError("linkId") ? <ValidationMessage>{form.fieldError("linkId")}</ValidationMessage> : null}
        </Field>
        {form.messageUnlessShown(shown) ? (
          <Alert data-color="danger" data-size="sm">
            {form.messageUnlessShown(shown)}
          </Alert>
        ) : null}
        <div className="row">
          <Button type="submit" aria-disabled={form.busy || undefined}>
            {t("participation.answerForm.save")}
          </Button>
          <Paragraph role="status" data-size="sm" className="muted">
            {form.saved ? t("participation.answerForm.saved") : ""}
          </Paragraph>
        </div>
      </form.fetcher.Form>
    </details>
  );
}
