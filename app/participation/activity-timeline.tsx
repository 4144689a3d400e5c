/**
 * The activities across the phases as a timeline (@visx): one row per phase, each activity a
 * mark on its date, dates along the bottom (formatted by app/ui/format-time.ts). A title and a
 * description name it; the table beside it lists the same activities.
 */
import { AxisBottom } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleUtc } from "@visx/scale";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { phases } from "../projects/vocabulary";
import { addDays, formatDate } from "../ui/format-time";
import type { ParticipationFiguresData } from "./participation-figures";

const width = 360;
const rowHeight = 30;
const axisHeight = 30;
const side = 14;

const dayOf = (date: string) => new Date(`${date}T12:00:00Z`);

/** The first and last activity's days, and the one between them when they are far apart. */
function tickDays(first: string | undefined, last: string | undefined): string[] {
  if (!first || !last) return [];
  if (first === last) return [first];
  const span = Math.round((dayOf(last).getTime() - dayOf(first).getTime()) / 86_400_000);
  return span > 60 ? [first, addDays(first, Math.round(span / 2)), last] : [first, last];
}

export function ActivityTimeline({ timeline }: { timeline: ParticipationFiguresData["timeline"] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rowsHeight = phases.length * rowHeight;
  const rows = scaleBand<string>({ domain: [...phases], range: [0, rowsHeight] });
  const first = timeline[0]?.date;
  const last = timeline[timeline.length - 1]?.date;
  // A week either side, so marks at the ends are not cut in half.
  const x = scaleUtc<number>({ domain: [dayOf(addDays(first ?? "2026-01-01", -7)), dayOf(addDays(last ?? "2026-01-01", 7))], range: [side, width - side] });
  return (
    <svg className="participation-chart" viewBox={`0 0 ${width} ${rowsHeight + axisHeight}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{t("participation.figures.timelineTitle")}</title>
      <desc id={`${id}-desc`}>{t("participation.figures.timelineDescription")}</desc>
      <g aria-hidden="true">
        {phases.map((phase) => {
          const top = rows(phase) ?? 0;
          return (
            <Group key={phase} top={top}>
              <text x={0} y={11} className="participation-chart__label participation-chart__label--small">
                {t(`phase.${phase}`)}
              </text>
              <line x1={0} x2={width} y1={rowHeight - 8} y2={rowHeight - 8} className="participation-chart__rule" />
            </Group>
          );
        })}
        {timeline.map((activity) => (
          <circle key={activity.id} cx={x(dayOf(activity.date))} cy={(rows(activity.phase) ?? 0) + rowHeight - 8} r={6} className="participation-chart__mark">
            <title>{`${activity.title}, ${formatDate(activity.date, i18n.language)}`}</title>
          </circle>
        ))}
        <AxisBottom
          top={rowsHeight}
          scale={x}
          tickValues={tickDays(first, last).map(dayOf)}
          tickFormat={(value) => formatDate(value instanceof Date ? value : new Date(Number(value)), i18n.language)}
          axisClassName="participation-chart__axis"
          tickLabelProps={() => ({ className: "participation-chart__tick", textAnchor: "middle" })}
        />
      </g>
    </svg>
  );
}
