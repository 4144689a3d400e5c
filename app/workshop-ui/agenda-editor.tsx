/**
 * The agenda on the console (decision 014): before the start, items are added (five kinds, with
 * a picker for the site, checklist section or choice category), reordered and removed; while the
 * workshop runs, "Gå til" moves the room to an item and its timer shows planned against used.
 */
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem, AgendaKind, WorkshopView } from "../workshops/workshop-types";
import { agendaKinds } from "../workshops/workshop-types";
import { useNow } from "./use-now";
import { useClearAfterSave } from "./use-clear-after-save";
import { useWorkshopAction } from "./use-workshop-action";
import { usedMinutes, type WorkshopPickers } from "./workshop-page-data";

/** The choices for an item's subject, by kind; null where the kind has none. */
function subjectChoices(kind: AgendaKind, pickers: WorkshopPickers): { labelKey: string; options: Array<{ value: string; label: string }> } | null {
  if (kind === "site") return { labelKey: "workshopUi.agenda.subjectSite", options: pickers.sites.map((site) => ({ value: site.id, label: site.name })) };
  if (kind === "checklistSection")
    return { labelKey: "workshopUi.agenda.subjectSection", options: pickers.checklistSections.map((section) => ({ value: section.key, label: section.title })) };
  if (kind === "colours") return { labelKey: "workshopUi.agenda.subjectCategory", options: pickers.choiceCategories.map((category) => ({ value: category.id, label: category.name })) };
  return null;
}

