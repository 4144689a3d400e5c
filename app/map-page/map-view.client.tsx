/**
 * The map of the project map page (client-only: Leaflet needs `window`),
 * loaded with React.lazy from map-page.tsx, so neither the server nor the
 * other pages carry Leaflet. Each feature draws itself as a layer that reads
 * the page's context; this file only puts them in order. Tiles need internet;
 * without them the data layers still draw on the plain background.
 */
import "leaflet/dist/leaflet.css";
import type L from "leaflet";
import { useTranslation } from "react-i18next";
import { LayersControl, MapContainer, TileLayer } from "react-leaflet";
import { ReachMapLayer } from "../compare/reach-map-layer.client";
import { ConcernsMapLayer } from "../concerns/concerns-map-layer.client";
import { FeedbackMapLayer } from "../feedback/feedback-map-layer.client";
import { MapPresenceLayer } from "../map-presence/map-presence-layer.client";
import { ReferencePointsMapLayer } from "../reference-points/reference-points-map-layer.client";
import { baseMaps } from "../sites/base-maps";
import { SiteLabels } from "../sites/site-labels.client";
import { SitesMapLayer } from "../sites/sites-map-layer.client";
import { FitOnce, FocusSite, FollowContainerSize } from "./map-camera.client";
import { MapClicks } from "./map-clicks.client";
import { SelectedRoutesLayer } from "./selected-routes-layer.client";
import { ShapesOutOfTabOrder } from "./shapes-out-of-tab-order.client";

/** Norway, until there is data to fit the map to. */
const overview: L.LatLngExpression = [64.5, 12];

export default function MapView() {
  const { t } = useTranslation();
  return (
    <section className="site-map-frame" data-testid="site-map" aria-label={t("siteMap.title")}>
      {/* Zoom in quarter steps, so the data fills the stage on every screen, not only the next whole zoom down. */}
      <MapContainer center={overview} zoom={4} zoomSnap={0.25} className="site-map">
        {/* First, so it sees every shape the layers below add. */}
        <ShapesOutOfTabOrder />
        <LayersControl position="topright">
          {baseMaps.map((baseMap, index) => (
            <LayersControl.BaseLayer key={baseMap.id} name={t(`siteMap.${baseMap.id}`)} checked={index === 0}>
              <TileLayer url={baseMap.url} attribution={baseMap.attribution} maxZoom={19} />
            </LayersControl.BaseLayer>
          ))}
        </LayersControl>
        <ReachMapLayer />
        <ConcernsMapLayer />
        <ReferencePointsMapLayer />
        <SelectedRoutesLayer />
        <SitesMapLayer />
        <SiteLabels />
        <FeedbackMapLayer />
        <MapPresenceLayer />
        <FollowContainerSize />
        <FitOnce />
        <FocusSite />
        <MapClicks />
      </MapContainer>
    </section>
  );
}
