/**
 * The vector map (decision 014): the project's own data drawn as SVG in Web Mercator, no tiles,
 * no Leaflet. It renders on the server (the memo's print page and PDF) and in the browser (the
 * workshop's phone view), so it keeps to React, plain SVG and the pure geometry beside it.
 */
import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent, type ReactElement } from "react";
import type { Geometry } from "geojson";
import { useTranslation } from "react-i18next";
import { kindStyles, vectorFeatureKinds, type VectorFeatureKind } from "./feature-styles";
import { boundsOfGeometries, fitBounds } from "./fit-bounds";
import { AreaPatternDefinition, Marker, NorthArrow, patternId } from "./map-symbols";
import { estimateTextWidth, placeLabels, type Box, type LabelCandidate } from "./place-labels";
import { scaleBarFor } from "./scale-bar";
import { geometryMarkers, geometryPath, labelAnchorOf, pixelBoxOf } from "./svg-paths";
import { metresPerPixel, toLatLon, toScreen, viewportFromView, type MapView } from "./viewport";

export type { VectorFeatureKind } from "./feature-styles";
export type { MapView } from "./viewport";

/** One thing on the map: a site, an area, a destination or a route, as GeoJSON with an optional label. */
export interface VectorFeature {
  id: string;
  kind: VectorFeatureKind;
  geometry: Geometry;
  /** Text beside the feature (plain text, never HTML). */
  label?: string;
  /** Label placement priority, higher first; by default the kind's (chosen site, sites, … routes). */
  priority?: number;
}

export interface VectorMapProps {
  /** The picture's size in pixels (the SVG scales down to its container's width). */
  width: number;
  height: number;
  /** The map's accessible name, shown to screen readers as the SVG's `<title>`. */
  title: string;
  /** What the map shows in words (the SVG's `<desc>`). */
  description: string;
  features: readonly VectorFeature[];
  /** What to show, with Leaflet's zoom semantics; without it the map fits all features. */
  view?: MapView;
  /** A feature drawn stronger and labelled first. */
  highlightId?: string | null;
  /** Makes the map a pointer: a click, or Enter at the keyboard cursor, gives the place. */
  onPick?: (lat: number, lon: number) => void;
  /** The attribution line; by default OpenStreetMap's, null for none (data not from OSM). */
  attribution?: string | null;
  /** Whether a legend of the kinds shown is drawn below the map (default true). */
  legend?: boolean;
  /** Label size in pixels (default 13; the shared screen wants more). */
  labelSize?: number;
}

const fontFamily = "Inter, Arial, Helvetica, sans-serif";
const textColour = "#1a1a1a";
const areaKinds = (geometry: Geometry) => geometry.type.includes("Polygon") || (geometry.type === "GeometryCollection" && geometry.geometries.some(areaKinds));

interface LegendItem {
  kind: VectorFeatureKind;
  x: number;
  y: number;
  text: string;
}

/** Legend entries laid out in rows across the width; returns the items and the rows' height. */
function layoutLegend(kinds: readonly VectorFeatureKind[], texts: (kind: VectorFeatureKind) => string, width: number, fontSize: number): { items: LegendItem[]; height: number } {
  const rowHeight = fontSize + 8;
  const items: LegendItem[] = [];
  let x = 8;
  let y = 4;
  for (const kind of kinds) {
    const text = texts(kind);
    const itemWidth = 26 + estimateTextWidth(text, fontSize) + 16;
    if (x + itemWidth > width && x > 8) {
      x = 8;
      y += rowHeight;
    }
    items.push({ kind, x, y, text });
    x += itemWidth;
  }
  return { items, height: items.length > 0 ? y + rowHeight : 0 };
}

/**
 * The project's data as an SVG map with labels, a scale bar, a north arrow, a legend and an attribution.
 * @example
 * <VectorMap
 *   width={640}
 *   height={420}
 *   title="Tomtene i prosjektet"
 *   description="Tomt A og Tomt B med dagligvare og bussholdeplass i nærheten"
 *   features={[
 *     { id: "a", kind: "chosenSite", label: "Tomt A", geometry: { type: "Point", coordinates: [10.75, 59.91] } },
 *     { id: "bus", kind: "busStop", label: "Jernbanetorget", geometry: { type: "Point", coordinates: [10.752, 59.912] } },
 *   ]}
 * />
 */
