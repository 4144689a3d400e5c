/**
 * The map page as a map tool (decision 014): one slim bar (the views "Kart" and
 * "Sammenligning" as tabs, the connection, the panel's button), then the map
 * filling the rest of the window with the side panel beside it, which
 * collapses; on phones the panel is a bottom sheet over the map's lower part,
 * scrolled with the page. The comparison has its own tab.
 */
import { Button, Spinner, Tabs } from "@digdir/designsystemet-react";
import { lazy, Suspense, useEffect, useRef, useState, type ComponentRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SitePanel } from "./site-panel";

const MapView = lazy(() => import("./map-view.client"));

export type StageView = "map" | "compare";

/** The side panel's id, for the button that shows and hides it. */
const panelId = "map-side-panel";

/**
 * Measures where the map starts on the page into the stage's `--map-top`, so a
 * phone's map fills exactly the first screen below the headers, however they wrap.
 */
function useMapTop() {
  const stage = useRef<ComponentRef<typeof Tabs>>(null);
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => {
      const body = element.querySelector(".map-stage__body");
      if (!body || body.getBoundingClientRect().height === 0) return;
      element.style.setProperty("--map-top", `${Math.round(body.getBoundingClientRect().top + window.scrollY)}px`);
    };
    measure();
    // What is above the map can change height (fonts arriving, a line wrapping, the connection's words).
    const observer = new ResizeObserver(measure);
    for (const above of [document.querySelector(".site-header"), ...(element.parentElement?.children ?? [])]) if (above && above !== element) observer.observe(above);
    // And the map's own tab, which has no size until the tabs have shown it.
    for (const part of element.querySelectorAll(".map-stage__bar, .map-stage__body")) observer.observe(part);
    window.addEventListener("resize", measure);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, []);
  return stage;
}

/**
 * The stage: `status` goes in the bar, `notices` at the top of the side panel,
 * `comparison` in its own tab (kept mounted, so its sorting survives a visit to the map).
 *
 * @example
 * <MapStage status={<ConnectionStatus shared={shared} />} notices={…} comparison={<CompareSites busy={busy} />} />
 */
export function MapStage({ status, notices, comparison }: { status: ReactNode; notices: ReactNode; comparison: ReactNode }) {
  const { t } = useTranslation();
  const [view, setView] = useState<StageView>("map");
  const [panelOpen, setPanelOpen] = useState(true);
  const stage = useMapTop();
  return (
    <Tabs ref={stage} value={view} onChange={(value) => setView(value === "compare" ? "compare" : "map")} className="map-stage">
      <div className="map-stage__bar">
        <Tabs.List aria-label={t("siteEditor.stage.views")} className="map-stage__tabs">
          <Tabs.Tab value="map">{t("siteEditor.stage.map")}</Tabs.Tab>
          <Tabs.Tab value="compare">{t("siteEditor.stage.compare")}</Tabs.Tab>
        </Tabs.List>
        {status}
        {view === "map" ? (
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            className="map-stage__panel-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            onClick={() => setPanelOpen((open) => !open)}
          >
            {panelOpen ? t("siteEditor.stage.hidePanel") : t("siteEditor.stage.showPanel")}
          </Button>
        ) : null}
      </div>
      <Tabs.Panel value="map" className={panelOpen ? "map-stage__body" : "map-stage__body map-stage__body--collapsed"}>
        <h2 className="visually-hidden">{t("siteMap.title")}</h2>
        <div className="map-stage__map">
          <Suspense
            fallback={
              <div className="site-map site-map--loading">
                <Spinner aria-hidden data-size="sm" /> {t("siteMap.loadingMap")}
              </div>
            }
          >
            <MapView />
          </Suspense>
        </div>
        <SitePanel id={panelId} hidden={!panelOpen}>
          {notices}
        </SitePanel>
      </Tabs.Panel>
      <Tabs.Panel value="compare" className="map-stage__compare">
        {comparison}
      </Tabs.Panel>
    </Tabs>
  );
}
