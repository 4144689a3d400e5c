/**
 * The console's map (decision 014): the facilitator moves it and its view goes out on the plan
 * document's awareness with the current agenda item, at most 10 times a second; "Vis for alle"
 * and the start of a site item bring the spotlit site into view for the screen and the phones.
 */
import { Button, Heading, Paragraph, Spinner } from "@digdir/designsystemet-react";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Site } from "../sites/site-document";
import type { SharedDocument } from "../sync/use-shared-document";
import type { WorkshopView } from "../workshops/workshop-types";
import type { MapViewValue } from "./workshop-map.client";
import { currentItem } from "./workshop-page-data";
import { useAnnounceWorkshopPresence, viewKey } from "./workshop-presence";

const WorkshopMap = lazy(() => import("./workshop-map.client"));

/**
 * @example
 * <ConsoleMap workshop={workshop} shared={plan.shared} sites={plan.sites} announce={isFacilitator} />
 */
export function ConsoleMap({ workshop, shared, sites, announce }: { workshop: WorkshopView; shared: SharedDocument | null; sites: Site[]; announce: boolean }) {
  const { t } = useTranslation();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [view, setView] = useState<MapViewValue | null>(null);
  const [focus, setFocus] = useState<{ siteId: string; key: number } | null>(null);
  const item = currentItem(workshop);
  const spotlit = item?.kind === "site" ? item.subjectId : null;
  // A site item that starts brings its site into view, for everyone following.
  useEffect(() => {
    if (spotlit) setFocus({ siteId: spotlit, key: Date.now() });
  }, [item?.id, spotlit]);
  const running = workshop.status === "running";
  const presence = useMemo(
    () => (announce && running ? { workshopId: workshop.id, view, itemId: workshop.currentItemId } : null),
    [announce, running, workshop.id, view, workshop.currentItemId],
  );
  useAnnounceWorkshopPresence(announce ? shared?.awareness : undefined, presence);
  const spotlitSite = sites.find((site) => site.id === spotlit);
  return (
    <section className="stack" aria-labelledby="console-map-heading" data-testid="console-map" data-view={viewKey(view)}>
      <Heading level={3} data-size="xs" id="console-map-heading">
        {t("workshopUi.console.mapHeading")}
      </Heading>
      {spotlitSite ? (
        <div className="row">
          <Button type="button" variant="secondary" onClick={() => setFocus({ siteId: spotlitSite.id, key: Date.now() })}>
            {t("workshopUi.console.showAll")}: {spotlitSite.name}
          </Button>
        </div>
      ) : null}
      {hydrated ? (
        <Suspense
          fallback={
            <Paragraph>
              <Spinner aria-hidden data-size="sm" /> {t("siteMap.loadingMap")}
            </Paragraph>
          }
        >
          <WorkshopMap sites={sites} spotlitSiteId={spotlit} focus={focus} onViewChange={setView} label={t("workshopUi.console.mapHeading")} />
        </Suspense>
      ) : null}
    </section>
  );
}