function AddItemForm({ actionUrl, pickers }: { actionUrl: string; pickers: WorkshopPickers }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AgendaKind>("site");
  const clear = useClearAfterSave();
  const action = useWorkshopAction(actionUrl, { onDone: clear.saved });
  const subjects = subjectChoices(kind, pickers);
  const subjectError = action.fieldError("subjectId");
  return (
    <form
      key={clear.key}
      ref={clear.ref}
      className="stack workshop-card"
      aria-labelledby="agenda-add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        clear.sent();
        action.send("addItem", {
          kind,
          title: String(form.get("title") ?? ""),
          subjectId: String(form.get("subjectId") ?? ""),
          plannedMinutes: String(form.get("plannedMinutes") ?? ""),
        });
      }}
    >
      <Heading level={4} data-size="2xs" id="agenda-add-heading">
        {t("workshopUi.agenda.addHeading")}
      </Heading>
      {action.message && !action.fieldError("title") && !subjectError && !action.fieldError("plannedMinutes") ? <Alert data-color="danger">{action.message}</Alert> : null}
      <Field>
        <Label htmlFor="agenda-kind">{t("workshopUi.agenda.kindLabel")}</Label>
        <Select id="agenda-kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value as AgendaKind)}>
          {agendaKinds.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`workshopUi.kind.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {subjects ? (
        <Field>
          <Label htmlFor="agenda-subject">{t(subjects.labelKey)}</Label>
          <Select id="agenda-subject" name="subjectId" defaultValue="" required aria-invalid={subjectError ? true : undefined}>
            <Select.Option value="" disabled>
              {t("workshopUi.agenda.choose")}
            </Select.Option>
            {subjects.options.map((option) => (
              <Select.Option key={option.value} value={option.value}>
                {option.label}
              </Select.Option>
            ))}
          </Select>
          {subjectError ? <ValidationMessage>{subjectError}</ValidationMessage> : null}
        </Field>
      ) : null}
      <Textfield id="agenda-title" name="title" label={t("workshopUi.agenda.titleLabel")} required maxLength={120} error={action.fieldError("title")} />
      <Textfield
        id="agenda-minutes"
        name="plannedMinutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        defaultValue="15"
        label={t("workshopUi.agenda.plannedMinutes")}
        required
        error={action.fieldError("plannedMinutes")}
      />
      <div>
        <Button type="submit" disabled={action.busy}>
          {t("workshopUi.agenda.add")}
        </Button>
      </div>
    </form>
  );
}

/** The item's timer: used against planned minutes, red when over. */
export function ItemTimer({ item, now }: { item: AgendaItem; now: number | null }) {
  const { t } = useTranslation();
  const used = now === null ? 0 : usedMinutes(item, now);
  return (
    <span className="workshop-timer" data-over={used > item.plannedMinutes} data-testid="agenda-timer">
      {t("workshopUi.agenda.used", { used, planned: item.plannedMinutes })}
    </span>
  );
}

function AgendaRow({ item, index, count, workshop, actionUrl, pickers, now }: { item: AgendaItem; index: number; count: number; workshop: WorkshopView; actionUrl: string; pickers: WorkshopPickers; now: number | null }) {
  const { t } = useTranslation();
  const action = useWorkshopAction(actionUrl);
  const running = workshop.status === "running";
  const current = item.id === workshop.currentItemId;
  const subject = subjectChoices(item.kind, pickers)?.options.find((option) => option.value === item.subjectId)?.label;
  return (
    <li className="workshop-agenda__item" aria-current={current ? "step" : undefined} data-testid="agenda-item">
      <span className="workshop-agenda__title">
        {item.title}
        <br />
        <span className="muted">
          {t(`workshopUi.kind.${item.kind}`)}
          {subject ? ` · ${subject}` : ""} · {t("workshopUi.agenda.minutes", { count: item.plannedMinutes })}
        </span>
      </span>
      {current ? <strong>{t("workshopUi.agenda.current")}</strong> : null}
      {item.startedAt ? <ItemTimer item={item} now={now} /> : null}
      <span className="workshop-agenda__actions">
        {running && !current ? (
          <Button type="button" data-size="sm" variant="secondary" disabled={action.busy} onClick={() => action.send("goTo", { itemId: item.id })} aria-label={t("workshopUi.agenda.goTo", { title: item.title })}>
            {t("workshopUi.agenda.goToShort")}
          </Button>
        ) : null}
        {workshop.status === "planned" ? (
          <>
            <Button type="button" data-size="sm" variant="tertiary" disabled={index === 0 || action.busy} onClick={() => action.send("moveItem", { itemId: item.id, position: index - 1 })} aria-label={t("workshopUi.agenda.up", { title: item.title })}>
              ↑
            </Button>
            <Button type="button" data-size="sm" variant="tertiary" disabled={index === count - 1 || action.busy} onClick={() => action.send("moveItem", { itemId: item.id, position: index + 1 })} aria-label={t("workshopUi.agenda.down", { title: item.title })}>
              ↓
            </Button>
            <Button type="button" data-size="sm" variant="tertiary" data-color="danger" disabled={action.busy} onClick={() => action.send("removeItem", { itemId: item.id })} aria-label={t("workshopUi.agenda.remove", { title: item.title })}>
              ✕
            </Button>
          </>
        ) : null}
      </span>
      {action.message ? <span role="alert">{action.message}</span> : null}
    </li>
  );
}

/**
 * @example
 * <AgendaEditor workshop={workshop} actionUrl={url} pickers={pickers} />
 */
export function AgendaEditor({ workshop, actionUrl, pickers }: { workshop: WorkshopView; actionUrl: string; pickers: WorkshopPickers }) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  const items = [...workshop.agenda].sort((a, b) => a.position - b.position);
  return (
    <section className="stack" aria-labelledby="agenda-heading">
      <Heading level={3} data-size="xs" id="agenda-heading">
        {t("workshopUi.agenda.heading")}
      </Heading>
      {items.length === 0 ? <Paragraph className="muted">{t("workshopUi.agenda.empty")}</Paragraph> : null}
      <ol className="workshop-agenda">
        {items.map((item, index) => (
          <AgendaRow key={item.id} item={item} index={index} count={items.length} workshop={workshop} actionUrl={actionUrl} pickers={pickers} now={now} />
        ))}
      </ol>
      {workshop.status !== "ended" ? <AddItemForm actionUrl={actionUrl} pickers={pickers} /> : null}
    </section>
  );
}
