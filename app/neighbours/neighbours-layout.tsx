/**
 * The frame of the neighbour pages (decision 013): the heading, the pages of the section (the
 * information plan for everyone who reads it; addresses, letters, the notice and the log for
 * planners), and the live reload of whichever page is open.
 */
import { Paragraph } from "@digdir/designsystemet-react";
import { NavLink, Outlet } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLiveRevalidation } from "../live/use-live-revalidation";
import "./neighbours.css";

export function NeighboursLayout({ projectId, mayReadNeighbours }: { projectId: string; mayReadNeighbours: boolean }) {
  const { t } = useTranslation();
  useLiveRevalidation(`/projects/${projectId}/neighbours/events`);
  const base = `/projects/${projectId}/neighbours`;
  return (
    <div className="stack neighbours">
      <div className="stack neighbours__head">
        <h2 className="ds-heading" data-size="md">
          {t("neighbours.title")}
        </h2>
        <Paragraph>{t("neighbours.intro")}</Paragraph>
        {mayReadNeighbours ? (
          <nav aria-label={t("neighbours.nav.label")}>
            <ul className="neighbours-nav">
              <li>
                <NavLink end to={base} className="ds-link">
                  {t("neighbours.nav.infoPlan")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`${base}/addresses`} className="ds-link">
                  {t("neighbours.nav.addresses")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`${base}/letters`} className="ds-link">
                  {t("neighbours.nav.letters")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`${base}/notice`} className="ds-link">
                  {t("neighbours.nav.notice")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`${base}/log`} className="ds-link">
                  {t("neighbours.nav.log")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`/projects/${projectId}/inquiries`} className="ds-link">
                  {t("inquiries.title")}
                </NavLink>
              </li>
              <li>
                <NavLink to={`/projects/${projectId}/public-page`} className="ds-link">
                  {t("publicPage.title")}
                </NavLink>
              </li>
            </ul>
          </nav>
        ) : (
          <Paragraph className="muted">{t("neighbours.agencyHelp")}</Paragraph>
        )}
      </div>
      <Outlet />
    </div>
  );
}
