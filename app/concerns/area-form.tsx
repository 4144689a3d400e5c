import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseCorners } from "../sites/site-position";
import { areaNameMaxLength, areaNoteMaxLength, type AreaInput } from "../documents/concerns-document";
import { wordAboutPeople } from "./neutral-words";

// Declared with the concerns document's schema, so the form and the server agree.
const maxNameLength = areaNameMaxLength;
const maxNoteLength = areaNoteMaxLength;

type Field = "name" | "note" | "corners";
export interface AreaFormValues {
  name: string;
  note: string;
  corners: string;
}

/**
 * The keyboard way to add or change an area of concern: a neutral name, an
 * optional note and the corners typed one per line. Checks everything before
 * saving and puts the focus on the first field that needs a fix; nothing typed
 * is cleared when something is wrong.
 */
export function AreaForm({
  title,
  submitLabel,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  submitLabel: string;
  initial: AreaFormValues;
  onSubmit(input: AreaInput): void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    const name = values.name.trim();
    const note = values.note.trim();
    const nameLabel = wordAboutPeople(name);
    const noteLabel = wordAboutPeople(note);
    if (name === "") problems.name = t("concerns.invalid.name");
    else if (name.length > maxNameLength) problems.name = t("concerns.invalid.nameTooLong", { max: maxNameLength });
    else if (nameLabel) problems.name = t("concerns.invalid.aboutPeople", { word: nameLabel });
    if (note.length > maxNoteLength) problems.note = t("concerns.invalid.noteTooLong", { max: maxNoteLength });
    else if (noteLabel) problems.note = t("concerns.invalid.aboutPeople", { word: noteLabel });
    const corners = parseCorners(values.corners);
    if (!corners.ok) problems.corners = t(`concerns.invalid.${corners.problem.kind}`, corners.problem);
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first || !corners.ok) {
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit({ name, note, geometry: corners.polygon });
  };

  return (
    <form ref={form} onSubmit={submit} className="stack" noValidate aria-label={title}>
      <Heading level={4} data-size="2xs">
        {title}
      </Heading>
      <Textfield label={t("concerns.name")} description={t("concerns.nameHelp")} name="name" value={values.name} onChange={set("name")} error={errors.name} required />
      <Textfield multiline rows={2} label={t("concerns.note")} description={t("concerns.noteHelp")} name="note" value={values.note} onChange={set("note")} error={errors.note} />
      <Textfield
        multiline
        rows={4}
        label={t("concerns.corners")}
        description={t("concerns.cornersHelp")}
        name="corners"
        value={values.corners}
        onChange={set("corners")}
        error={errors.corners}
        required
        spellCheck={false}
      />
      <div className="row">
        <Button type="submit">{submitLabel}</Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("concerns.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
