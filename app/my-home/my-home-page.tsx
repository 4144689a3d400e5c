/**
 * The "Mitt hjem" page (decision 012), phone first: the house preview at the top (it stays in
 * view while the resident scrolls the tiles), then one category at a time with a stepper, and
 * a list of every category and its state to jump to. A pick shows in the preview at once (from
 * the fetchers in flight) and falls back to what the server holds when it is refused.
 */
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useFetchers } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { CategoryList } from "./category-list";
import { CategoryPanel } from "./category-panel";
import { HousePreview, PreviewNames, type PreviewName } from "./house-preview";
import type { MyHome, MyHomeCategory } from "./my-home-types";
import { viewOfPart, type PreviewPart, type PreviewView } from "./preview-parts";
import "./my-home.css";

export interface MyHomePageProps {
  projectId: string;
  mine: MyHome | null;
  /** The category asked for in the address (`?category=`), if it is one of the home's. */
  requestedCategoryId: string | null;
}

export function MyHomePage({ projectId, mine, requestedCategoryId }: MyHomePageProps) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/choices/events`);
  if (!mine) {
    return (
      <section className="my-home-empty stack" aria-labelledby="my-home-title">
        <Heading level={2} data-size="md" id="my-home-title">
          {t("myHome.noHome.title")}
        </Heading>
        <Paragraph>{t("myHome.noHome.body")}</Paragraph>
      </section>
    );
  }
  return <Chooser projectId={projectId} mine={mine} requestedCategoryId={requestedCategoryId} />;
}

/** Where the page starts: the category asked for, else the first open one not yet confirmed, else the first open one, else the first. */
function startIndex(categories: MyHomeCategory[], requested: string | null): number {
  const candidates = [
    categories.findIndex((category) => category.id === requested),
    categories.findIndex((category) => category.state === "open" && !category.choice?.confirmedAt),
    categories.findIndex((category) => category.state === "open"),
  ];
  return Math.max(0, candidates.find((index) => index >= 0) ?? 0);
}

/** The option each category shows while a pick or confirmation is on its way to the server. */
function usePendingOptions(): Map<string, string> {
  const pending = new Map<string, string>();
  for (const fetcher of useFetchers()) {
    const form = fetcher.formData;
    const intent = form?.get("intent");
    const categoryId = form?.get("categoryId");
    const optionId = form?.get("optionId");
    if ((intent === "choose" || intent === "confirm") && typeof categoryId === "string" && typeof optionId === "string" && optionId) {
      pending.set(categoryId, optionId);
    }
  }
  return pending;
}

/** What a category shows now: the pending pick, else what applies (its choice or the standard). */
function shownOf(category: MyHomeCategory, pending: Map<string, string>): { optionId: string | null; name: PreviewName | null; color: string | null } {
  const pendingId = pending.get(category.id);
  const option = pendingId ? category.options.find((candidate) => candidate.id === pendingId) : undefined;
  if (option) return { optionId: option.id, name: { name: option.name, code: option.colorCode || undefined }, color: option.color };
  const applied = category.applied;
  if (!applied) return { optionId: null, name: null, color: null };
  return { optionId: applied.optionId, name: { name: applied.name, code: applied.colorCode || undefined, standard: applied.source === "standard" }, color: applied.color };
}

function Chooser({ projectId, mine, requestedCategoryId }: { projectId: string; mine: MyHome; requestedCategoryId: string | null }) {
  const { t } = useTranslation();
  const { categories } = mine;
  const [index, setIndex] = useState(() => startIndex(categories, requestedCategoryId));
  const current = categories[Math.min(index, categories.length - 1)] as MyHomeCategory | undefined;
  const [view, setView] = useState<PreviewView>(() => (current?.previewPart ? viewOfPart(current.previewPart) : "outside"));
  const [focusRequests, setFocusRequests] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const viewLegend = useId();
  const pending = usePendingOptions();

  // After a step (or a jump, to the category already shown too), the new category's heading takes focus.
  useEffect(() => {
    if (focusRequests > 0) headingRef.current?.focus();
  }, [focusRequests]);

  const go = (next: number) => {
    if (next < 0 || next >= categories.length) return;
    setIndex(next);
    setFocusRequests((count) => count + 1);
    const part = categories[next].previewPart;
    if (part) setView(viewOfPart(part));
  };

  // The current category wins a part another category colours too.
  const colors: Partial<Record<PreviewPart, string>> = {};
  const names: Partial<Record<PreviewPart, PreviewName>> = {};
  const shown = new Map(categories.map((category) => [category.id, shownOf(category, pending)]));
  for (const category of current ? [current, ...categories] : categories) {
    const part = category.previewPart;
    const value = shown.get(category.id);
    if (!part || !value?.color || colors[part] !== undefined) continue;
    colors[part] = value.color;
    if (value.name) names[part] = value.name;
  }

  return (
    <div className="my-home" data-show={view}>
      <div className="my-home__intro">
        <Heading level={2} data-size="md">
          {t("myHome.title")}
        </Heading>
        <Paragraph className="my-home__home-name">{t("myHome.homeName", { name: mine.home.name })}</Paragraph>
        <Paragraph>{t("myHome.intro")}</Paragraph>
      </div>
      <section className="my-home__preview" aria-label={t("myHome.preview.heading")} data-testid="house-preview">
        <HousePreview view="both" colors={colors} names={names} showNames={false} />
        <div className="my-home__views" role="group" aria-labelledby={viewLegend}>
          <span id={viewLegend} className="ds-sr-only">
            {t("myHome.preview.viewLegend")}
          </span>
          {(["outside", "inside"] as const).map((option) => (
            <button key={option} type="button" className="my-home__view-button" aria-pressed={view === option} onClick={() => setView(option)}>
              {t(`myHome.preview.${option}`)}
            </button>
          ))}
        </div>
      </section>
      <PreviewNames className="my-home__names" colors={colors} names={names} />
      {current ? (
        <div className="my-home__main">
          <CategoryPanel
            key={current.id}
            projectId={projectId}
            homeId={mine.home.id}
            category={current}
            shownOptionId={shown.get(current.id)?.optionId ?? null}
            position={{ index: Math.min(index, categories.length - 1) + 1, count: categories.length }}
            headingRef={headingRef}
          />
          <nav className="my-home__stepper" aria-label={t("myHome.stepper.label")}>
            <StepLink target={categories[index - 1]} onGo={() => go(index - 1)} direction="previous" />
            <StepLink target={categories[index + 1]} onGo={() => go(index + 1)} direction="next" />
          </nav>
          <CategoryList categories={categories} currentId={current.id} shown={shown} onGo={(categoryId) => go(categories.findIndex((category) => category.id === categoryId))} />
        </div>
      ) : (
        <Paragraph className="my-home__main">{t("myHome.noCategories")}</Paragraph>
      )}
    </div>
  );
}

/** "Forrige" / "Neste": a link to the category's address (works without script), a step in the page with it. */
function StepLink({ target, onGo, direction }: { target: MyHomeCategory | undefined; onGo: () => void; direction: "previous" | "next" }) {
  const { t } = useTranslation();
  if (!target) return <span className="my-home__step-placeholder" />;
  return (
    <a
      href={`?category=${encodeURIComponent(target.id)}`}
      className={`my-home__step my-home__step--${direction}`}
      onClick={(event) => {
        event.preventDefault();
        onGo();
      }}
    >
      <span className="my-home__step-word">{t(`myHome.stepper.${direction}`)}</span>
      <span className="my-home__step-name">{target.name}</span>
    </a>
  );
}
