import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { siteFieldProblems, siteNameMaxLength, siteNotesMaxLength, siteStatuses, type Site, type SiteInput, type SiteStatus } from "./site-document";

type Fields = Pick<SiteInput, "name" | "status" | "notes">;

/**
 * A planner's form for a site's name, status and notes, and its deletion
 * (after a question). Until the planner types, the fields follow the shared
 * site live (someone else's change, an undo); what they typed is kept until
 * they save.
 */
export function SiteEditor({ site, onSave, onDelete }: { site: Site; onSave(fields: Fields): void; onDelete(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Fields | null>(null);
  const [errors, setErrors] = useState<Partial<Record<"name" | "notes", string>>>({});
  const [saved, setSaved] = useState<Fields | null>(null);
  const [confirming, setConfirming] = useState(false);
  const values: Fields = draft ?? { name: site.name, status: site.status, notes: site.notes };
  const set = (field: keyof Fields) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft({ ...values, [field]: value });
    setSaved(null);
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = siteFieldProblems(values);
    setErrors({
      name: problems.name ? t(`siteEditor.${problems.name}`, { max: siteNameMaxLength }) : undefined,
      notes: problems.notes ? t(`siteEditor.${problems.notes}`, { max: siteNotesMaxLength }) : undefined,
    });
    if (problems.name || problems.notes) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${problems.name ? "name" : "notes"}"]`)?.focus();
      return;
    }
    const fields = { name: values.name.trim(), status: values.status, notes: values.notes };
    onSave(fields);
    setDraft(null);
    setSaved(fields);
  };

  return (
    <div className="stack">
      <form onSubmit={submit} className="stack" noValidate aria-label={t("siteEditor.title")}>
        <Heading level={4} data-size="2xs">
          {t("siteEditor.title")}
        </Heading>
        <Textfield label={t("siteMap.name")} name="name" value={values.name} onChange={set("name")} error={errors.name} required />
        <Field>
          <Label htmlFor={`site-status-${site.id}`}>{t("siteEditor.statusLabel")}</Label>
          <Select id={`site-status-${site.id}`} name="status" value={values.status} onChange={set("status")}>
            {siteStatuses.map((status: SiteStatus) => (
              <Select.Option key={status} value={status}>
                {t(`siteEditor.status.${status}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          multiline
          rows={3}
          label={t("siteEditor.notes")}
          description={t("siteEditor.notesHelp")}
          name="notes"
          value={values.notes}
          onChange={set("notes")}
          error={errors.notes}
          counter={siteNotesMaxLength}
        />
        <div className="row">
          <Button type="submit">{t("siteEditor.save")}</Button>
          <Button type="button" variant="tertiary" data-color="danger" onClick={() => setConfirming(true)} aria-expanded={confirming}>
            {t("siteEditor.delete")}
          </Button>
        </div>
        <p role="status" className="muted">
          {/* Until the site changes again (someone else, an undo). */}
          {saved && !draft && saved.name === site.name && saved.status === site.status && saved.notes === site.notes ? t("siteEditor.saved") : ""}
        </p>
      </form>
      {confirming ? <ConfirmDelete name={site.name} onYes={onDelete} onNo={() => setConfirming(false)} /> : null}
    </div>
  );
}

/** The question before a site is deleted; focus goes to it, and back out with "no". */
function ConfirmDelete({ name, onYes, onNo }: { name: string; onYes(): void; onNo(): void }) {
  const { t } = useTranslation();
  const question = useRef<HTMLDivElement>(null);
  useEffect(() => question.current?.focus(), []);
  return (
    <div ref={question} tabIndex={-1} role="alertdialog" aria-labelledby="site-delete-question" className="stack site-delete">
      <Paragraph id="site-delete-question">{t("siteEditor.deleteQuestion", { name })}</Paragraph>
      <div className="row">
        <Button type="button" data-color="danger" onClick={onYes}>
          {t("siteEditor.deleteYes")}
        </Button>
        <Button type="button" variant="secondary" onClick={onNo}>
          {t("siteEditor.deleteNo")}
        </Button>
      </div>
    </div>
  );
}
