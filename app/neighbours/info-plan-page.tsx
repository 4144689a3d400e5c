/**
 * The information plan page (decision 013): the rows in order, overdue rows flagged, and for
 * planners the forms to add, edit, reorder and set the status of rows. Every form is a plain
 * POST through a fetcher, so it works by keyboard and without JavaScript.
 */
import { Button, Field, Fieldset, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { phases } from "../projects/vocabulary";
import { formatDate } from "../ui/format-time";
import type { InfoPlanRowJson } from "./info-plan";
import { maxMessageLength, maxResponsibleLength } from "./info-plan-input";
import { audiences, infoPlanChannels, infoPlanStatuses } from "./neighbour-vocabulary";
import { FormProblem, Saved } from "./neighbour-form-parts";
import { useNeighbourForm } from "./use-neighbour-form";

/**
 * When a row is due, as people read it: "Fasen Lokalisering · 10. jan. 2027".
 *
 * @example
 * whenText({ phase: "localisation", date: null }, t, "nb"); // "Fasen Lokalisering"
 */
export function whenText(row: Pick<InfoPlanRowJson, "phase" | "date">, t: TFunction, language: string): string {
  return [row.phase ? t("neighbours.infoPlan.whenPhase", { phase: t(`phase.${row.phase}`) }) : null, row.date ? formatDate(row.date, language) : null]
    .filter(Boolean)
    .join(" · ");
}

/** The fields of a row, for adding one or editing it. */
function RowForm({ projectId, row, idBase, onSaved }: { projectId: string; row?: InfoPlanRowJson; idBase: string; onSaved?: () => void }) {
  const { t } = useTranslation();
  const [key, setKey] = useState(0);
  const form = useNeighbourForm({
    onSaved: () => {
      // A new row starts an empty form; an edited row keeps what was saved.
      if (!row) setKey((value) => value + 1);
      onSaved?.();
    },
  });
  return (
    <form.fetcher.Form key={key} method="post" action={`/projects/${projectId}/neighbours?index`} className="neighbours-form" aria-labelledby={`${idBase}-title`} noValidate>
      <h4 id={`${idBase}-title`} className="ds-heading" data-size="xs">
        {row ? t("neighbours.infoPlan.form.editTitle") : t("neighbours.infoPlan.form.addTitle")}
      </h4>
      <input type="hidden" name="intent" value={row ? "editRow" : "addRow"} />
      {row ? <input type="hidden" name="rowId" value={row.id} /> : null}
      <div className="neighbours-form__when">
        <Field>
          <Label htmlFor={`${idBase}-audience`}>
            {t("neighbours.infoPlan.audience")}
          </Label>
          <Select id={`${idBase}-audience`} name="audience" defaultValue={row?.audience ?? "neighbours"}>
            {audiences.map((audience) => (
              <Select.Option key={audience} value={audience}>
                {t(`neighbours.audience.${audience}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${idBase}-channel`}>
            {t("neighbours.infoPlan.channel")}
          </Label>
          <Select id={`${idBase}-channel`} name="channel" defaultValue={row?.channel ?? "letter"}>
            {infoPlanChannels.map((channel) => (
              <Select.Option key={channel} value={channel}>
                {t(`neighbours.channel.${channel}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Textfield
        id={`${idBase}-message`}
        multiline
        rows={2}
        name="message"
        label={t("neighbours.infoPlan.form.message")}
        description={t("neighbours.infoPlan.form.messageHelp")}
        defaultValue={row?.message ?? ""}
        maxLength={maxMessageLength}
        required
        error={form.fieldError("message")}
      />
      <Fieldset>
        <Fieldset.Legend>{t("neighbours.infoPlan.when")}</Fieldset.Legend>
        <Fieldset.Description id={`${idBase}-when-help`}>{t("neighbours.infoPlan.form.whenHelp")}</Fieldset.Description>
        <div className="neighbours-form__when">
          <Field>
            <Label htmlFor={`${idBase}-phase`}>
              {t("neighbours.infoPlan.form.phase")}
            </Label>
            <Select id={`${idBase}-phase`} name="phase" defaultValue={row?.phase ?? ""} aria-describedby={`${idBase}-when-help`} aria-invalid={form.fieldError("phase") ? true : undefined}>
              <Select.Option value="">{t("neighbours.infoPlan.form.noPhase")}</Select.Option>
              {phases.map((phase) => (
                <Select.Option key={phase} value={phase}>
                  {t(`phase.${phase}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield id={`${idBase}-date`} type="date" name="date" label={t("neighbours.infoPlan.form.date")} defaultValue={row?.date ?? ""} error={form.fieldError("date")} />
        </div>
        {form.fieldError("phase") ? (
          <p className="neighbours-overdue" id={`${idBase}-when-error`}>
            {form.fieldError("phase")}
          </p>
        ) : null}
      </Fieldset>
      <Textfield
        id={`${idBase}-responsible`}
        name="responsible"
        label={t("neighbours.infoPlan.form.responsible")}
        description={t("neighbours.infoPlan.form.responsibleHelp")}
        defaultValue={row?.responsible ?? ""}
        maxLength={maxResponsibleLength}
        error={form.fieldError("responsible")}
      />
      <FormProblem form={form} unlessFields />
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {row ? t("neighbours.infoPlan.form.save") : t("neighbours.infoPlan.form.add")}
        </Button>
        <Saved form={form} />
      </div>
    </form.fetcher.Form>
  );
}

function StatusForm({ projectId, row, label }: { projectId: string; row: InfoPlanRowJson; label: string }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  const id = `row-${row.id}-status`;
  return (
    <form.fetcher.Form method="post" action={`/projects/${projectId}/neighbours?index`}>
      <input type="hidden" name="intent" value="setRowStatus" />
      <input type="hidden" name="rowId" value={row.id} />
      <Field>
        <Label htmlFor={id}>
          {t("neighbours.infoPlan.status")}
          <span className="visually-hidden"> – {label}</span>
        </Label>
        <Select id={id} name="status" defaultValue={row.status} key={row.status}>
          {infoPlanStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t(`neighbours.status.${status}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
        {t("neighbours.infoPlan.saveStatus")}
        <span className="visually-hidden"> – {label}</span>
      </Button>
      <FormProblem form={form} />
    </form.fetcher.Form>
  );
}

function MoveForm({ projectId, row, direction, label }: { projectId: string; row: InfoPlanRowJson; direction: "up" | "down"; label: string }) {
  const { t } = useTranslation();
  const form = useNeighbourForm();
  return (
    <form.fetcher.Form method="post" action={`/projects/${projectId}/neighbours?index`}>
      <input type="hidden" name="intent" value="moveRow" />
      <input type="hidden" name="rowId" value={row.id} />
      <input type="hidden" name="direction" value={direction} />
      <Button type="submit" variant="tertiary" aria-disabled={form.busy || undefined}>
        {direction === "up" ? t("neighbours.infoPlan.moveUp") : t("neighbours.infoPlan.moveDown")}
        <span className="visually-hidden"> – {label}</span>
      </Button>
    </form.fetcher.Form>
  );
}

function RowCard({ projectId, row, index, count, mayWrite }: { projectId: string; row: InfoPlanRowJson; index: number; count: number; mayWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const audience = t(`neighbours.audience.${row.audience}`);
  const label = t("neighbours.infoPlan.rowLabel", { number: index + 1, audience });
  return (
    <li className="neighbours-card" data-overdue={row.overdue} data-row={row.id} data-testid="info-plan-row">
      <div className="neighbours-card__head">
        <h4 className="ds-heading" data-size="2xs">
          <span className="visually-hidden">{index + 1}. </span>
          {audience}
        </h4>
        <span className="row">
          {row.overdue ? <span className="neighbours-badge neighbours-badge--danger">{t("neighbours.infoPlan.overdueBadge")}</span> : null}
          <span className={row.status === "done" ? "neighbours-badge neighbours-badge--success" : "neighbours-badge"}>{t(`neighbours.status.${row.status}`)}</span>
        </span>
      </div>
      <p className="neighbours-text">{row.message}</p>
      <dl className="neighbours-facts">
        <dt>{t("neighbours.infoPlan.when")}</dt>
        <dd>{whenText(row, t, i18n.language)}</dd>
        <dt>{t("neighbours.infoPlan.channel")}</dt>
        <dd>{t(`neighbours.channel.${row.channel}`)}</dd>
        <dt>{t("neighbours.infoPlan.responsible")}</dt>
        <dd>{row.responsible || t("neighbours.infoPlan.noResponsible")}</dd>
      </dl>
      {mayWrite ? (
        <>
          <div className="neighbours-controls">
            <StatusForm projectId={projectId} row={row} label={label} />
            {index > 0 ? <MoveForm projectId={projectId} row={row} direction="up" label={label} /> : null}
            {index < count - 1 ? <MoveForm projectId={projectId} row={row} direction="down" label={label} /> : null}
          </div>
          <details open={editing} onToggle={(event) => setEditing(event.currentTarget.open)}>
            <summary>
              {t("neighbours.infoPlan.edit")}
              <span className="visually-hidden"> – {label}</span>
            </summary>
            {editing ? <RowForm projectId={projectId} row={row} idBase={`edit-${row.id}`} /> : null}
          </details>
        </>
      ) : null}
    </li>
  );
}

export function InfoPlanPage({ projectId, rows, mayWrite }: { projectId: string; rows: InfoPlanRowJson[]; mayWrite: boolean }) {
  const { t } = useTranslation();
  const overdue = rows.filter((row) => row.overdue).length;
  return (
    <section className="neighbours-section" aria-labelledby="info-plan-title">
      <h3 id="info-plan-title" className="ds-heading" data-size="sm">
        {t("neighbours.infoPlan.title")}
      </h3>
      <Paragraph>{t("neighbours.infoPlan.intro")}</Paragraph>
      {mayWrite ? null : <Paragraph className="muted">{t("neighbours.infoPlan.readOnly")}</Paragraph>}
      {rows.length === 0 ? (
        <Paragraph>{t("neighbours.infoPlan.empty")}</Paragraph>
      ) : (
        <>
          <p className={overdue > 0 ? "neighbours-overdue" : undefined} data-testid="info-plan-overdue" data-count={overdue}>
            {overdue > 0 ? t("neighbours.infoPlan.overdue", { count: overdue }) : t("neighbours.infoPlan.noneOverdue")}
          </p>
          <ol className="neighbours-cards">
            {rows.map((row, index) => (
              <RowCard key={row.id} projectId={projectId} row={row} index={index} count={rows.length} mayWrite={mayWrite} />
            ))}
          </ol>
        </>
      )}
      {mayWrite ? <RowForm projectId={projectId} idBase="add-row" /> : null}
    </section>
  );
}
