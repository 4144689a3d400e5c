/**
 * Activities per phase as horizontal bars (@visx, SVG drawn by React on the server as in the
 * browser): each phase's name above its bar, the number at the bar's end. A title and a
 * description name the chart for screen readers; the table beside it has the same numbers.
 */
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ParticipationFiguresData } from "./participation-figures";

const width = 360;
const rowHeight = 40;
const barHeight = 14;
const labelGap = 18;

export function PhaseBarChart({ perPhase }: { perPhase: ParticipationFiguresData["activitiesPerPhase"] }) {
  const { t } = useTranslation();
  const id = useId();
  const height = perPhase.length * rowHeight;
  const rows = scaleBand<string>({ domain: perPhase.map((entry) => entry.phase), range: [0, height], padding: 0 });
  const most = Math.max(1, ...perPhase.map((entry) => entry.count));
  const trackWidth = width - 40;
  const length = scaleLinear<number>({ domain: [0, most], range: [0, trackWidth] });
  return (
    <svg className="participation-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{t("participation.figures.perPhaseTitle")}</title>
      <desc id={`${id}-desc`}>{t("participation.figures.perPhaseDescription")}</desc>
      {perPhase.map((entry) => {
        const top = rows(entry.phase) ?? 0;
        const barWidth = length(entry.count);
        return (
          <Group key={entry.phase} top={top} aria-hidden="true">
            <text x={0} y={labelGap - 4} className="participation-chart__label">
              {t(`phase.${entry.phase}`)}
            </text>
            <rect x={0} y={labelGap} width={trackWidth} height={barHeight} className="participation-chart__track" />
            {entry.count > 0 ? <Bar x={0} y={labelGap} width={barWidth} height={barHeight} className="participation-chart__bar" /> : null}
            <text x={trackWidth + 8} y={labelGap + barHeight - 2} className="participation-chart__value">
              {entry.count}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
