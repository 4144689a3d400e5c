/**
 * The planners' editor of the public project page (decision 013): its status with publish and
 * take down, what it will show (the chosen site, answers, meetings), its short address, its texts
 * and its dated updates. Live: another planner's change reloads it; a site chosen on the map
 * shows on the next load.
 */
import { Alert, Button, Checkbox, Heading, Link, Paragraph, Tag, Textfield } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { FormOutcome } from "../inquiries/inquiry-forms";
import { useActionForm } from "../inquiries/use-action-form";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import { formatDate } from "../ui/format-time";
import { editorActionUrl, TextsForm } from "./editor-texts-form";
import { UpdatesPanel } from "./editor-updates";
import { publicLimits } from "./public-limits";
import type { PublicPageEditorSnapshot } from "./public-page-types";
import { WordWarnings } from "./word-warnings-view";
import "./editor.css";

const missingKeys = ["whatAndWhy.nb", "contact.name", "contact.email"] as const;

function PublishForm({ snapshot }: { snapshot: PublicPageEditorSnapshot }) {
  const { t } = useTranslation();
  const form = useActionForm();
  const warnings = snapshot.warnings.length;
  if (snapshot.published) {
    return (
      <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="stack">
        <input type="hidden" name="intent" value="unpublish" />
        <Paragraph data-size="sm">{t("publicPage.editor.unpublishHelp")}</Paragraph>
        <div className="row">
          <Button type="submit" variant="secondary" data-color="danger" aria-disabled={form.busy || undefined}>
            {t("publicPage.editor.unpublish")}
          </Button>
          <FormOutcome form={form} saved={t("publicPage.editor.unpublishedDone")} />
        </div>
      </form.fetcher.Form>
    );
  }
  return (
    <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="stack">
      <input type="hidden" name="intent" value="publish" />
      {snapshot.missing.length > 0 ? (
        <div>
          <Paragraph>{t("publicPage.editor.missing")}</Paragraph>
          <ul data-testid="publish-missing">
            {missingKeys
              .filter((key) => snapshot.missing.includes(key))
              .map((key) => (
                <li key={key}>{t(`publicPage.editor.missingField.${key}`)}</li>
              ))}
          </ul>
        </div>
      ) : null}
      {snapshot.publishingDecision ? null : (
        <>
          <Paragraph>{t("publicPage.editor.noDecision")}</Paragraph>
          <Checkbox name="confirmPublic" value="on" label={t("publicPage.editor.confirmPublic")} error={form.fieldError("confirmPublic")} />
        </>
      )}
      {warnings > 0 ? <Checkbox name="acceptWarnings" value="on" label={t("publicPage.editor.acceptWarnings", { count: warnings })} error={form.fieldError("acceptWarnings")} /> : null}
      <div className="row">
        <Button type="submit" aria-disabled={form.busy || undefined}>
          {t("publicPage.editor.publish")}
        </Button>
        <FormOutcome form={{ ...form, onlyFields: false }} saved={t("publicPage.editor.publishedDone")} />
      </div>
    </form.fetcher.Form>
  );
}

