/**
 * A small sketch of a site's neighbourhood (decision 013): the site, the notice radius as a
 * circle, and the buildings and address points around it, filled when inside. SVG drawn by React
 * from numbers the server computed (no map library), with a text alternative: the table beside it.
 */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RadiusResult } from "./notice-radius";

export function NeighbourhoodSketch({ result }: { result: RadiusResult }) {
  const { t } = useTranslation();
  const id = useId();
  const reach = result.radiusMetres * 1.6;
  const dot = Math.max(1.5, reach / 70);
  const flip = ([x, y]: [number, number]): [number, number] => [x, -y];
  const outline = result.sketch.outline?.map(flip).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  return (
    <figure className="neighbours-sketch">
      <svg viewBox={`${-reach} ${-reach} ${reach * 2} ${reach * 2}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`}>
        <title id={`${id}-title`}>{t("neighbours.addresses.neighbourhood.sketch")}</title>
        <desc id={`${id}-description`}>{t("neighbours.addresses.neighbourhood.sketchDescription")}</desc>
        <rect x={-reach} y={-reach} width={reach * 2} height={reach * 2} className="neighbours-sketch__ground" />
        <circle cx={0} cy={0} r={result.radiusMetres} className="neighbours-sketch__radius" />
        {outline ? <polygon points={outline} className="neighbours-sketch__site" /> : <circle cx={0} cy={0} r={dot * 1.6} className="neighbours-sketch__site" />}
        {result.sketch.points.map((point, index) => {
          const [x, y] = flip(point.at);
          return point.kind === "building" ? (
            <rect key={index} x={x - dot} y={y - dot} width={dot * 2} height={dot * 2} className={point.inside ? "neighbours-sketch__inside" : "neighbours-sketch__outside"} />
          ) : (
            <circle key={index} cx={x} cy={y} r={dot} className={point.inside ? "neighbours-sketch__inside" : "neighbours-sketch__outside"} />
          );
        })}
      </svg>
      <figcaption className="muted">{t("neighbours.addresses.neighbourhood.sketchDescription")}</figcaption>
    </figure>
  );
}
