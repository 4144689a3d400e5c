/**
 * Every category of the home with its state, to jump to: "Fasadefarge · Bekreftet: Lys grå".
 * Each is a link to the category's address (works without script), a step within the page with it.
 */
import { Heading } from "@digdir/designsystemet-react";
import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../ui/format-time";
import type { MyHomeCategory } from "./my-home-types";

export interface CategoryListProps {
  categories: MyHomeCategory[];
  currentId: string;
  /** The option each category shows now (a pick on its way counts). */
  shown: Map<string, { optionId: string | null; name: { name: string } | null }>;
  onGo: (categoryId: string) => void;
}

export function CategoryList({ categories, currentId, shown, onGo }: CategoryListProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <nav className="category-list" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t("myHome.stepper.allHeading")}
      </Heading>
      <ol className="category-list__items">
        {categories.map((category) => (
          <li key={category.id} data-state={category.state}>
            <a
              href={`?category=${encodeURIComponent(category.id)}`}
              className="category-list__link"
              aria-current={category.id === currentId ? "step" : undefined}
              onClick={(event) => {
                event.preventDefault();
                onGo(category.id);
              }}
            >
              <span className="category-list__name">{category.name}</span>
              <span className="category-list__state">{stateText(category, shown.get(category.id)?.name?.name ?? null, t, i18n.language)}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function stateText(category: MyHomeCategory, shownName: string | null, t: TFunction, language: string): string {
  if (category.state === "notYet") return t("myHome.state.notYet", { date: formatDate(category.opensOn, language) });
  const { choice } = category;
  const status = !choice
    ? category.applied
      ? t("myHome.state.standard")
      : t("myHome.state.nothing")
    : choice.by === "withResident"
      ? t("myHome.state.withResident")
      : category.state === "closed"
        ? t("myHome.state.chosenClosed")
        : choice.confirmedAt
          ? t("myHome.state.confirmed")
          : t("myHome.state.chosen");
  const text = shownName ? `${status}: ${shownName}` : status;
  return category.state === "closed" ? `${t("myHome.state.closed")} · ${text}` : text;
}