function StatusPanel({ snapshot, origin }: { snapshot: PublicPageEditorSnapshot; origin: string }) {
  const { t, i18n } = useTranslation();
  const path = `/p/${snapshot.slug}`;
  const inquiryWarnings = snapshot.warnings.filter((warning) => warning.field.startsWith("inquiry."));
  return (
    <section className="stack editor-status" aria-labelledby="editor-status-title" data-testid="editor-status" data-published={snapshot.published}>
      <div className="row">
        <Heading level={3} data-size="sm" id="editor-status-title">
          {t("publicPage.editor.status")}
        </Heading>
        <Tag data-color={snapshot.published ? "success" : "neutral"} data-size="sm">
          {snapshot.published ? t("publicPage.editor.published") : t("publicPage.editor.notPublished")}
        </Tag>
      </div>
      {snapshot.published ? (
        <Paragraph>
          {t("publicPage.editor.publishedSince", { date: formatDate(snapshot.publishedAt ?? "", i18n.language) })}{" "}
          <Link href={path} data-testid="public-link">
            {origin}
            {path}
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("publicPage.editor.notPublishedText")}</Paragraph>
      )}
      {snapshot.publishingDecision ? (
        <Paragraph data-size="sm">{t("publicPage.editor.basisDecision", { phase: t(`phase.${snapshot.publishingDecision.phase}`), date: formatDate(snapshot.publishingDecision.date, i18n.language) })}</Paragraph>
      ) : snapshot.publishBasis === "confirmed" ? (
        <Paragraph data-size="sm">{t("publicPage.editor.basisConfirmed")}</Paragraph>
      ) : null}
      <ul className="editor-facts">
        <li>{snapshot.chosenSiteNames.length > 0 ? t("publicPage.editor.siteChosen", { name: snapshot.chosenSiteNames.join(", ") }) : t("publicPage.editor.siteNone")}</li>
        <li>
          {t("publicPage.editor.shownAnswers", { count: snapshot.shownAnswers })} <Link href={`/projects/${snapshot.projectId}/inquiries`}>{t("publicPage.editor.shownAnswersLink")}</Link>
        </li>
        <li>{t("publicPage.editor.meetingsAhead", { count: snapshot.meetingsAhead })}</li>
      </ul>
      <WordWarnings warnings={inquiryWarnings} />
      {snapshot.saved ? (
        <p>
          <Link href={`/projects/${snapshot.projectId}/public-page/preview`}>{t("publicPage.editor.preview")}</Link>
        </p>
      ) : null}
      <PublishForm snapshot={snapshot} />
    </section>
  );
}

function SlugForm({ snapshot }: { snapshot: PublicPageEditorSnapshot }) {
  const { t } = useTranslation();
  const form = useActionForm();
  return (
    <form.fetcher.Form method="post" action={editorActionUrl(snapshot.projectId)} className="stack editor-form" aria-labelledby="editor-slug-title">
      <Heading level={3} data-size="sm" id="editor-slug-title">
        {t("publicPage.editor.address")}
      </Heading>
      <input type="hidden" name="intent" value="slug" />
      <Textfield
        id="editor-slug"
        name="slug"
        label={t("publicPage.editor.slug")}
        description={t("publicPage.editor.slugHelp")}
        prefix="/p/"
        defaultValue={snapshot.slug}
        key={snapshot.slug}
        minLength={publicLimits.slugMin}
        maxLength={publicLimits.slugMax}
        pattern="[a-z0-9]+(-[a-z0-9]+)*"
        autoComplete="off"
        spellCheck={false}
        error={form.fieldError("slug")}
      />
      <div className="row">
        <Button type="submit" variant="secondary" aria-disabled={form.busy || undefined}>
          {t("publicPage.editor.saveSlug")}
        </Button>
        <FormOutcome form={form} saved={t("publicPage.editor.slugSaved")} />
      </div>
    </form.fetcher.Form>
  );
}

export function PublicPageEditor({ snapshot, origin }: { snapshot: PublicPageEditorSnapshot; origin: string }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${snapshot.projectId}/public-page/events`);
  const textWarnings = snapshot.warnings.filter((warning) => !warning.field.startsWith("inquiry.") && !warning.field.startsWith("update."));
  return (
    <div className="stack public-editor">
      <div className="stack">
        <Heading level={2} data-size="md">
          {t("publicPage.title")}
        </Heading>
        <Paragraph>{t("publicPage.editor.intro")}</Paragraph>
      </div>
      <StatusPanel snapshot={snapshot} origin={origin} />
      <SlugForm snapshot={snapshot} />
      {textWarnings.length > 0 ? (
        <Alert data-color="warning" data-size="sm">
          {t("publicPage.editor.warningsTitle", { count: textWarnings.length })}. {t("publicPage.editor.warningsHelp")}
        </Alert>
      ) : null}
      <TextsForm snapshot={snapshot} />
      <UpdatesPanel snapshot={snapshot} />
    </div>
  );
}
