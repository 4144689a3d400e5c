/**
 * One category of the catalogue: its name, whether the choice is not open yet, open or closed,
 * its dates and preview part, its options, and for planners the forms to change, move and delete
 * it and to add options.
 */
import { Button, Details, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { choiceWindowState, type WindowState } from "../my-home/choice-window";
import { formatDate } from "../ui/format-time";
import { ActionMessage } from "./action-message";
import type { CatalogueActionResult, CataloguePageData } from "./catalogue-page.server";
import type { CatalogueCategory } from "./catalogue-store.server";
import { CategoryForm } from "./category-form";
import { OptionCard } from "./option-card";
import { OptionForm } from "./option-form";

const stateColor: Record<WindowState, "info" | "success" | "neutral"> = { notYet: "info", open: "success", closed: "neutral" };

export function CategorySection({
  data,
  category,
  index,
  count,
}: {
  data: CataloguePageData;
  category: CatalogueCategory;
  index: number;
  count: number;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const move = useFetcher<CatalogueActionResult>();
  const deletion = useFetcher<CatalogueActionResult>();
  const categoryDeletion = useFetcher<CatalogueActionResult>({ key: "delete-category" });
  const refusedDeletion = categoryDeletion.data && !categoryDeletion.data.ok && categoryDeletion.data.subjectId === category.id ? categoryDeletion.data : undefined;
  const state = choiceWindowState(category, null, data.today);
  const headingId = `category-${category.id}-name`;

  // A deleted option's card is gone: focus goes to its category instead of the page's top.
  useEffect(() => {
    if (deletion.state === "idle" && deletion.data?.ok && deletion.data.intent === "deleteOption") heading.current?.focus();
  }, [deletion.state, deletion.data]);

  return (
    <section className="catalogue-category stack" aria-labelledby={headingId} data-testid="catalogue-category">
      <div className="stack">
        <div className="row">
          <Heading level={3} data-size="sm" id={headingId} ref={heading} tabIndex={-1}>
            {category.name}
          </Heading>
          <Tag data-color={stateColor[state]}>{t(`homes.category.state.${state}`)}</Tag>
        </div>
        <p className="catalogue-category__meta">
          <span>{t("homes.category.dates", { opens: formatDate(category.opensOn, i18n.language), closes: formatDate(category.closesOn, i18n.language) })}</span>
          <span className="muted">
            {t("homes.category.previewPart")}: {t(`homes.previewPart.${category.previewPart}`)}
          </span>
        </p>
        {category.description ? <Paragraph>{category.description}</Paragraph> : null}
        {data.mayEdit ? (
          <div className="row">
            <move.Form method="post">
              <input type="hidden" name="intent" value="moveCategory" />
              <input type="hidden" name="categoryId" value={category.id} />
              <input type="hidden" name="direction" value="up" />
              <Button type="submit" variant="tertiary" data-size="sm" disabled={index === 0 || move.state !== "idle"} aria-label={t("homes.category.moveUpLabel", { name: category.name })}>
                {t("homes.category.moveUp")}
              </Button>
            </move.Form>
            <move.Form method="post">
              <input type="hidden" name="intent" value="moveCategory" />
              <input type="hidden" name="categoryId" value={category.id} />
              <input type="hidden" name="direction" value="down" />
              <Button
                type="submit"
                variant="tertiary"
                data-size="sm"
                disabled={index === count - 1 || move.state !== "idle"}
                aria-label={t("homes.category.moveDownLabel", { name: category.name })}
              >
                {t("homes.category.moveDown")}
              </Button>
            </move.Form>
            <categoryDeletion.Form method="post">
              <input type="hidden" name="intent" value="deleteCategory" />
              <input type="hidden" name="categoryId" value={category.id} />
              <Button
                type="submit"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                disabled={categoryDeletion.state !== "idle"}
                aria-label={t("homes.category.deleteLabel", { name: category.name })}
              >
                {t("homes.category.delete")}
              </Button>
            </categoryDeletion.Form>
          </div>
        ) : null}
        <ActionMessage result={move.data} />
        <ActionMessage result={refusedDeletion} />
        {data.mayEdit && (data.usage.categories[category.id] ?? 0) > 0 ? (
          <Paragraph className="muted" data-size="sm">
            {t("homes.option.chosenBy", { count: data.usage.categories[category.id] ?? 0 })}
          </Paragraph>
        ) : null}
      </div>
      {category.options.length === 0 ? (
        <Paragraph>{t("homes.category.noOptions")}</Paragraph>
      ) : (
        <ul className="catalogue-options" aria-label={t("homes.category.options", { name: category.name })}>
          {category.options.map((option) => (
            <li key={option.id}>
              <OptionCard
                projectId={data.projectId}
                option={option}
                usage={data.usage.options[option.id] ?? 0}
                mayEdit={data.mayEdit}
                deletion={deletion}
              />
            </li>
          ))}
        </ul>
      )}
      <ActionMessage result={deletion.data} />
      {data.mayEdit ? (
        <div className="stack">
          <Details>
            <Details.Summary aria-label={t("homes.option.addLabel", { name: category.name })}>{t("homes.option.add")}</Details.Summary>
            <Details.Content>
              <OptionForm categoryId={category.id} />
            </Details.Content>
          </Details>
          <Details>
            <Details.Summary aria-label={t("homes.category.editLabel", { name: category.name })}>{t("homes.category.edit")}</Details.Summary>
            <Details.Content>
              <CategoryForm category={category} today={data.today} />
            </Details.Content>
          </Details>
        </div>
      ) : null}
    </section>
  );
}
