import { Button, Details, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { defaultTagMapping } from "../geo/tag-mapping";
import { maxTagMappingOverrideCharacters } from "../geo/tag-mapping-override";
import { useProjectTagMapping, writeTagMappingSetting } from "./tag-mapping-settings";

/** A small example override a planner can start from: supermarkets only count as grocery shops. */
const example = JSON.stringify({ destinations: { grocery: [{ tags: { shop: "supermarket" }, tier: 1 }] } }, null, 2);

/**
 * Which OpenStreetMap tags count as what, for this project: the planners' form for an override
 * (the CLI's `--tags` format), checked before it is stored; everyone else reads whether the
 * project uses the default or its own, and the override itself.
 */
export function TagMappingSettings({ planDoc, editable }: { planDoc: Y.Doc; editable: boolean }) {
  const { t } = useTranslation();
  const { text } = useProjectTagMapping(planDoc);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const value = draft ?? text ?? "";

  const save = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = writeTagMappingSetting(planDoc, value);
    if (!result.ok) {
      setProblem(t("compare.tags.invalid", { detail: result.message }));
      setMessage("");
      event.currentTarget.querySelector("textarea")?.focus();
      return;
    }
    setProblem(null);
    setDraft(null);
    setMessage(value.trim() ? t("compare.tags.saved") : t("compare.tags.resetDone"));
  };
  const reset = () => {
    writeTagMappingSetting(planDoc, null);
    setProblem(null);
    setDraft(null);
    setMessage(t("compare.tags.resetDone"));
  };

  return (
    <Details data-testid="tag-mapping-settings">
      <Details.Summary>{t("compare.tags.title")}</Details.Summary>
      <Details.Content>
        <div className="stack">
          <Paragraph>{t("compare.tags.intro")}</Paragraph>
          <Paragraph data-testid="tag-mapping-state">{text ? t("compare.tags.own") : t("compare.tags.default")}</Paragraph>
          {editable ? (
            <form className="stack" noValidate onSubmit={save} aria-label={t("compare.tags.formTitle")}>
              <Textfield
                multiline
                rows={8}
                label={t("compare.tags.label")}
                description={t("compare.tags.help", { max: maxTagMappingOverrideCharacters })}
                className="tag-mapping-text"
                spellCheck={false}
                value={value}
                placeholder={example}
                onChange={(event) => {
                  setDraft(event.target.value);
                  setMessage("");
                }}
                error={problem ?? undefined}
              />
              <div className="row">
                <Button type="submit">{t("compare.tags.save")}</Button>
                <Button type="button" variant="secondary" onClick={reset}>
                  {t("compare.tags.reset")}
                </Button>
              </div>
              <p role="status" aria-live="polite" className="muted">
                {message}
              </p>
            </form>
          ) : text ? (
            <pre className="tag-mapping-text">{text}</pre>
          ) : (
            <Paragraph className="muted">{t("compare.tags.readOnly")}</Paragraph>
          )}
          <Details>
            <Details.Summary>{t("compare.tags.showDefault")}</Details.Summary>
            <Details.Content>
              <pre className="tag-mapping-text">{JSON.stringify(defaultTagMapping, null, 2)}</pre>
            </Details.Content>
          </Details>
        </div>
      </Details.Content>
    </Details>
  );
}
