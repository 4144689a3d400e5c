/**
 * Inside the Leaflet map (client-only): the reference data as styled layers
 * (walking network, barriers by kind, each destination kind with its own
 * marker and name tooltip, existing supported housing with its homes), the
 * selected site's reachable network within 5, 10 and 15 minutes, a legend
 * for it, and a panel with the legend and show/hide toggles for every layer.
 */
import type { MultiLineString } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Marker, Pane, Polyline, Tooltip, useMap } from "react-leaflet";
import type { BarrierKind } from "../geo/types";
import { textIcon } from "../map-page/map-text.client";
import { useMapPage } from "../map-page/map-page-context";
import { useMapLayerVisibility } from "./map-layer-visibility";
import { mapLayerIds, referenceLayers, type LatLng, type MapLayerId, type ReferencePoint } from "./reference-layers";
import "./map-layers.css";

const walkingStyle: L.PathOptions = { color: "#6b7785", weight: 1.5, opacity: 0.9, interactive: false };

/** Barrier kinds differ in colour, width and dash, so they are told apart without colour too. */
export const barrierStyles: Record<BarrierKind, L.PathOptions> = {
  railway: { color: "#1f1f1f", weight: 4, dashArray: "10 6" },
  motorway: { color: "#c8102e", weight: 6 },
  trunk: { color: "#d35400", weight: 5 },
  noise_barrier: { color: "#6a1b9a", weight: 4, dashArray: "2 5" },
};

/**
 * Reach bands nest (15 minutes contains 10 contains 5). The shortest time draws last and widest, so
 * each street shows the style of the shortest time it is reached in; colour, width and opacity differ.
 */
function reachStyle(minutes: number, index: number, count: number): L.PathOptions {
  const palette = [
    { color: "#5e1f8f", weight: 3.5, opacity: 0.95 },
    { color: "#e8710a", weight: 7, opacity: 0.65 },
    { color: "#f2c200", weight: 11, opacity: 0.5 },
  ];
  const style = palette[Math.min(count - 1 - index, palette.length - 1)] ?? palette[0];
  return { ...style, lineCap: "round", lineJoin: "round", interactive: false, className: `reach-network reach-network--${minutes}` };
}

const toLatLngs = (network: MultiLineString): LatLng[][] => network.coordinates.map((line) => line.map(([lon, lat]) => [lat, lon] as LatLng));

/** A Leaflet control whose content React renders (so it is keyboard-reachable and translated). */
function MapControl({ position, className, children }: { position: L.ControlPosition; className: string; children: ReactNode }) {
  const map = useMap();
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const Control = L.Control.extend({
      onAdd: () => {
        const element = L.DomUtil.create("div", `leaflet-control ${className}`);
        // Clicks and scrolling in the panel must not pan or zoom the map.
        L.DomEvent.disableClickPropagation(element);
        L.DomEvent.disableScrollPropagation(element);
        return element;
      },
    });
    const control = new Control({ position });
    control.addTo(map);
    setContainer(control.getContainer() ?? null);
    return () => {
      control.remove();
    };
  }, [map, position, className]);
  return container ? createPortal(children, container) : null;
}

function markerIcon(layer: ReferencePoint["layer"], text: string): L.DivIcon {
  // The glyph as text (a translation, a count from the reference data), never HTML.
  return textIcon({
    className: `reference-marker reference-marker--${layer}`,
    text,
    bold: true,
    iconSize: [20, 20],
    iconAnchor: [10, 10],
  });
}

/** The glyph inside a marker: letters per kind, the count of homes for supported housing. */
function useGlyph(): (layer: ReferencePoint["layer"], homes?: number) => string {
  const { t } = useTranslation();
  return (layer, homes) => (layer === "supportedHousing" ? String(homes ?? 1) : t(`compare.layers.glyph.${layer}`));
}

