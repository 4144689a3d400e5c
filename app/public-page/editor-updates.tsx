/** The public page's dated updates in the editor (decision 013): the list, newest first, with remove; a form to add one. */
import { Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormOutcome } from "../inquiries/inquiry-forms";
import { useActionForm } from "../inquiries/use-action-form";
import { formatDate } from "../ui/format-time";
import { editorActionUrl } from "./editor-texts-form";
import { publicLimits } from "./public-limits";
import type { PublicPageEditorSnapshot, PublicUpdate } from "./public-page-types";
import { WordWarnings, warningsFor } from "./word-warnings-view";

function UpdateItem({ update, snapshot }: { update: PublicUpdate; snapshot: PublicPageEditorSnapshot }) {
  const { t, i18n } = useTranslation();
  const form = useActionForm();
  return (
    <li className="editor-update stack" data-testid="editor-update">
      <Heading level={4} data-size="2xs">
        {update.title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {formatDate(update.date, i18n.language)}
      </Paragraph>
      <p className="editor-text">{update.body}</p>
      <WordWarnings warnings={warningsFor(snapshot.warnings, `update.${update.id}`)} />
      <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="row">
        <input type="hidden" name="intent" value="removeUpdate" />
        <input type="hidden" name="updateId" value={update.id} />
        <Button type="submit" variant="secondary" data-size="sm" aria-disabled={form.busy || undefined}>
          {t("publicPage.editor.removeUpdate")}
          <span className="visually-hidden">: {update.title}</span>
        </Button>
        <FormOutcome form={form} saved={t("publicPage.editor.updateRemoved")} />
      </form.fetcher.Form>
    </li>
  );
}

export function UpdatesPanel({ snapshot }: { snapshot: PublicPageEditorSnapshot }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const form = useActionForm({ onSaved: () => setRound((value) => value + 1) });
  return (
    <section className="stack" aria-labelledby="editor-updates-title">
      <Heading level={3} data-size="sm" id="editor-updates-title">
        {t("publicPage.editor.updates")}
      </Heading>
      <Paragraph>{t("publicPage.editor.updatesHelp")}</Paragraph>
      {snapshot.updates.length === 0 ? (
        <Paragraph className="muted">{t("publicPage.editor.noUpdates")}</Paragraph>
      ) : (
        <ul className="editor-updates">
          {snapshot.updates.map((update) => (
            <UpdateItem key={update.id} update={update} snapshot={snapshot} />
          ))}
        </ul>
      )}
      <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="stack editor-form" key={round} aria-label={t("publicPage.editor.addUpdate")}>
        <input type="hidden" name="intent" value="addUpdate" />
        <Textfield type="date" name="date" label={t("publicPage.editor.updateDate")} defaultValue={snapshot.today} max={snapshot.today} required error={form.fieldError("date")} style={{ maxWidth: "14rem" }} />
        <Textfield name="title" label={t("publicPage.editor.updateTitle")} maxLength={publicLimits.updateTitle} required error={form.fieldError("title")} />
        <Textfield name="body" multiline rows={3} label={t("publicPage.editor.updateBody")} maxLength={publicLimits.updateBody} required error={form.fieldError("body")} />
        <div className="row">
          <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
            {t("publicPage.editor.addUpdate")}
          </Button>
          <FormOutcome form={form} saved={t("publicPage.editor.updateAdded")} />
        </div>
      </form.fetcher.Form>
    </section>
  );
}
