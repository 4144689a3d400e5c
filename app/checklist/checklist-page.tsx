import { Alert, Button, Link, Paragraph } from "@digdir/designsystemet-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import type { StoredFileInfo } from "../files/file-types";
import type { Role } from "../permissions";
import { ChecklistFilters } from "./checklist-filters";
import type { ChecklistFilter } from "./checklist-filter";
import { itemMatches, noFilter } from "./checklist-filter";
import { ChecklistItem } from "./checklist-item";
import { ChecklistProgressView, ProgressBar } from "./checklist-progress-view";
import { localized } from "./checklist-text";
import type { ChecklistSnapshot } from "./checklist-types";
import { checklistActionUrl, useChecklistForm } from "./use-checklist-form";
import "./checklist.css";

const noFiles: StoredFileInfo[] = [];

/** A planner's "Ta inn N nye punkter fra versjon M". */
function TakeInNewItems({ snapshot }: { snapshot: ChecklistSnapshot }) {
  const { t } = useTranslation();
  const form = useChecklistForm();
  if (!snapshot.newItems && !form.saved) return null;
  if (!snapshot.newItems) return <Alert data-color="success">{t("checklist.newItems.done")}</Alert>;
  const { count, version } = snapshot.newItems;
  if (!snapshot.self.may.edit) return <Alert data-color="info">{t("checklist.newItems.text", { count, version })}</Alert>;
  return (
    <Alert data-color="info">
      <form.fetcher.Form method="post" action={checklistActionUrl(snapshot.projectId)} className="row">
        <input type="hidden" name="intent" value="takeIn" />
        <span>{t("checklist.newItems.text", { count, version })}</span>
        <Button type="submit" data-size="sm" aria-disabled={form.busy || undefined}>
          {t("checklist.newItems.button", { count, version })}
        </Button>
      </form.fetcher.Form>
      {form.message ? <p>{form.message}</p> : null}
    </Alert>
  );
}

/** What the member's role does here, in one sentence. */
function RoleHelp({ role, may }: { role: Role; may: ChecklistSnapshot["self"]["may"] }) {
  const { t } = useTranslation();
  if (!may.comment) return <Alert data-color="info">{t("checklist.readOnly")}</Alert>;
  if (may.signOff && (role === "fire" || role === "police")) return <Paragraph>{t("checklist.agencyHelp", { role: t(`checklist.signerName.${role}`) })}</Paragraph>;
  if (!may.edit) return <Paragraph>{t("checklist.residentHelp")}</Paragraph>;
  return null;
}

/**
 * The checklist page (decision 012): progress at the top, filters, then the sections with their
 * items. Kept live: every change anyone makes reloads this member's own view.
 */
export function ChecklistPage({
  snapshot,
  evidence,
  self,
}: {
  snapshot: ChecklistSnapshot;
  /** Every evidence file of the checklist (what the files table holds, without bytes). */
  evidence: StoredFileInfo[];
  self: { id: string; name: string; role: Role };
}) {
  const { t, i18n } = useTranslation();
  useLiveRevalidation(`/projects/${snapshot.projectId}/checklist/events`);
  const [filter, setFilter] = useState<ChecklistFilter>(noFilter);
  const total = snapshot.sections.reduce((sum, section) => sum + section.items.length, 0);
  const shownSections = useMemo(
    () =>
      snapshot.sections
        .map((section) => ({ ...section, items: section.items.filter((item) => itemMatches(item, filter, snapshot.self.role)) }))
        .filter((section) => section.items.length > 0),
    [snapshot, filter],
  );
  const filesByItem = useMemo(() => {
    const byItem = new Map<string, StoredFileInfo[]>();
    for (const file of evidence) byItem.set(file.subjectKey, [...(byItem.get(file.subjectKey) ?? []), file]);
    return byItem;
  }, [evidence]);
  const shown = shownSections.reduce((sum, section) => sum + section.items.length, 0);
  const base = `/projects/${snapshot.projectId}/checklist`;

  return (
    <div className="stack checklist-page" data-size="md">
      <div className="stack">
        <h2 className="ds-heading" data-size="md">
          {t("checklist.title")}
        </h2>
        <Paragraph>{t("checklist.intro")}</Paragraph>
        <RoleHelp role={snapshot.self.role} may={snapshot.self.may} />
        <p className="row checklist-actions">
          <Link href={`${base}/print`}>{t("checklist.actions.print")}</Link>
          <Link href={`${base}/export?format=csv`} download>
            {t("checklist.actions.csv")}
          </Link>
          <Link href={`${base}/export?format=json`} download>
            {t("checklist.actions.json")}
          </Link>
        </p>
      </div>
      <TakeInNewItems snapshot={snapshot} />
      <ChecklistProgressView progress={snapshot.progress} />
      <ChecklistFilters sections={snapshot.sections} filter={filter} onChange={setFilter} shown={shown} total={total} />
      {shownSections.map((section) => {
        const figures = snapshot.progress.bySection.find((entry) => entry.key === section.key);
        return (
          <section key={section.key} className="stack checklist-section" aria-labelledby={`section-${section.key}`} data-section={section.key}>
            <div className="checklist-section__head">
              <h3 id={`section-${section.key}`} className="ds-heading" data-size="sm">
                {localized(section.title, i18n.language)}
              </h3>
              {figures ? (
                <p className="checklist-section__figure">
                  {t("checklist.progress.figure", { closed: figures.closed, total: figures.total })} <ProgressBar figures={figures} />
                </p>
              ) : null}
            </div>
            <ul className="checklist-items">
              {section.items.map((item) => (
                <ChecklistItem key={item.key} item={item} snapshot={snapshot} self={self} files={filesByItem.get(item.key) ?? noFiles} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
