/**
 * The form of a catalogue option (add to a category, or change one): name, colour, colour code,
 * material and robustness with its reason. The colour is a text field (#rrggbb), which keyboards
 * and screen readers handle, with the browser's colour picker beside it kept in step.
 */
import { Button, Field, Label, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionMessage, useFieldErrors } from "./action-message";
import { limits, robustnessLevels } from "./catalogue-input";
import type { CatalogueActionResult } from "./catalogue-page.server";
import type { CatalogueOption } from "./catalogue-store.server";

const fieldNames = ["name", "color", "colorCode", "material", "robustness", "robustnessNote"] as const;
const hex = /^#[0-9a-fA-F]{6}$/;

export function OptionForm({ categoryId, option }: { categoryId: string; option?: CatalogueOption }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<CatalogueActionResult>();
  const form = useRef<HTMLFormElement>(null);
  const [color, setColor] = useState(option?.color ?? "#c8c8c3");
  const prefix = `option-${option?.id ?? `new-${categoryId}`}`;
  const errors = useFieldErrors(fetcher.data, fieldNames);

  useEffect(() => {
    if (option || fetcher.state !== "idle" || !fetcher.data?.ok) return;
    form.current?.reset();
    setColor("#c8c8c3");
  }, [option, fetcher.state, fetcher.data]);

  return (
    <fetcher.Form method="post" className="stack catalogue-form" ref={form} noValidate>
      <input type="hidden" name="intent" value={option ? "editOption" : "addOption"} />
      {option ? <input type="hidden" name="optionId" value={option.id} /> : <input type="hidden" name="categoryId" value={categoryId} />}
      <Textfield id={`${prefix}-name`} label={t("homes.option.name")} name="name" defaultValue={option?.name} maxLength={limits.optionName} error={errors.name} autoComplete="off" />
      <div className="colour-field">
        <Textfield
          id={`${prefix}-color`}
          label={t("homes.option.color")}
          description={t("homes.option.colorHelp")}
          name="color"
          value={color}
          onChange={(event) => setColor(event.target.value)}
          error={errors.color}
          autoComplete="off"
          spellCheck={false}
        />
        <Field>
          <Label htmlFor={`${prefix}-picker`}>{t("homes.option.colorPicker")}</Label>
          <input id={`${prefix}-picker`} type="color" value={hex.test(color) ? color.toLowerCase() : "#000000"} onChange={(event) => setColor(event.target.value)} />
        </Field>
      </div>
      <Textfield
        id={`${prefix}-colorCode`}
        label={t("homes.option.colorCode")}
        description={t("homes.option.colorCodeHelp")}
        name="colorCode"
        defaultValue={option?.colorCode}
        maxLength={limits.colorCode}
        error={errors.colorCode}
        autoComplete="off"
      />
      <Textfield id={`${prefix}-material`} label={t("homes.option.material")} name="material" defaultValue={option?.material} maxLength={limits.material} error={errors.material} autoComplete="off" />
      <Field>
        <Label htmlFor={`${prefix}-robustness`}>{t("homes.option.robustness")}</Label>
        <Select id={`${prefix}-robustness`} name="robustness" defaultValue={option?.robustness ?? "ok"} aria-invalid={errors.robustness ? true : undefined}>
          {robustnessLevels.map((level) => (
            <Select.Option key={level} value={level}>
              {t(`homes.option.robustnessLevel.${level}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.robustness ? <ValidationMessage>{errors.robustness}</ValidationMessage> : null}
      </Field>
      <Textfield
        id={`${prefix}-robustnessNote`}
        label={t("homes.option.robustnessNote")}
        description={t("homes.option.robustnessNoteHelp")}
        name="robustnessNote"
        multiline
        rows={2}
        defaultValue={option?.robustnessNote}
        maxLength={limits.robustnessNote}
        error={errors.robustnessNote}
      />
      <div>
        <Button type="submit" disabled={fetcher.state !== "idle"}>
          {option ? t("homes.option.save") : t("homes.option.add")}
        </Button>
      </div>
      <ActionMessage result={fetcher.data} skipFields={[...fieldNames]} />
    </fetcher.Form>
  );
}
