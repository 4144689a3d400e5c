import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import type { Polygon } from "geojson";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { siteFieldProblems, siteNameMaxLength } from "./site-document";
import { parseCorners, type CornersProblem } from "./site-position";

function problemText(t: (key: string, options?: Record<string, unknown>) => string, problem: CornersProblem): string {
  switch (problem.kind) {
    case "format":
      return t("siteEditor.cornersFormat", { line: problem.line });
    case "latitude":
      return t("siteEditor.cornersLatitude", { line: problem.line });
    case "longitude":
      return t("siteEditor.cornersLongitude", { line: problem.line });
    case "tooFew":
      return t("siteEditor.cornersTooFew");
    case "selfIntersecting":
      return t("siteEditor.cornersSelfIntersecting");
  }
}

/**
 * The keyboard and non-map way to draw or reshape an area site: its corners
 * typed one a line as "latitude, longitude". Without `withName` it changes an
 * existing site: its text follows the site's shape until the planner types.
 */
export function CornersForm({
  title,
  submitLabel,
  withName,
  corners,
  onSubmit,
  onCancel,
}: {
  title: string;
  submitLabel: string;
  withName: boolean;
  /** The corners as the site has them now ("" for a new site). */
  corners: string;
  onSubmit(input: { name: string; polygon: Polygon }): void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ name?: string; corners?: string }>({});
  const text = draft ?? corners;

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: { name?: string; corners?: string } = {};
    const nameProblem = withName ? siteFieldProblems({ name, notes: "" }).name : undefined;
    if (nameProblem) problems.name = t(`siteEditor.${nameProblem}`, { max: siteNameMaxLength });
    const parsed = parseCorners(text);
    if (!parsed.ok) problems.corners = problemText(t, parsed.problem);
    setErrors(problems);
    if (!parsed.ok || problems.name) {
      event.currentTarget.querySelector<HTMLElement>(problems.name ? "[name=name]" : "[name=corners]")?.focus();
      return;
    }
    onSubmit({ name: name.trim(), polygon: parsed.polygon });
    setDraft(null);
  };

  return (
    <form onSubmit={submit} className="stack" noValidate aria-label={title}>
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      {withName ? (
        <Textfield label={t("siteMap.name")} name="name" value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} required />
      ) : null}
      <Textfield
        multiline
        rows={5}
        label={t("siteEditor.corners")}
        description={t("siteEditor.cornersHelp")}
        name="corners"
        value={text}
        onChange={(event) => setDraft(event.currentTarget.value)}
        error={errors.corners}
        required
      />
      <div className="row">
        <Button type="submit">{submitLabel}</Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("siteMap.cancelAdd")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
