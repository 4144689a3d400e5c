/**
 * The public page's texts (decision 013): heading, what is built and why, the contact and the
 * FAQ, each in bokmål with an optional English version. Saved whole; the stigmatising-word
 * warnings of the saved texts show under each field, never stopping the save.
 */
import { Button, Fieldset, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormOutcome } from "../inquiries/inquiry-forms";
import { useActionForm } from "../inquiries/use-action-form";
import type { Bilingual } from "./public-content";
import { publicLimits } from "./public-limits";
import type { PublicPageEditorSnapshot } from "./public-page-types";
import { WordWarnings, warningsFor } from "./word-warnings-view";

export const editorActionUrl = (projectId: string) => `/projects/${projectId}/public-page`;

type Form = ReturnType<typeof useActionForm>;

function BilingualField({
  name,
  label,
  description,
  value,
  max,
  multiline,
  form,
  snapshot,
}: {
  name: string;
  label: string;
  description?: string;
  value: Bilingual;
  max: number;
  multiline?: boolean;
  form: Form;
  snapshot: PublicPageEditorSnapshot;
}) {
  const { t } = useTranslation();
  const rows = multiline ? 5 : undefined;
  return (
    <div className="editor-bilingual">
      <div className="stack">
        <Textfield id={`${name}.nb`} name={`${name}.nb`} label={label} description={description} defaultValue={value.nb} maxLength={max} multiline={multiline} rows={rows} error={form.fieldError(`${name}.nb`)} />
        <WordWarnings warnings={warningsFor(snapshot.warnings, `${name}.nb`)} />
      </div>
      <div className="stack">
        <Textfield
          id={`${name}.en`}
          name={`${name}.en`}
          lang="en"
          label={`${label} (${t("publicPage.editor.english")})`}
          defaultValue={value.en}
          maxLength={max}
          multiline={multiline}
          rows={rows}
          error={form.fieldError(`${name}.en`)}
        />
        <WordWarnings warnings={warningsFor(snapshot.warnings, `${name}.en`)} />
      </div>
    </div>
  );
}

export function TextsForm({ snapshot }: { snapshot: PublicPageEditorSnapshot }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const form = useActionForm({ onSaved: () => setRound((value) => value + 1) });
  const { content } = snapshot;
  const faq = [...content.faq, { question: { nb: "", en: "" }, answer: { nb: "", en: "" } }].slice(0, publicLimits.faqEntries);
  return (
    <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="stack editor-form editor-form--wide" aria-labelledby="editor-texts-title" key={round}>
      <Heading level={3} data-size="sm" id="editor-texts-title">
        {t("publicPage.editor.texts")}
      </Heading>
      <Paragraph>{t("publicPage.editor.textsHelp")}</Paragraph>
      <input type="hidden" name="intent" value="texts" />
      <BilingualField name="title" label={t("publicPage.editor.pageTitle")} value={content.title} max={publicLimits.title} form={form} snapshot={snapshot} />
      <BilingualField
        name="whatAndWhy"
        label={t("publicPage.editor.whatAndWhy")}
        description={t("publicPage.editor.whatAndWhyHelp")}
        value={content.whatAndWhy}
        max={publicLimits.whatAndWhy}
        multiline
        form={form}
        snapshot={snapshot}
      />
      <Fieldset>
        <Fieldset.Legend>{t("publicPage.view.contact")}</Fieldset.Legend>
        <div className="stack">
          <Textfield id="contact.name" name="contact.name" label={t("publicPage.editor.contactName")} defaultValue={content.contact.name} maxLength={publicLimits.contactName} autoComplete="off" error={form.fieldError("contact.name")} />
          <BilingualField name="contact.role" label={t("publicPage.editor.contactRole")} value={content.contact.role} max={publicLimits.contactRole} form={form} snapshot={snapshot} />
          <Textfield id="contact.email" name="contact.email" type="email" label={t("publicPage.editor.contactEmail")} defaultValue={content.contact.email} maxLength={publicLimits.contactEmail} autoComplete="off" error={form.fieldError("contact.email")} />
          <Textfield id="contact.phone" name="contact.phone" type="tel" label={t("publicPage.editor.contactPhone")} defaultValue={content.contact.phone} maxLength={publicLimits.contactPhone} autoComplete="off" error={form.fieldError("contact.phone")} />
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t("publicPage.editor.faq")}</Fieldset.Legend>
        <Fieldset.Description>{t("publicPage.editor.faqHelp")}</Fieldset.Description>
        <ol className="editor-faq">
          {faq.map((entry, index) => (
            <li key={index} className="stack">
              <BilingualField name={`faq.${index}.question`} label={t("publicPage.editor.faqQuestion", { number: index + 1 })} value={entry.question} max={publicLimits.question} form={form} snapshot={snapshot} />
              <BilingualField name={`faq.${index}.answer`} label={t("publicPage.editor.faqAnswer", { number: index + 1 })} value={entry.answer} max={publicLimits.answer} multiline form={form} snapshot={snapshot} />
            </li>
          ))}
        </ol>
      </Fieldset>
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("publicPage.editor.saveTexts")}
        </Button>
        <FormOutcome form={form} saved={t("publicPage.editor.textsSaved")} />
      </div>
    </form.fetcher.Form>
  );
}
