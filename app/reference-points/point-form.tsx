import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { pointCategories, type ManualPoint, type PointField, type PointFieldProblem } from "./manual-points";
import { setPlacing, stopPlacing, usePlacement } from "../map-page/map-placement";
import { sendPointRequest } from "./send-point-request";

export interface PointFormValues {
  category: string;
  name: string;
  homes: string;
  lat: string;
  lon: string;
}

export const emptyPoint: PointFormValues = { category: "grocery", name: "", homes: "", lat: "", lon: "" };

/** A point's fields as the form shows them. */
export function pointFormValues(point: ManualPoint): PointFormValues {
  return { category: point.category, name: point.name, homes: point.homes === null ? "" : String(point.homes), lat: String(point.lat), lon: String(point.lon) };
}

/**
 * Adds or changes a point: category, name, homes (for supported housing) and a
 * position typed or chosen on the map. The server checks everything; its answer
 * marks the fields to fix and nothing typed is lost.
 */
export function PointForm({
  projectId,
  title,
  submitLabel,
  initial,
  pointId,
  onSaved,
  onCancel,
}: {
  projectId: string;
  title: string;
  submitLabel: string;
  initial: PointFormValues;
  /** Set when changing an existing point. */
  pointId?: string;
  onSaved(point: ManualPoint): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<PointField, PointFieldProblem>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { placing, chosen } = usePlacement("referencePoint");
  const set = (field: keyof PointFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  // A place chosen on the map fills the position fields.
  const chosenRound = chosen?.round ?? 0;
  const seenRound = useRef(chosenRound);
  useEffect(() => {
    if (!chosen || chosen.round === seenRound.current) return;
    seenRound.current = chosen.round;
    setValues((previous) => ({ ...previous, lat: String(chosen.lat), lon: String(chosen.lon) }));
  }, [chosen, chosenRound]);
  // Leave the "place a point" mode when the form closes.
  useEffect(() => () => stopPlacing("referencePoint"), []);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    const fields = { intent: pointId ? "update" : "add", ...(pointId ? { pointId } : {}), ...values };
    const answer = await sendPointRequest(projectId, fields);
    setBusy(false);
    if (answer.ok) {
      setProblems({});
      if (answer.point) onSaved(answer.point);
      return;
    }
    if (answer.offline) {
      setFailure(t("referencePoints.offline"));
      return;
    }
    setProblems(answer.problem.fields ?? {});
    setFailure(t("referencePoints.failed", { message: i18n.language === "en" ? answer.problem.messageEn : answer.problem.message }));
    const first = Object.keys(answer.problem.fields ?? {})[0];
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };
  const problem = (field: PointField) => (problems[field] ? t(`referencePoints.problem.${problems[field]}`) : undefined);

  return (
    <form ref={form} onSubmit={(event) => void submit(event)} className="stack" noValidate aria-label={title}>
      <Heading level={4} data-size="2xs">
        {title}
      </Heading>
      <Field>
        <Label>{t("referencePoints.fields.category")}</Label>
        <Select name="category" value={values.category} onChange={set("category")} aria-invalid={problems.category ? true : undefined}>
          {pointCategories.map((category) => (
            <Select.Option key={category} value={category}>
              {t(`referencePoints.category.${category}`)}
            </Select.Option>
          ))}
        </Select>
        {problems.category ? <ValidationMessage>{problem("category")}</ValidationMessage> : null}
      </Field>
      <Textfield label={t("referencePoints.fields.name")} name="name" value={values.name} onChange={set("name")} error={problem("name")} required />
      {values.category === "supportedHousing" ? (
        <Textfield
          label={t("referencePoints.fields.homes")}
          description={t("referencePoints.fields.homesHelp")}
          name="homes"
          inputMode="numeric"
          value={values.homes}
          onChange={set("homes")}
          error={problem("homes")}
          required
        />
      ) : null}
      <Paragraph data-size="sm" className="muted">
        {t("referencePoints.fields.positionHelp")}
      </Paragraph>
      <div className="row">
        <Textfield label={t("referencePoints.fields.lat")} name="lat" inputMode="decimal" value={values.lat} onChange={set("lat")} error={problem("lat")} required />
        <Textfield label={t("referencePoints.fields.lon")} name="lon" inputMode="decimal" value={values.lon} onChange={set("lon")} error={problem("lon")} required />
      </div>
      <div className="row">
        <Button type="button" variant="secondary" data-size="sm" aria-pressed={placing} onClick={() => setPlacing(placing ? null : "referencePoint")}>
          {placing ? t("referencePoints.stopPlacing") : t("referencePoints.place")}
        </Button>
      </div>
      <p role="status" className="muted">
        {placing ? t("referencePoints.placeHint") : chosen && values.lat === String(chosen.lat) ? t("referencePoints.placed", { lat: chosen.lat, lon: chosen.lon }) : ""}
      </p>
      {failure ? <Alert data-color="danger">{failure}</Alert> : null}
      <div className="row">
        <Button type="submit" disabled={busy}>
          {busy ? t("referencePoints.saving") : submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("referencePoints.cancel")}
        </Button>
      </div>
    </form>
  );
}