export function VectorMap({ width, height, title, description, features, view, highlightId = null, onPick, attribution, legend = true, labelSize = 13 }: VectorMapProps): ReactElement {
  const { t } = useTranslation();
  const mapId = `vm${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const titleId = `${mapId}-title`;
  const descriptionId = `${mapId}-description`;
  const attributionText = attribution === undefined ? t("vectorMap.osmAttribution") : attribution;

  const presentKinds = vectorFeatureKinds.filter((kind) => features.some((feature) => feature.kind === kind));
  const legendFontSize = Math.max(11, labelSize - 2);
  const legendLayout = legend ? layoutLegend(presentKinds, (kind) => t(`vectorMap.kinds.${kind}`), width, legendFontSize) : { items: [], height: 0 };
  const attributionHeight = attributionText ? legendFontSize + 6 : 0;
  const stripHeight = legendLayout.height + attributionHeight;
  const mapHeight = Math.max(40, height - stripHeight);

  const viewport = useMemo(() => {
    const bounds = boundsOfGeometries(features.map((feature) => feature.geometry));
    const chosen = view ?? (bounds ? fitBounds({ bounds, width, height: mapHeight, padding: Math.min(48, width / 8) }) : { lat: 64.5, lon: 12, zoom: 3 });
    return viewportFromView(chosen, { width, height: mapHeight });
  }, [features, view, width, mapHeight]);
  const project = (lon: number, lat: number) => toScreen(viewport, lon, lat);

  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const scaleBar = scaleBarFor(metresPerPixel(viewport), Math.min(140, width / 4));
  const scaleBarBox: Box = { x: 4, y: mapHeight - 34, width: scaleBar.pixels + 16, height: 30 };
  const northArrowBox: Box = { x: width - 36, y: 4, width: 32, height: 48 };

  const ordered = [...features].sort((a, b) => Number(a.id === highlightId) - Number(b.id === highlightId) || Number(areaKinds(b.geometry)) - Number(areaKinds(a.geometry)));
  const candidates: LabelCandidate[] = features.flatMap((feature) => {
    const anchor = feature.label ? labelAnchorOf(feature.geometry) : null;
    if (!anchor || !feature.label) return [];
    const style = kindStyles[feature.kind];
    const isPoint = feature.geometry.type === "Point" || feature.geometry.type === "MultiPoint";
    const fontSize = style.boldLabel ? labelSize : labelSize - 1;
    // An area is labelled beside its box (or in its middle when there is no room beside it).
    const box = areaKinds(feature.geometry) ? pixelBoxOf(feature.geometry, project) : null;
    return [
      {
        id: feature.id,
        text: feature.label,
        anchor: box ? [box.x + box.width / 2, box.y + box.height / 2] : project(anchor[0], anchor[1]),
        extent: box ? { halfWidth: box.width / 2, halfHeight: box.height / 2 } : undefined,
        width: estimateTextWidth(feature.label, fontSize) * (style.boldLabel ? 1.08 : 1) + 2,
        height: fontSize + 4,
        priority: (feature.priority ?? style.labelPriority) + (feature.id === highlightId ? 1000 : 0),
        offset: isPoint ? style.markerRadius + 4 : 4,
      },
    ];
  });
  const labels = placeLabels({ candidates, frame: { width, height: mapHeight }, obstacles: [scaleBarBox, northArrowBox] });
  const featureById = new Map(features.map((feature) => [feature.id, feature]));

  const pickAt = (x: number, y: number) => {
    const place = toLatLon(viewport, x, y);
    onPick?.(place.lat, place.lon);
  };
  const handleClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) * width) / box.width;
    const y = ((event.clientY - box.top) * height) / box.height;
    if (y <= mapHeight) pickAt(x, y);
  };
  const handleKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const [x, y] = cursor ?? [width / 2, mapHeight / 2];
    const step = event.shiftKey ? 40 : 10;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (event.key in moves) {
      event.preventDefault();
      const [dx, dy] = moves[event.key];
      setCursor([Math.max(0, Math.min(width, x + dx)), Math.max(0, Math.min(mapHeight, y + dy))]);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      pickAt(x, y);
    }
  };

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxWidth: "100%", height: "auto", display: "block", cursor: onPick ? "crosshair" : undefined }}
      fontFamily={fontFamily}
      tabIndex={onPick ? 0 : undefined}
      onClick={onPick ? handleClick : undefined}
      onKeyDown={onPick ? handleKey : undefined}
      onFocus={onPick ? () => setCursor((current) => current ?? [width / 2, mapHeight / 2]) : undefined}
      onBlur={onPick ? () => setCursor(null) : undefined}
    >
      <title id={titleId}>{title}</title>
      <desc id={descriptionId}>{onPick ? `${description} ${t("vectorMap.pickHelp")}` : description}</desc>
      <defs>
        <clipPath id={`${mapId}-clip`}>
          <rect width={width} height={mapHeight} />
        </clipPath>
        {presentKinds.map((kind) => {
          const style = kindStyles[kind];
          return <AreaPatternDefinition key={kind} id={patternId(mapId, style.pattern, style.colour)} pattern={style.pattern} colour={style.colour} />;
        })}
      </defs>
      <rect width={width} height={height} fill="#ffffff" />
      <rect width={width} height={mapHeight} fill="#f4f3ee" stroke="#8c8c8c" strokeWidth={1} />
      <g clipPath={`url(#${mapId}-clip)`}>
        {ordered.map((feature) => {
          const style = kindStyles[feature.kind];
          const highlighted = feature.id === highlightId;
          const path = geometryPath(feature.geometry, project);
          const area = areaKinds(feature.geometry);
          const fill = area && style.pattern !== "none" ? `url(#${patternId(mapId, style.pattern, style.colour)})` : area ? style.colour : "none";
          return (
            <g key={feature.id}>
              {path && highlighted ? <path d={path} fill="none" stroke={textColour} strokeWidth={style.strokeWidth + 4} strokeLinejoin="round" /> : null}
              {path ? (
                <path d={path} fill={fill} fillOpacity={area && style.pattern === "none" ? 0.2 : 1} stroke={style.colour} strokeWidth={style.strokeWidth} strokeDasharray={style.dash} strokeLinejoin="round" strokeLinecap="round" />
              ) : null}
              {geometryMarkers(feature.geometry, project).map(([x, y], index) => (
                <Marker key={index} x={x} y={y} shape={style.marker} radius={style.markerRadius} colour={style.colour} highlighted={highlighted} />
              ))}
            </g>
          );
        })}
        {labels.map((label) => {
          const feature = featureById.get(label.id);
          const bold = feature ? kindStyles[feature.kind].boldLabel : false;
          // A light box behind the text, not a stroked halo: a PDF would hold stroked text twice.
          return (
            <g key={label.id}>
              <rect x={label.x - 2} y={label.y} width={label.width + 4} height={label.height} rx={2} fill="#ffffff" fillOpacity={0.8} />
              <text x={label.textX} y={label.textY} fontSize={bold ? labelSize : labelSize - 1} fontWeight={bold ? 700 : 400} fill={textColour} data-label="">
                {label.text}
              </text>
            </g>
          );
        })}
        {features.length === 0 ? (
          <text x={width / 2} y={mapHeight / 2} textAnchor="middle" fontSize={labelSize} fill={textColour}>
            {t("vectorMap.nothingToShow")}
          </text>
        ) : null}
        {cursor ? (
          <g stroke={textColour} strokeWidth={2} aria-hidden="true">
            <circle cx={cursor[0]} cy={cursor[1]} r={10} fill="none" />
            <path d={`M${cursor[0] - 16} ${cursor[1]}H${cursor[0] + 16}M${cursor[0]} ${cursor[1] - 16}V${cursor[1] + 16}`} />
          </g>
        ) : null}
      </g>
      <g aria-hidden="true">
        <rect x={scaleBarBox.x} y={scaleBarBox.y} width={scaleBarBox.width} height={scaleBarBox.height} rx={3} fill="#ffffff" fillOpacity={0.85} />
        <path d={`M${12} ${mapHeight - 12}v-6h${scaleBar.pixels}v6M${12} ${mapHeight - 12}h${scaleBar.pixels}`} fill="none" stroke={textColour} strokeWidth={2} />
        <text x={12} y={mapHeight - 22} fontSize={11} fill={textColour}>
          {scaleBar.text}
        </text>
      </g>
      <NorthArrow x={width - 20} y={8} letter={t("vectorMap.north")} />
      {legendLayout.items.map((item) => (
        <LegendEntry key={item.kind} item={item} top={mapHeight + 2} fontSize={legendFontSize} mapId={mapId} asArea={features.some((feature) => feature.kind === item.kind && areaKinds(feature.geometry))} />
      ))}
      {attributionText ? (
        <text x={width - 4} y={height - 5} textAnchor="end" fontSize={legendFontSize - 1} fill="#4d4d4d">
          {attributionText}
        </text>
      ) : null}
    </svg>
  );
}

/** A legend line: the kind's pattern where it is drawn as an area, else its marker (or a line for routes). */
function LegendEntry({ item, top, fontSize, mapId, asArea }: { item: LegendItem; top: number; fontSize: number; mapId: string; asArea: boolean }): ReactElement {
  const style = kindStyles[item.kind];
  const y = top + item.y;
  const centreY = y + fontSize / 2 + 2;
  const swatch =
    item.kind === "route" ? (
      <path d={`M${item.x} ${centreY}h20`} stroke={style.colour} strokeWidth={style.strokeWidth} strokeDasharray={style.dash} />
    ) : asArea && style.pattern !== "none" ? (
      <rect x={item.x} y={centreY - 6} width={20} height={12} fill={`url(#${patternId(mapId, style.pattern, style.colour)})`} stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
    ) : (
      <Marker x={item.x + 10} y={centreY} shape={style.marker} radius={Math.min(6, style.markerRadius)} colour={style.colour} />
    );
  return (
    <g>
      {swatch}
      <text x={item.x + 26} y={centreY + fontSize * 0.35} fontSize={fontSize} fill={textColour}>
        {item.text}
      </text>
    </g>
  );
}
