import { Paragraph, Spinner } from "@digdir/designsystemet-react";
import { useRouteLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProjectMapPage } from "../map-page/map-page";
import type { loader as projectLoader, StageHandle } from "./projects.$projectId";

/** The map is the page's stage: the project's header shrinks to one line and the map gets the rest of the window (decision 014). */
export const handle: StageHandle = { stage: true };

/**
 * The project map: every member sees the sites and their assessment; planners
 * add and move sites. The page is live and Leaflet needs `window`, so it
 * renders only after hydration (the server sends a loading line).
 */
export default function ProjectMap() {
  const { t } = useTranslation();
  const data = useRouteLoaderData<typeof projectLoader>("routes/projects.$projectId");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!data) return null;
  if (!hydrated) {
    return (
      <Paragraph className="map-stage__loading">
        <Spinner aria-hidden data-size="sm" /> {t("siteMap.loadingMap")}
      </Paragraph>
    );
  }
  return (
    <ProjectMapPage
      projectId={data.project.id}
      self={{ id: data.user.id, name: data.user.name, role: data.role }}
      mayEditPlan={data.may.editPlan}
    />
  );
}
