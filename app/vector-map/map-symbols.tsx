/**
 * The vector map's SVG symbols: fill patterns, point markers and the north arrow. Plain SVG
 * elements, so they render the same on the server (the memo's PDF) and in the browser.
 */
import type { ReactElement } from "react";
import type { AreaPattern, MarkerShape } from "./feature-styles";

/** The id of a pattern for one map (two maps on a page must not share ids). */
export function patternId(mapId: string, pattern: AreaPattern, colour: string): string {
  return `${mapId}-${pattern}-${colour.replace("#", "")}`;
}

/** One `<pattern>` that tiles an area with lines or dots in the kind's colour. */
export function AreaPatternDefinition({ id, pattern, colour }: { id: string; pattern: AreaPattern; colour: string }): ReactElement | null {
  if (pattern === "none") return null;
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={colour} fillOpacity={0.08} />
      {pattern === "hatch" || pattern === "crosshatch" ? <path d="M-2 10L10 -2M-2 2L2 -2M6 10L10 6" stroke={colour} strokeWidth={1.2} /> : null}
      {pattern === "crosshatch" ? <path d="M-2 -2L10 10M6 -2L10 2M-2 6L2 10" stroke={colour} strokeWidth={1.2} /> : null}
      {pattern === "dots" ? <circle cx={4} cy={4} r={1.4} fill={colour} /> : null}
      {pattern === "horizontal" ? <path d="M0 2H8M0 6H8" stroke={colour} strokeWidth={1} /> : null}
    </pattern>
  );
}

function starPoints(x: number, y: number, radius: number): string {
  const points: string[] = [];
  for (let index = 0; index < 10; index += 1) {
    const angle = (Math.PI / 5) * index - Math.PI / 2;
    const length = index % 2 === 0 ? radius : radius * 0.45;
    points.push(`${(x + Math.cos(angle) * length).toFixed(1)},${(y + Math.sin(angle) * length).toFixed(1)}`);
  }
  return points.join(" ");
}

/** A point marker: white outline under the shape so it reads on any background. */
export function Marker({ x, y, shape, radius, colour, highlighted = false }: { x: number; y: number; shape: MarkerShape; radius: number; colour: string; highlighted?: boolean }): ReactElement {
  const r = highlighted ? radius * 1.4 : radius;
  const common = { stroke: "#ffffff", strokeWidth: 1.5, paintOrder: "stroke" as const };
  switch (shape) {
    case "star":
      return <polygon points={starPoints(x, y, r * 1.3)} fill={colour} {...common} />;
    case "circle":
      return <circle cx={x} cy={y} r={r} fill={colour} {...common} />;
    case "ring":
      return <circle cx={x} cy={y} r={r} fill="#ffffff" stroke={colour} strokeWidth={3} strokeDasharray="4 2" />;
    case "cross":
      return (
        <g stroke={colour} strokeWidth={3} strokeLinecap="round">
          <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x - r} ${y + r}L${x + r} ${y - r}`} />
        </g>
      );
    case "triangle":
      return <polygon points={`${x},${y - r * 1.15} ${x + r},${y + r * 0.75} ${x - r},${y + r * 0.75}`} fill={colour} {...common} />;
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={colour} {...common} />;
    case "diamond":
      return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.2},${y} ${x},${y + r * 1.2} ${x - r * 1.2},${y}`} fill={colour} {...common} />;
    case "house":
      return <polygon points={`${x},${y - r * 1.2} ${x + r},${y - r * 0.2} ${x + r},${y + r} ${x - r},${y + r} ${x - r},${y - r * 0.2}`} fill={colour} {...common} />;
    case "dot":
      return <circle cx={x} cy={y} r={r} fill={colour} {...common} />;
  }
}

/** A north arrow with an "N" above it, top-right of the map. */
export function NorthArrow({ x, y, letter }: { x: number; y: number; letter: string }): ReactElement {
  return (
    <g aria-hidden="true">
      <rect x={x - 13} y={y - 4} width={26} height={44} rx={3} fill="#ffffff" fillOpacity={0.85} />
      <text x={x} y={y + 10} textAnchor="middle" fontSize={12} fontWeight={700} fill="#1a1a1a">
        {letter}
      </text>
      <polygon points={`${x},${y + 14} ${x + 7},${y + 36} ${x},${y + 30} ${x - 7},${y + 36}`} fill="#1a1a1a" />
    </g>
  );
}
