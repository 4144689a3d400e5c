/**
 * The shared screen's content for a checklist section or a colour category (decision 014): the
 * section's items with their state, or the category's options with their colour swatch, read from
 * the checklist's and the catalogue's own pages (their loaders check the member's role), in type
 * readable from the back of the room.
 */
import { useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { ChecklistSnapshot } from "../checklist/checklist-types";
import type { CataloguePageData } from "../homes/catalogue-page.server";
import type { AgendaItem } from "../workshops/workshop-types";

function ChecklistSection({ projectId, sectionKey }: { projectId: string; sectionKey: string }) {
  const { t, i18n } = useTranslation();
  const fetcher = useFetcher<{ snapshot: ChecklistSnapshot }>();
  const { load } = fetcher;
  useEffect(() => load(`/projects/${projectId}/checklist`), [load, projectId]);
  const section = fetcher.data?.snapshot.sections.find((candidate) => candidate.key === sectionKey);
  if (!fetcher.data) return null;
  if (!section || section.items.length === 0) return <p>{t("workshopUi.screen.checklistEmpty")}</p>;
  const language = i18n.language === "en" ? "en" : "nb";
  return (
    <ul className="screen-list" data-testid="screen-checklist">
      {section.items.map((item) => (
        <li key={item.key} className="screen-list__row" data-status={item.shown.status}>
          <span>{item.title[language]}</span>
          <strong className="screen-list__state">{t(`checklist.status.${item.shown.status}`)}</strong>
        </li>
      ))}
    </ul>
  );
}

function CategoryOptions({ projectId, categoryId }: { projectId: string; categoryId: string }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<CataloguePageData>();
  const { load } = fetcher;
  useEffect(() => load(`/projects/${projectId}/catalogue`), [load, projectId]);
  if (!fetcher.data) return null;
  const category = fetcher.data.categories.find((candidate) => candidate.id === categoryId);
  if (!category || category.options.length === 0) return <p>{t("workshopUi.screen.coloursEmpty")}</p>;
  return (
    <ul className="screen-swatches" data-testid="screen-colours">
      {category.options.map((option) => (
        <li key={option.id} className="screen-swatches__option">
          <span className="screen-swatches__swatch" style={{ background: option.color }} aria-hidden="true" />
          <span>
            {option.name}
            {option.colorCode ? <span className="screen-swatches__code"> {option.colorCode}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * @example
 * <ScreenItemContent projectId={workshop.projectId} item={item} />
 */
export function ScreenItemContent({ projectId, item }: { projectId: string; item: AgendaItem }) {
  if (item.kind === "checklistSection" && item.subjectId) return <ChecklistSection projectId={projectId} sectionKey={item.subjectId} />;
  if (item.kind === "colours" && item.subjectId) return <CategoryOptions projectId={projectId} categoryId={item.subjectId} />;
  return null;
}
