import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { everydayCategories, type EverydayCategory, type NearestResult, type SiteAssessment, type Status } from "../geo/types";
import type { Site } from "./site-document";

/** A figure's status as colour and words, so it never relies on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`assessment-status assessment-status--${status}`} data-status={status}>
      {t(`siteMap.status.${status}`)}
    </span>
  );
}

function NearestCell({ nearest }: { nearest: NearestResult | null }) {
  const { t, i18n } = useTranslation();
  if (!nearest) return <span>{t("siteMap.notReachable")}</span>;
  const minutes = nearest.walkMinutes.toLocaleString(i18n.language === "en" ? "en" : "nb", { maximumFractionDigits: 1 });
  return (
    <span title={nearest.method[i18n.language === "en" ? "en" : "nb"]}>
      {t("siteMap.figure", {
        name: nearest.name ?? t("siteMap.unnamed"),
        walk: Math.round(nearest.walkMeters),
        minutes,
        straight: Math.round(nearest.straightMeters),
      })}{" "}
      <StatusBadge status={nearest.status} />
    </span>
  );
}

/** The shortcut warnings of one site, worded as potential risks to discuss. */
export function ShortcutList({ assessment }: { assessment: SiteAssessment }) {
  const { t, i18n } = useTranslation();
  if (assessment.shortcuts.length === 0) return <span>{t("siteMap.noShortcuts")}</span>;
  return (
    <ul className="shortcut-list">
      {assessment.shortcuts.map((shortcut, index) => (
        <li key={`${shortcut.category}-${index}`}>{shortcut.message[i18n.language === "en" ? "en" : "nb"]}</li>
      ))}
    </ul>
  );
}

const categoryLabel: Record<EverydayCategory, "siteMap.grocery" | "siteMap.busStop" | "siteMap.pharmacy"> = {
  grocery: "siteMap.grocery",
  busStop: "siteMap.busStop",
  pharmacy: "siteMap.pharmacy",
};

/**
 * All sites and their assessment in one table: the accessible, non-map way to
 * read what the map shows.
 */
export function AssessmentTable({ sites, assessments, busy }: { sites: Site[]; assessments: Map<string, SiteAssessment>; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="assessment-heading" className="stack">
      <Heading level={2} data-size="sm" id="assessment-heading">
        {t("siteMap.assessmentTitle")}
      </Heading>
      <Paragraph className="muted">{t("siteMap.assessmentIntro")}</Paragraph>
      <p role="status" className="muted" aria-live="polite">
        {busy ? t("siteMap.assessing") : ""}
      </p>
      <div className="table-wrap">
        <Table data-testid="assessment-table" aria-labelledby="assessment-heading" aria-busy={busy}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("siteMap.site")}</Table.HeaderCell>
              {everydayCategories.map((category) => (
                <Table.HeaderCell scope="col" key={category}>
                  {t(categoryLabel[category])}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col">{t("siteMap.shortcuts")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("siteMap.supportedHomes")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {sites.map((site) => {
              const assessment = assessments.get(site.id);
              return (
                <Table.Row key={site.id} data-site-id={site.id}>
                  <Table.HeaderCell scope="row">{site.name}</Table.HeaderCell>
                  {everydayCategories.map((category) => (
                    <Table.Cell key={category} data-category={category}>
                      {assessment ? <NearestCell nearest={assessment.nearest[category]} /> : "–"}
                    </Table.Cell>
                  ))}
                  <Table.Cell>{assessment ? <ShortcutList assessment={assessment} /> : "–"}</Table.Cell>
                  <Table.Cell>
                    {assessment ? (
                      <>
                        {t("siteMap.homesWithin", { count: assessment.neighbourhood.supportedHomesWithin, radius: assessment.neighbourhood.radiusMeters })}{" "}
                        <StatusBadge status={assessment.neighbourhood.supportedHomesStatus} />
                      </>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
