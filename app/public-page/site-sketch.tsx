/**
 * The chosen site drawn from its geometry as a small inline SVG (decision 013): no map tiles, no
 * script, a few hundred bytes, so the public page stays fast on a phone. An area is its outline
 * (north up, true proportions); a point is a marker. The name is text beside it, not in the drawing.
 */
import type { Point, Polygon, Position } from "geojson";
import { useTranslation } from "react-i18next";

const width = 240;
const height = 160;
const padding = 16;
/** Room above the drawing for the north arrow. */
const top = 30;

/** Positions as metres east and north of the first one (small areas: a flat projection is exact enough). */
function toMetres(positions: readonly Position[]): Array<[number, number]> {
  const [lon0, lat0] = positions[0];
  const east = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  return positions.map(([lon, lat]) => [(lon - lon0) * east, (lat - lat0) * 110_540]);
}

/** The outline's rings scaled into the drawing, as one SVG path. */
export function outlinePath(polygon: Polygon): string {
  const all = toMetres(polygon.coordinates.flat());
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * padding) / Math.max(maxX - minX, 1), (height - top - padding) / Math.max(maxY - minY, 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = padding + (height - top - padding - (maxY - minY) * scale) / 2;
  let index = 0;
  return polygon.coordinates
    .map((ring) => {
      const points = all.slice(index, index + ring.length);
      index += ring.length;
      return `M${points.map(([x, y]) => `${((x - minX) * scale + offsetX).toFixed(1)},${(height - ((y - minY) * scale + offsetY)).toFixed(1)}`).join("L")}Z`;
    })
    .join("");
}

/** A point to show the place at on a map: the point itself, or the middle of the area's outer ring. */
export function centreOf(geometry: Point | Polygon): [number, number] {
  if (geometry.type === "Point") return [geometry.coordinates[0], geometry.coordinates[1]];
  const ring = geometry.coordinates[0].slice(0, -1);
  const sum = ring.reduce((total, [lon, lat]) => [total[0] + lon, total[1] + lat], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

export function SiteSketch({ name, geometry }: { name: string; geometry: Point | Polygon }) {
  const { t } = useTranslation();
  const label = geometry.type === "Polygon" ? t("publicPage.view.siteOutline", { name }) : t("publicPage.view.sitePoint", { name });
  return (
    <svg className="site-sketch" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <rect x="0.5" y="0.5" width={width - 1} height={height - 1} rx="6" className="site-sketch__frame" />
      {geometry.type === "Polygon" ? (
        <path d={outlinePath(geometry)} className="site-sketch__area" fillRule="evenodd" />
      ) : (
        <g transform={`translate(${width / 2} ${height / 2})`} className="site-sketch__pin">
          <path d="M0 18 C-4 8 -12 2 -12 -6 A12 12 0 1 1 12 -6 C12 2 4 8 0 18Z" />
          <circle r="4.5" cy="-6" className="site-sketch__dot" />
        </g>
      )}
      <text x={width - 10} y="20" textAnchor="end" className="site-sketch__north" aria-hidden="true">
        {t("publicPage.view.northUp")}
      </text>
    </svg>
  );
}
