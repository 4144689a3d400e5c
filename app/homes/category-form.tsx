/**
 * The form of a catalogue category (add, or change one): name, the part of the house picture it
 * colours, a description and the dates the choice is open (both inclusive, Norwegian time).
 */
import { Button, Field, Label, Select, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ActionMessage, useFieldErrors } from "./action-message";
import { limits, previewParts } from "./catalogue-input";
import type { CatalogueActionResult } from "./catalogue-page.server";
import type { CatalogueCategory } from "./catalogue-store.server";

const fieldNames = ["name", "previewPart", "description", "opensOn", "closesOn"] as const;

export function CategoryForm({ category, today }: { category?: CatalogueCategory; today: string }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<CatalogueActionResult>();
  const form = useRef<HTMLFormElement>(null);
  const prefix = `category-${category?.id ?? "new"}`;
  const errors = useFieldErrors(fetcher.data, fieldNames);

  useEffect(() => {
    if (!category && fetcher.state === "idle" && fetcher.data?.ok) form.current?.reset();
  }, [category, fetcher.state, fetcher.data]);

  return (
    <fetcher.Form method="post" className="stack catalogue-form" ref={form} noValidate>
      <input type="hidden" name="intent" value={category ? "editCategory" : "addCategory"} />
      {category ? <input type="hidden" name="categoryId" value={category.id} /> : null}
      <Textfield
        id={`${prefix}-name`}
        label={t("homes.category.name")}
        name="name"
        defaultValue={category?.name}
        maxLength={limits.categoryName}
        error={errors.name}
        autoComplete="off"
      />
      <Field>
        <Label htmlFor={`${prefix}-previewPart`}>{t("homes.category.previewPart")}</Label>
        <Field.Description id={`${prefix}-previewPart-help`}>{t("homes.category.previewPartHelp")}</Field.Description>
        <Select
          id={`${prefix}-previewPart`}
          name="previewPart"
          defaultValue={category?.previewPart ?? "facade"}
          aria-describedby={`${prefix}-previewPart-help`}
          aria-invalid={errors.previewPart ? true : undefined}
        >
          {previewParts.map((part) => (
            <Select.Option key={part} value={part}>
              {t(`homes.previewPart.${part}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.previewPart ? <ValidationMessage>{errors.previewPart}</ValidationMessage> : null}
      </Field>
      <Textfield
        id={`${prefix}-description`}
        label={t("homes.category.description")}
        description={t("homes.category.descriptionHelp")}
        name="description"
        multiline
        rows={2}
        defaultValue={category?.description}
        maxLength={limits.description}
        error={errors.description}
      />
      <div className="catalogue-dates">
        <Textfield id={`${prefix}-opensOn`} type="date" label={t("homes.category.opensOn")} name="opensOn" defaultValue={category?.opensOn ?? today} error={errors.opensOn} />
        <Textfield
          id={`${prefix}-closesOn`}
          type="date"
          label={t("homes.category.closesOn")}
          description={t("homes.category.closesOnHelp")}
          name="closesOn"
          defaultValue={category?.closesOn}
          error={errors.closesOn}
        />
      </div>
      <div>
        <Button type="submit" disabled={fetcher.state !== "idle"}>
          {category ? t("homes.category.save") : t("homes.category.add")}
        </Button>
      </div>
      <ActionMessage result={fetcher.data} skipFields={[...fieldNames]} />
    </fetcher.Form>
  );
}
