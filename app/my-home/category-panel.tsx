/**
 * One category of "Mitt hjem": its window (open until, opens on, closed), the options as tiles
 * in one radio group, what is chosen and by whom, "Bekreft valget", and asking for help.
 * A tile picked is saved at once (a fetcher); the page's preview shows it while it travels, and
 * a refusal is said here while the tile goes back to what the server holds.
 */
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useId, useState, type Ref } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { formatDate } from "../ui/format-time";
import { HelpRequest } from "./help-request";
import type { MyHomeActionResult, MyHomeCategory } from "./my-home-types";
import { FavouriteForm, OptionTile } from "./option-tile";
import { problemText, useSettled } from "./use-settled";

export interface CategoryPanelProps {
  projectId: string;
  homeId: string;
  category: MyHomeCategory;
  /** The option shown as chosen: a pick on its way, else the choice, else the standard. */
  shownOptionId: string | null;
  position: { index: number; count: number };
  headingRef: Ref<HTMLHeadingElement>;
}

type Notice = { kind: "saved" } | { kind: "refused"; text: string };

export function CategoryPanel({ projectId, homeId, category, shownOptionId, position, headingRef }: CategoryPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const choose = useFetcher<MyHomeActionResult>({ key: `choose:${category.id}` });
  const confirm = useFetcher<MyHomeActionResult>({ key: `confirm:${category.id}` });
  const [notice, setNotice] = useState<Notice | null>(null);
  const settle = (result: MyHomeActionResult) => setNotice(result.ok ? { kind: "saved" } : { kind: "refused", text: problemText(result.error, language) });
  useSettled(choose, settle);
  useSettled(confirm, settle);
  const headingId = useId();
  const open = category.state === "open";
  const busy = choose.state !== "idle" || confirm.state !== "idle";
  const choice = category.choice;
  const confirmedShown = choice?.confirmedAt && choice.optionId === shownOptionId;
  const mayConfirm = open && shownOptionId !== null && !confirmedShown;

  const pick = (optionId: string) => {
    setNotice(null);
    choose.submit({ intent: "choose", categoryId: category.id, optionId, homeId }, { method: "post" });
  };

  return (
    <section className="category" aria-labelledby={headingId} data-category={category.id} data-state={category.state}>
      <Heading level={3} data-size="md" id={headingId} ref={headingRef} tabIndex={-1} className="category__heading">
        {category.name}
        <span className="category__position">
          {" – "}
          {t("myHome.stepper.position", position)}
        </span>
      </Heading>
      <Paragraph className="category__window" data-testid="category-window">
        {windowText(category, t, language)}
      </Paragraph>
      {category.description ? <Paragraph>{category.description}</Paragraph> : null}
      <confirm.Form method="post" className="category__form" onSubmit={() => setNotice(null)}>
        <input type="hidden" name="categoryId" value={category.id} />
        <input type="hidden" name="homeId" value={homeId} />
        {category.options.length === 0 ? (
          <Paragraph>{t("myHome.category.noOptions")}</Paragraph>
        ) : (
          <fieldset className="category__options">
            <legend className="ds-sr-only">{category.name}</legend>
            <ul className="tiles">
              {category.options.map((option) => (
                <OptionTile
                  key={option.id}
                  projectId={projectId}
                  option={option}
                  checked={shownOptionId === option.id}
                  checkedLabel={choice || shownOptionId !== category.applied?.optionId ? t("myHome.option.chosen") : t("myHome.option.applies")}
                  selectable={open}
                  favourable={category.state !== "closed"}
                  onPick={pick}
                />
              ))}
            </ul>
          </fieldset>
        )}
        <p className="category__status" aria-live="polite" data-testid="choice-status">
          {busy ? t("myHome.category.saving") : statusText(category, shownOptionId, t, language)}
        </p>
        {notice?.kind === "refused" ? (
          <Alert data-color="danger" role="alert" data-testid="choice-refused">
            {t("myHome.category.refused", { message: notice.text })}
          </Alert>
        ) : null}
        {mayConfirm ? (
          <Button type="submit" name="intent" value="confirm" className="category__confirm" disabled={busy && confirm.state !== "idle"}>
            {t("myHome.category.confirm")}
          </Button>
        ) : null}
      </confirm.Form>
      {category.state !== "closed" ? category.options.map((option) => <FavouriteForm key={option.id} option={option} homeId={homeId} />) : null}
      <HelpRequest categoryId={category.id} homeId={homeId} />
    </section>
  );
}

function windowText(category: MyHomeCategory, t: TFunction, language: string): string {
  if (category.state === "notYet") return t("myHome.category.notYet", { date: formatDate(category.opensOn, language) });
  if (category.state === "open") {
    const reopened = category.reopenedUntil !== null && category.reopenedUntil > category.closesOn;
    return reopened && category.reopenedUntil
      ? t("myHome.category.reopenedUntil", { date: formatDate(category.reopenedUntil, language) })
      : t("myHome.category.openUntil", { date: formatDate(category.lastDay, language) });
  }
  const date = formatDate(category.lastDay, language);
  const { choice, applied } = category;
  if (choice?.by === "withResident") {
    return t("myHome.category.closedWithResident", { date, meeting: choice.meeting ?? "", meetingDate: choice.meetingDate ? formatDate(choice.meetingDate, language) : "", name: choice.name });
  }
  if (choice) return t("myHome.category.closedChosen", { date, name: choice.name });
  if (applied) return t("myHome.category.closedStandard", { date, name: applied.name });
  return t("myHome.category.closed", { date });
}

/** What is chosen and by whom, for an open or not yet open category (a closed one says it in its window text). */
function statusText(category: MyHomeCategory, shownOptionId: string | null, t: TFunction, language: string): string {
  if (category.state === "closed") return "";
  const { choice, applied } = category;
  if (choice && choice.optionId === shownOptionId) {
    if (!choice.offered) return t("myHome.category.notOfferedAnyMore", { name: choice.name });
    if (choice.by === "withResident") {
      return t("myHome.category.chosenWithResident", { meeting: choice.meeting ?? "", date: choice.meetingDate ? formatDate(choice.meetingDate, language) : "", name: choice.name });
    }
    if (choice.confirmedAt) return t("myHome.category.confirmedOn", { date: formatDate(choice.confirmedAt, language), lastDay: formatDate(category.lastDay, language) });
    const chosen = choice.by === "self" ? t("myHome.category.chosenBySelf", { name: choice.name }) : t("myHome.category.chosenByOther", { name: choice.name });
    return category.state === "open" ? `${chosen} ${t("myHome.category.notConfirmed")}` : chosen;
  }
  if (!choice && applied && applied.optionId === shownOptionId) return t("myHome.category.standardApplies", { name: applied.name });
  return "";
}
