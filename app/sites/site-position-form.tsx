import { Button, Heading, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { siteNameMaxLength } from "../documents/plan-document";

export interface PositionInput {
  name: string;
  lat: number;
  lon: number;
}

type Field = "name" | "latitude" | "longitude";

/**
 * The keyboard and non-map way to place a site: a name (when adding) and a
 * latitude/longitude in decimal degrees (WGS84). Accepts a comma as decimal sign.
 */
export function SitePositionForm({
  title,
  submitLabel,
  withName,
  initial,
  onSubmit,
  onCancel,
}: {
  title: string;
  submitLabel: string;
  withName: boolean;
  initial: { name: string; lat: string; lon: string };
  onSubmit(input: PositionInput): void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const set = (field: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const lat = Number(values.lat.trim().replace(",", "."));
    const lon = Number(values.lon.trim().replace(",", "."));
    const problems: Partial<Record<Field, string>> = {};
    if (withName && values.name.trim() === "") problems.name = t("siteMap.invalidName");
    // The plan document refuses longer names (app/documents): say so here instead of saving nothing.
    else if (withName && values.name.trim().length > siteNameMaxLength) problems.name = t("siteEditor.nameTooLong", { max: siteNameMaxLength });
    if (values.lat.trim() === "" || !Number.isFinite(lat) || Math.abs(lat) > 90) problems.latitude = t("siteMap.invalidLatitude");
    if (values.lon.trim() === "" || !Number.isFinite(lon) || Math.abs(lon) > 180) problems.longitude = t("siteMap.invalidLongitude");
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit({ name: values.name.trim(), lat, lon });
  };

  return (
    <form onSubmit={submit} className="stack site-position-form" noValidate aria-label={title}>
      <Heading level={3} data-size="xs">
        {title}
      </Heading>
      {withName ? <Textfield label={t("siteMap.name")} name="name" value={values.name} onChange={set("name")} error={errors.name} required /> : null}
      <div className="row">
        <Textfield label={t("siteMap.latitude")} name="latitude" inputMode="decimal" value={values.lat} onChange={set("lat")} error={errors.latitude} required />
        <Textfield label={t("siteMap.longitude")} name="longitude" inputMode="decimal" value={values.lon} onChange={set("lon")} error={errors.longitude} required />
      </div>
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
