import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ShortcutList } from "../compare/assessment-parts";
import { SiteDetails } from "../compare/site-details";
import { ConcernsPanel } from "../concerns/concerns-panel";
import { SkippedRecordsNotice } from "../documents/skipped-records-notice";
import { FeedbackPanel, MapCommentsPanel } from "../feedback/feedback";
import { MapPresenceList, OthersHere } from "../map-presence/map-presence-list";
import { ReferencePointsPanel } from "../reference-points/reference-points-panel";
import { SelectedSiteEditing, SiteNotesForReaders } from "../sites/selected-site-editing";
import { SiteStatusTag } from "../sites/site-editor-status";
import { SiteAddPanel, SiteEditingTools } from "../sites/site-editor-toolbar";
import { useMapPage } from "./map-page-context";

/** The selected site: its status, who else looks at it, its assessment, its editing and its feedback. */
function SelectedSitePanel() {
  const { t, i18n } = useTranslation();
  const { sites, selectedId, assessments } = useMapPage();
  const selected = sites.find((site) => site.id === selectedId);
  if (!selected) return null;
  const assessment = assessments.get(selected.id);
  return (
    <section className="stack" data-testid="selected-site" aria-labelledby="selected-site-heading">
      <Heading level={3} data-size="xs" id="selected-site-heading">
        {t("siteEditor.siteHeading", { name: selected.name })}
      </Heading>
      <p className="row">
        <SiteStatusTag status={selected.status} />
        <span className="muted">{t(`siteEditor.kind.${selected.geometry.type}`)}</span>
        <OthersHere siteId={selected.id} />
      </p>
      <SiteNotesForReaders site={selected} />
      <div aria-live="polite" className="stack">
        {assessment ? (
          <>
            <Paragraph>{assessment.summary[i18n.language === "en" ? "en" : "nb"]}</Paragraph>
            <ShortcutList assessment={assessment} />
            <Paragraph className="muted">{t("siteMap.routesShown")}</Paragraph>
            <SiteDetails assessment={assessment} />
          </>
        ) : null}
      </div>
      <SelectedSiteEditing site={selected} />
      <FeedbackPanel />
    </section>
  );
}

/**
 * Beside the map (a bottom sheet on phones): the page's notices, a planner's
 * tools, the sites (the non-map way to choose one), the selected site,
 * presence, each feature's panel and the way to the map data. Hidden, not
 * unmounted, when collapsed, so forms keep what was typed.
 *
 * @example
 * <SitePanel id="map-side-panel" hidden={!open}><MapPageNotices … /></SitePanel>
 */
export function SitePanel({ id, hidden, children }: { id: string; hidden: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const { projectId, planDoc, sites, selectedId, select } = useMapPage();
  return (
    <aside id={id} hidden={hidden} className="stack site-panel map-side-panel" aria-labelledby="sites-heading" data-map-overlay data-testid="map-side-panel">
      <Heading level={2} data-size="sm" id="sites-heading">
        {t("siteMap.sites")}
      </Heading>
      {children}
      <SkippedRecordsNotice doc={planDoc} domain="plan" maps={["sites", "assessmentSettings"]} />
      <SiteEditingTools />
      <SiteAddPanel />
      {sites.length === 0 ? <Paragraph className="muted">{t("siteMap.noSites")}</Paragraph> : null}
      <ul className="site-list">
        {sites.map((site) => (
          <li key={site.id} className="site-list__item">
            <Button type="button" variant="tertiary" data-size="sm" aria-pressed={site.id === selectedId} onClick={() => select(site.id)}>
              {t("siteMap.select", { name: site.name })}
            </Button>
            <SiteStatusTag status={site.status} />
            <OthersHere siteId={site.id} />
          </li>
        ))}
      </ul>
      <SelectedSitePanel />
      <MapPresenceList />
      <ReferencePointsPanel />
      <ConcernsPanel />
      <MapCommentsPanel />
      <Paragraph>
        <Link className="ds-link" to={`/projects/${projectId}/map-data`}>
          {t("siteEditor.stage.mapData")}
        </Link>
      </Paragraph>
    </aside>
  );
}