function ReferenceMarkers({ points, visible }: { points: ReferencePoint[]; visible: Record<MapLayerId, boolean> }) {
  const { t, i18n } = useTranslation();
  const glyph = useGlyph();
  // One icon per kind (and per homes count), made again when the language changes.
  const icons = useMemo(() => new Map<string, L.DivIcon>(), [i18n.language]);
  const iconFor = (point: ReferencePoint): L.DivIcon => {
    const text = glyph(point.layer, point.homes);
    const key = `${point.layer}:${text}`;
    let icon = icons.get(key);
    if (!icon) icons.set(key, (icon = markerIcon(point.layer, text)));
    return icon;
  };
  return (
    <>
      {points
        .filter((point) => visible[point.layer])
        .map((point, index) => {
          const name = point.name ?? t("compare.layers.unnamed");
          const label = point.layer === "supportedHousing" ? t("compare.layers.homes", { name, count: point.homes ?? 1 }) : `${t(`compare.layers.${point.layer}`)}: ${name}`;
          return (
            // Not in the tab order: the table and the side panel are the keyboard way to these figures.
            <Marker key={`${point.layer}-${index}-${point.position.join(",")}`} position={point.position} icon={iconFor(point)} keyboard={false}>
              <Tooltip direction="top" offset={[0, -8]}>
                {label}
              </Tooltip>
            </Marker>
          );
        })}
    </>
  );
}

function ReachNetwork({ bands }: { bands: { minutes: number; lines: LatLng[][] }[] }) {
  return (
    <>
      {/* Longest time first, so the nearer bands draw on top. */}
      {[...bands].reverse().map((band) => {
        const index = bands.indexOf(band);
        const style = reachStyle(band.minutes, index, bands.length);
        // className only takes effect when the path is created (react-leaflet applies pathOptions later with setStyle).
        return <Polyline key={band.minutes} positions={band.lines} pathOptions={style} className={style.className} />;
      })}
    </>
  );
}

function LineSwatch({ style }: { style: L.PathOptions }) {
  return (
    <svg className="layer-swatch" width="28" height="14" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="7"
        x2="26"
        y2="7"
        stroke={style.color}
        strokeWidth={Math.min(style.weight ?? 2, 10)}
        strokeOpacity={style.opacity ?? 1}
        strokeDasharray={style.dashArray as string | undefined}
        strokeLinecap="round"
      />
    </svg>
  );
}

function MarkerSwatch({ layer }: { layer: ReferencePoint["layer"] }) {
  const glyph = useGlyph();
  return (
    <span className={`reference-marker reference-marker--${layer} layer-swatch`} aria-hidden="true">
      <span>
        <b>{glyph(layer, 2)}</b>
      </span>
    </span>
  );
}

function LayerToggle({ id, visible, onChange, children }: { id: MapLayerId; visible: boolean; onChange(id: MapLayerId, visible: boolean): void; children: ReactNode }) {
  return (
    <label className="layer-toggle">
      <input type="checkbox" checked={visible} onChange={(event) => onChange(id, event.currentTarget.checked)} data-layer={id} />
      {children}
    </label>
  );
}

/** Legend and show/hide toggles in one panel, folded away until opened (a native disclosure: keyboard and screen readers know it). */
function LayerPanel({ reachMinutes, hasSelection }: { reachMinutes: number[]; hasSelection: boolean }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useMapLayerVisibility();
  const bandCount = reachMinutes.length;
  return (
    <details className="map-layer-panel">
      <summary>{t("compare.layers.title")}</summary>
      <fieldset>
        <legend className="visually-hidden">{t("compare.layers.title")}</legend>
        {mapLayerIds.map((id) => {
          if (id === "reach")
            return (
              <div key={id} className="layer-group">
                <LayerToggle id={id} visible={visible.reach} onChange={setVisible}>
                  {t("compare.layers.reach")}
                </LayerToggle>
                <ul className="layer-sublegend">
                  {reachMinutes.map((minutes, index) => (
                    <li key={minutes}>
                      <LineSwatch style={reachStyle(minutes, index, bandCount)} /> {t("compare.layers.reachMinutes", { minutes })}
                    </li>
                  ))}
                </ul>
                {hasSelection ? null : <p className="layer-hint">{t("compare.layers.reachNone")}</p>}
              </div>
            );
          if (id === "walking")
            return (
              <LayerToggle key={id} id={id} visible={visible.walking} onChange={setVisible}>
                <LineSwatch style={walkingStyle} /> {t("compare.layers.walking")}
              </LayerToggle>
            );
          if (id === "barriers")
            return (
              <div key={id} className="layer-group">
                <LayerToggle id={id} visible={visible.barriers} onChange={setVisible}>
                  {t("compare.layers.barrier.railway")} / {t("compare.layers.barrier.motorway")} …
                </LayerToggle>
                <ul className="layer-sublegend">
                  {(Object.keys(barrierStyles) as BarrierKind[]).map((kind) => (
                    <li key={kind}>
                      <LineSwatch style={barrierStyles[kind]} /> {t(`compare.layers.barrier.${kind}`)}
                    </li>
                  ))}
                </ul>
              </div>
            );
          return (
            <LayerToggle key={id} id={id} visible={visible[id]} onChange={setVisible}>
              <MarkerSwatch layer={id} /> {t(`compare.layers.${id}`)}
            </LayerToggle>
          );
        })}
      </fieldset>
    </details>
  );
}

