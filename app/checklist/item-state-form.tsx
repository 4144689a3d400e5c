import { Alert, Button, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { maxReasonLength } from "./checklist-limits";
import type { ChecklistItemJson, ChecklistSnapshot } from "./checklist-types";
import type { ChecklistStatus } from "./template";
import { reasonStatuses, statuses } from "./checklist-statuses";
import { checklistActionUrl, useChecklistForm } from "./use-checklist-form";

/** The state a target has now: the project's, a home's, or a house type's first home's. */
function currentStatus(item: ChecklistItemJson, snapshot: ChecklistSnapshot, target: string): ChecklistStatus {
  if (target.startsWith("home:")) return item.homeStates.find((home) => `home:${home.homeId}` === target)?.status ?? item.shown.status;
  if (target.startsWith("type:")) {
    const first = snapshot.homes.find((home) => `type:${home.houseTypeId}` === target);
    return item.homeStates.find((home) => home.homeId === first?.id)?.status ?? item.shown.status;
  }
  return item.summary === "mixed" ? item.state.status : item.shown.status;
}

/** Whether the evidence a "done" for this target needs is there (the server checks again). */
function evidenceFor(item: ChecklistItemJson, snapshot: ChecklistSnapshot, target: string): boolean {
  const byHome = item.evidence.byHome;
  if ((byHome[""] ?? 0) > 0) return true;
  const homes = target.startsWith("home:")
    ? [target.slice(5)]
    : target.startsWith("type:")
      ? snapshot.homes.filter((home) => `type:${home.houseTypeId}` === target).map((home) => home.id)
      : item.scope === "home"
        ? snapshot.homes.map((home) => home.id)
        : [];
  return homes.length > 0 && homes.every((homeId) => (byHome[homeId] ?? 0) > 0);
}

/**
 * Sets an item's state, for the whole project or (home items) a house type or one home; a reason
 * is asked for where the state needs one. Only shown to members who may set this item.
 */
export function ItemStateForm({ item, snapshot }: { item: ChecklistItemJson; snapshot: ChecklistSnapshot }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState("project");
  const [status, setStatus] = useState<ChecklistStatus>(() => currentStatus(item, snapshot, "project"));
  const [reason, setReason] = useState(item.summary === "mixed" ? "" : item.shown.reason);
  const [reasonMissing, setReasonMissing] = useState(false);
  // Until the member changes the form, it follows the state someone else sets live.
  const [touched, setTouched] = useState(false);
  const form = useChecklistForm({ onSaved: () => setTouched(false) });
  const serverStatus = currentStatus(item, snapshot, target);
  const serverReason = item.summary === "mixed" ? "" : item.shown.reason;
  useEffect(() => {
    if (touched) return;
    setStatus(serverStatus);
    setReason(serverReason);
  }, [touched, serverStatus, serverReason]);
  const needsReason = reasonStatuses.includes(status);
  const houseTypes = snapshot.houseTypes.filter((type) => snapshot.homes.some((home) => home.houseTypeId === type.id));
  const evidenceMissing = item.requiresEvidence && status === "done" && !evidenceFor(item, snapshot, target);
  const reasonError = reasonMissing && needsReason && reason.trim() === "" ? t("checklist.stateForm.reasonRequired") : form.fieldError("reason");
  const idBase = `state-${item.key}`;

  return (
    <form.fetcher.Form
      method="post"
      action={checklistActionUrl(snapshot.projectId)}
      className="stack checklist-form"
      aria-labelledby={`${idBase}-title`}
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
      <h5 id={`${idBase}-title`} className="ds-heading" data-size="2xs">
        {t("checklist.stateForm.title")}
      </h5>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="itemKey" value={item.key} />
      {item.scope === "home" && snapshot.homes.length > 0 ? (
        <Field>
          <Label htmlFor={`${idBase}-target`}>{t("checklist.stateForm.target")}</Label>
          <Field.Description>{t("checklist.stateForm.targetHelp")}</Field.Description>
          <Select
            id={`${idBase}-target`}
            name="target"
            value={target}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setTarget(next);
              setStatus(currentStatus(item, snapshot, next));
            }}
          >
            <Select.Option value="project">{t("checklist.stateForm.allHomes")}</Select.Option>
            {houseTypes.map((type) => (
              <Select.Option key={type.id} value={`type:${type.id}`}>
                {t("checklist.stateForm.houseType", { name: type.name })}
              </Select.Option>
            ))}
            {snapshot.homes.map((home) => (
              <Select.Option key={home.id} value={`home:${home.id}`}>
                {home.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="target" value="project" />
      )}
      <Fieldset>
        <Fieldset.Legend>{t("checklist.stateForm.legend")}</Fieldset.Legend>
        <div className="checklist-status-options">
          {statuses.map((value) => (
            <Radio key={value} className="checklist-choice" name="status" value={value} label={t(`checklist.status.${value}`)} checked={status === value}
              onChange={() => {
                setTouched(true);
                setStatus(value);
              }}
            />
          ))}
        </div>
      </Fieldset>
      <Textfield
        multiline
        rows={2}
        name="reason"
        label={t("checklist.stateForm.reason")}
        description={t("checklist.stateForm.reasonHelp")}
        value={reason}
        maxLength={maxReasonLength}
        required={needsReason}
        aria-required={needsReason}
        error={reasonError}
        onChange={(event) => {
          setTouched(true);
          setReason(event.currentTarget.value);
        }}
      />
      {evidenceMissing ? (
        <Alert data-color="warning" data-size="sm">
          {t("checklist.stateForm.evidenceHint")}
        </Alert>
      ) : null}
      {form.message && !form.fieldError("reason") ? (
        <Alert data-color="danger" data-size="sm">
          {form.message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("checklist.stateForm.save")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("checklist.stateForm.saved") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}
