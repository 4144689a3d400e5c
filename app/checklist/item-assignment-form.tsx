import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { phases } from "../projects/vocabulary";
import type { ChecklistItemJson } from "./checklist-types";
import { checklistActionUrl, useChecklistForm } from "./use-checklist-form";

const assignableRoles = ["owner", "planner", "police", "fire", "resident"] as const;

/** Who is responsible for an item and when it is due (planners). */
export function ItemAssignmentForm({ item, projectId }: { item: ChecklistItemJson; projectId: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState(item.responsibleRole ?? "");
  const [phase, setPhase] = useState(item.duePhase ?? "");
  const [date, setDate] = useState(item.dueDate ?? "");
  const form = useChecklistForm();
  const idBase = `assignment-${item.key}`;
  return (
    <form.fetcher.Form
      method="post"
      action={checklistActionUrl(projectId)}
      className="stack checklist-form"
      aria-labelledby={`${idBase}-title`}
      noValidate
      onSubmit={(event) => {
        if (form.busy) event.preventDefault();
      }}
    >
      <h5 id={`${idBase}-title`} className="ds-heading" data-size="2xs">
        {t("checklist.assignment.title")}
      </h5>
      <input type="hidden" name="intent" value="assignment" />
      <input type="hidden" name="itemKey" value={item.key} />
      <div className="checklist-form__fields">
        <Field>
          <Label htmlFor={`${idBase}-role`}>{t("checklist.assignment.role")}</Label>
          <Select id={`${idBase}-role`} name="responsibleRole" value={role} onChange={(event) => setRole(event.currentTarget.value as typeof role)}>
            <Select.Option value="">{t("checklist.assignment.noRole")}</Select.Option>
            {assignableRoles.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`role.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${idBase}-phase`}>{t("checklist.assignment.phase")}</Label>
          <Select id={`${idBase}-phase`} name="duePhase" value={phase} onChange={(event) => setPhase(event.currentTarget.value as typeof phase)}>
            <Select.Option value="">{t("checklist.assignment.noPhase")}</Select.Option>
            {phases.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`phase.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          type="date"
          name="dueDate"
          label={t("checklist.assignment.date")}
          description={t("checklist.assignment.dateHelp")}
          value={date}
          error={form.fieldError("dueDate")}
          onChange={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      {form.message && !form.fieldError("dueDate") ? (
        <Alert data-color="danger" data-size="sm">
          {form.message}
        </Alert>
      ) : null}
      <div className="row">
        <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
          {t("checklist.assignment.save")}
        </Button>
        <Paragraph role="status" data-size="sm" className="muted">
          {form.saved ? t("checklist.assignment.saved") : ""}
        </Paragraph>
      </div>
    </form.fetcher.Form>
  );
}