/** The small always-visible legend of the reach bands for the selected site. */
function ReachLegend({ name, reachMinutes }: { name: string; reachMinutes: number[] }) {
  const { t } = useTranslation();
  return (
    <figure className="reach-legend" data-testid="reach-legend">
      <figcaption>{t("compare.layers.reachLegend", { name })}</figcaption>
      <ul>
        {reachMinutes.map((minutes, index) => (
          <li key={minutes}>
            <LineSwatch style={reachStyle(minutes, index, reachMinutes.length)} /> {t("compare.layers.reachMinutes", { minutes })}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The selected site's reachable network within each reach time, and the reference data as
 * styled layers with their legend and toggles. Rendered inside MapContainer.
 *
 * @example
 * <MapContainer><ReachMapLayer /></MapContainer>
 */
export function ReachMapLayer() {
  const { t } = useTranslation();
  const { reference, tagMapping, assessments, selectedId, sites } = useMapPage();
  const [visible] = useMapLayerVisibility();
  const layers = useMemo(() => referenceLayers(reference, tagMapping), [reference, tagMapping]);
  const assessment = selectedId ? assessments.get(selectedId) : undefined;
  const bands = useMemo(
    () =>
      Object.entries(assessment?.reachableNetwork ?? {})
        .map(([minutes, network]) => ({ minutes: Number(minutes), lines: toLatLngs(network) }))
        .sort((first, second) => first.minutes - second.minutes),
    [assessment],
  );
  const reachMinutes = bands.length > 0 ? bands.map((band) => band.minutes) : [5, 10, 15];
  const selectedName = sites.find((site) => site.id === selectedId)?.name ?? "";

  return (
    <>
      <Pane name="boplan-reference-lines" style={{ zIndex: 380 }}>
        {visible.walking && layers.walking.length > 0 ? <Polyline positions={layers.walking} pathOptions={walkingStyle} className="reference-walking" /> : null}
      </Pane>
      <Pane name="boplan-reach" style={{ zIndex: 390 }}>
        {visible.reach ? <ReachNetwork bands={bands} /> : null}
      </Pane>
      <Pane name="boplan-barriers" style={{ zIndex: 395 }}>
        {visible.barriers
          ? layers.barriers.map((barrier, index) => (
              <Polyline key={`${barrier.kind}-${index}`} positions={barrier.positions} pathOptions={barrierStyles[barrier.kind]} className={`reference-barrier reference-barrier--${barrier.kind}`}>
                <Tooltip sticky>
                  {t(`compare.layers.barrier.${barrier.kind}`)}
                  {barrier.name ? `: ${barrier.name}` : ""}
                </Tooltip>
              </Polyline>
            ))
          : null}
      </Pane>
      <Pane name="boplan-reference-markers" style={{ zIndex: 550 }}>
        <ReferenceMarkers points={layers.points} visible={visible} />
      </Pane>
      <MapControl position="topleft" className="map-layer-control">
        <LayerPanel reachMinutes={reachMinutes} hasSelection={assessment !== undefined} />
      </MapControl>
      {assessment && visible.reach ? (
        <MapControl position="bottomleft" className="reach-legend-control">
          <ReachLegend name={selectedName} reachMinutes={reachMinutes} />
        </MapControl>
      ) : null}
    </>
  );
}
