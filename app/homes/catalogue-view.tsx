/**
 * The catalogue page's content: the categories in order, "Start fra standardkatalogen" while
 * the catalogue is empty, and for planners the form to add a category.
 */
import { Button, Card, Details, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ActionMessage } from "./action-message";
import type { CatalogueActionResult, CataloguePageData } from "./catalogue-page.server";
import { CategoryForm } from "./category-form";
import { CategorySection } from "./category-section";
import "./homes.css";

export function CatalogueView({ data }: { data: CataloguePageData }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const importer = useFetcher<CatalogueActionResult>({ key: "import-defaults" });
  // Shared with each category's delete form (same key): a deleted category's section is gone.
  const categoryDeletion = useFetcher<CatalogueActionResult>({ key: "delete-category" });

  // After the import the button is gone, after a deletion the section: focus goes to the catalogue's heading.
  useEffect(() => {
    if (importer.state === "idle" && importer.data?.ok) heading.current?.focus();
  }, [importer.state, importer.data]);
  useEffect(() => {
    if (categoryDeletion.state === "idle" && categoryDeletion.data?.ok) heading.current?.focus();
  }, [categoryDeletion.state, categoryDeletion.data]);

  return (
    <section className="stack catalogue" aria-labelledby="catalogue-heading">
      <Heading level={2} data-size="md" id="catalogue-heading" ref={heading} tabIndex={-1}>
        {t("homes.catalogue.title")}
      </Heading>
      <Paragraph>{t("homes.catalogue.intro")}</Paragraph>
      {data.mayEdit ? null : <Paragraph className="muted">{t("homes.catalogue.readOnly")}</Paragraph>}
      <ActionMessage result={importer.data} />
      <ActionMessage result={categoryDeletion.data?.ok ? categoryDeletion.data : undefined} />
      {data.categories.length === 0 ? (
        <Card data-color="neutral">
          <Card.Block>
            <div className="stack">
              <Paragraph>{t("homes.catalogue.empty")}</Paragraph>
              {data.mayEdit ? (
                <importer.Form method="post" className="stack">
                  <input type="hidden" name="intent" value="importDefaults" />
                  <Paragraph data-size="sm">{t("homes.catalogue.startFromDefaultsHelp")}</Paragraph>
                  <div>
                    <Button type="submit" disabled={importer.state !== "idle"}>
                      {t("homes.catalogue.startFromDefaults")}
                    </Button>
                  </div>
                </importer.Form>
              ) : null}
            </div>
          </Card.Block>
        </Card>
      ) : (
        <ol className="catalogue-categories" aria-label={t("homes.catalogue.categoryCount", { count: data.categories.length })}>
          {data.categories.map((category, index) => (
            <li key={category.id}>
              <CategorySection data={data} category={category} index={index} count={data.categories.length} />
            </li>
          ))}
        </ol>
      )}
      {data.mayEdit ? (
        <Details>
          <Details.Summary>{t("homes.category.add")}</Details.Summary>
          <Details.Content>
            <CategoryForm today={data.today} />
          </Details.Content>
        </Details>
      ) : null}
    </section>
  );
}
