/**
 * A new poll on the console (decision 014): its kind, question and agenda item; options typed one
 * per line or taken from the project's sites, a catalogue category's options or a checklist
 * section's items (each option then points at what it names, so the minutes and the memo can
 * name it); a budget of votes for dot-voting.
 */
import { Alert, Button, Field, Heading, Label, Select, Textarea, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PollKind, WorkshopView } from "../workshops/workshop-types";
import { pollKinds } from "../workshops/workshop-types";
import { useClearAfterSave } from "./use-clear-after-save";
import { useWorkshopAction } from "./use-workshop-action";
import type { WorkshopPickers } from "./workshop-page-data";

const withOptions: readonly PollKind[] = ["single", "ranking", "dots"];

interface PickedOption {
  label: string;
  subjectKind: "site" | "choiceOption" | "checklistItem";
  subjectId: string;
}

/** The option sources the pickers offer: "typed", "sites", "category:<id>", "section:<key>". */
function pickedOptions(source: string, pickers: WorkshopPickers): PickedOption[] | null {
  if (source === "sites") return pickers.sites.map((site) => ({ label: site.name, subjectKind: "site", subjectId: site.id }));
  if (source.startsWith("category:")) {
    const category = pickers.choiceCategories.find((entry) => `category:${entry.id}` === source);
    return (category?.options ?? []).map((option) => ({ label: option.name, subjectKind: "choiceOption", subjectId: option.id }));
  }
  if (source.startsWith("section:")) {
    const section = pickers.checklistSections.find((entry) => `section:${entry.key}` === source);
    return (section?.items ?? []).map((item) => ({ label: item.title, subjectKind: "checklistItem", subjectId: item.key }));
  }
  return null;
}

/**
 * @example
 * <PollEditor workshop={workshop} actionUrl={url} pickers={pickers} />
 */
export function PollEditor({ workshop, actionUrl, pickers }: { workshop: WorkshopView; actionUrl: string; pickers: WorkshopPickers }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PollKind>("dots");
  const [source, setSource] = useState("typed");
  const clear = useClearAfterSave();
  const action = useWorkshopAction(actionUrl, { onDone: clear.saved });
  const needsOptions = withOptions.includes(kind);
  const picked = needsOptions ? pickedOptions(source, pickers) : null;
  const shown = ["question", "options", "budget", "itemId"];
  return (
    <form
      key={clear.key}
      ref={clear.ref}
      className="stack workshop-card"
      aria-labelledby="poll-add-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        clear.sent();
        const options = !needsOptions ? "" : picked ? JSON.stringify(picked) : String(form.get("options") ?? "");
        action.send("addPoll", {
          kind,
          question: String(form.get("question") ?? ""),
          itemId: String(form.get("itemId") ?? ""),
          options,
          budget: kind === "dots" ? String(form.get("budget") ?? "") : "",
        });
      }}
    >
      <Heading level={4} data-size="2xs" id="poll-add-heading">
        {t("workshopUi.poll.addHeading")}
      </Heading>
      {action.message && !shown.some((field) => action.fieldError(field)) ? <Alert data-color="danger">{action.message}</Alert> : null}
      <Field>
        <Label htmlFor="poll-kind">{t("workshopUi.poll.kindLabel")}</Label>
        <Select id="poll-kind" value={kind} onChange={(event) => setKind(event.target.value as PollKind)}>
          {pollKinds.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`workshopUi.pollKind.${value}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield id="poll-question" name="question" label={t("workshopUi.poll.question")} required maxLength={200} error={action.fieldError("question")} />
      <Field>
        <Label htmlFor="poll-item">{t("workshopUi.poll.itemLabel")}</Label>
        <Select id="poll-item" name="itemId" defaultValue={workshop.currentItemId ?? ""}>
          <Select.Option value="">{t("workshopUi.poll.noItem")}</Select.Option>
          {workshop.agenda.map((item) => (
            <Select.Option key={item.id} value={item.id}>
              {item.title}
            </Select.Option>
          ))}
        </Select>
        {action.fieldError("itemId") ? <ValidationMessage>{action.fieldError("itemId")}</ValidationMessage> : null}
      </Field>
      {needsOptions ? (
        <Field>
          <Label htmlFor="poll-source">{t("workshopUi.poll.pickOptions")}</Label>
          <Select id="poll-source" value={source} onChange={(event) => setSource(event.target.value)}>
            <Select.Option value="typed">{t("workshopUi.poll.options")}</Select.Option>
            <Select.Option value="sites" disabled={pickers.sites.length < 2}>
              {t("workshopUi.poll.pickSites")}
            </Select.Option>
            {pickers.choiceCategories
              .filter((category) => (category.options?.length ?? 0) >= 2)
              .map((category) => (
                <Select.Option key={category.id} value={`category:${category.id}`}>
                  {t("workshopUi.poll.pickCatalogue", { name: category.name })}
                </Select.Option>
              ))}
            {pickers.checklistSections
              .filter((section) => (section.items?.length ?? 0) >= 2)
              .map((section) => (
                <Select.Option key={section.key} value={`section:${section.key}`}>
                  {t("workshopUi.poll.pickSection", { title: section.title })}
                </Select.Option>
              ))}
          </Select>
        </Field>
      ) : null}
      {needsOptions && !picked ? (
        <Field>
          <Label htmlFor="poll-options">{t("workshopUi.poll.options")}</Label>
          <Textarea id="poll-options" name="options" rows={4} required aria-invalid={action.fieldError("options") ? true : undefined} />
          {action.fieldError("options") ? <ValidationMessage>{action.fieldError("options")}</ValidationMessage> : null}
        </Field>
      ) : null}
      {picked ? (
        <ul className="muted" data-testid="poll-picked-options">
          {picked.map((option) => (
            <li key={option.subjectId}>{option.label}</li>
          ))}
        </ul>
      ) : null}
      {kind === "dots" ? (
        <Textfield id="poll-budget" name="budget" type="number" inputMode="numeric" min={1} max={20} defaultValue="3" label={t("workshopUi.poll.budget")} required error={action.fieldError("budget")} />
      ) : null}
      <div>
        <Button type="submit" disabled={action.busy}>
          {t("workshopUi.poll.add")}
        </Button>
      </div>
    </form>
  );
}
