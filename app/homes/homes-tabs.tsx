/**
 * The sub-navigation of the planners' homes pages: the homes, the catalogue and the residents'
 * choices. Members who may not manage homes reach only the catalogue, so they see no tabs.
 *
 * @example
 * <HomesTabs projectId={project.id} />
 */
import { NavLink, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as projectLoader } from "../routes/projects.$projectId";
import "./homes.css";

export function HomesTabs({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const project = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  if (!project?.may.manageHomes) return null;
  const tabs = [
    { to: `/projects/${projectId}/homes`, label: t("homes.tabs.homes") },
    { to: `/projects/${projectId}/catalogue`, label: t("homes.tabs.catalogue") },
    { to: `/projects/${projectId}/choices`, label: t("homes.tabs.choices") },
  ];
  return (
    <nav aria-label={t("homes.tabs.label")} className="homes-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} className="homes-tabs__link" prefetch="intent">
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
