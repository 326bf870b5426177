export interface WeekPercentage {
  /** The Monday the week begins, `YYYY-MM-DD`. */
  weekOf: string;
  /** Attended ÷ possible sessions; null for a week with no possible session (a gap). */
  percentage: number | null;
}

/** Persistent absence is missing 10% or more of possible sessions (ADR 0009). */
export const PERSISTENT_ABSENCE_LINE = 90;

// GOV.UK Frontend colours: blue columns and black text and lines keep at least 5:1 against
// white (WCAG 1.4.11); red marks a week at 0%, so it differs from a week without sessions.
const COLUMN_COLOUR = "#1d70b8";
const ZERO_COLOUR = "#d4351c";
const TEXT_COLOUR = "#0b0c0c";
const GRID_COLOUR = "#b1b4b6";

/** "70%", "66.7%": the figures are kept to one decimal place. */
export function formatPercent(percentage: number): string {
  return `${percentage}%`;
}

/** "12 Oct": a week's Monday, short enough to sit under a column. */
export function weekLabel(weekOf: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
  }).format(new Date(`${weekOf}T00:00:00Z`));
}

/**
 * The trend in words: first to latest week with sessions, the lowest when it is neither,
 * and how many weeks had no session to count.
 */
export function trendText(weeks: readonly WeekPercentage[]): string {
  const values = weeks.flatMap((week) => (week.percentage === null ? [] : [week.percentage]));
  const gaps = weeks.length - values.length;
  const gapText = gaps === 1 ? "1 week without sessions" : `${gaps} weeks without sessions`;
  if (values.length === 0) {
    return "no sessions to count yet";
  }
  if (values.length === 1) {
    return `${formatPercent(values[0])} in the only week with sessions`;
  }
  const first = values[0];
  const latest = values[values.length - 1];
  const lowest = Math.min(...values);
  const parts = [`from ${formatPercent(first)} to ${formatPercent(latest)}`];
  if (lowest < first && lowest < latest) {
    parts.push(`lowest ${formatPercent(lowest)}`);
  }
  if (gaps > 0) {
    parts.push(gapText);
  }
  return parts.join(", ");
}

/** A sparkline's accessible name, e.g. "Attendance by week: from 95% to 60%". */
export function sparklineSummary(weeks: readonly WeekPercentage[]): string {
  return `Attendance by week: ${trendText(weeks)}`;
}

/** The trend chart's accessible name: what it shows, the weeks it spans, the trend. */
export function trendChartSummary(title: string, weeks: readonly WeekPercentage[]): string {
  if (weeks.length === 0) {
    return `${title}, column chart. No school weeks to show.`;
  }
  const span =
    weeks.length === 1
      ? `1 week, beginning ${weekLabel(weeks[0].weekOf)}`
      : `${weeks.length} weeks, beginning ${weekLabel(weeks[0].weekOf)} to ` +
        `${weekLabel(weeks[weeks.length - 1].weekOf)}`;
  const line = `A dashed line marks ${PERSISTENT_ABSENCE_LINE}%, the persistent absence threshold`;
  return `${title}, column chart. ${span}: ${trendText(weeks)}. ${line}.`;
}

/** How far down a plot `height` tall a percentage sits (0% at the bottom). */
export function percentY(percentage: number, height: number): number {
  const clamped = Math.min(100, Math.max(0, percentage));
  return Math.round(((100 - clamped) / 100) * height * 10) / 10;
}

/** Where column `index` of `count` sits, as percentages of the plot's width (70% filled). */
export function columnSlot(index: number, count: number, plotWidth = 100) {
  const slot = plotWidth / count;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    x: round(slot * index + slot * 0.15),
    width: round(slot * 0.7),
    centre: round(slot * index + slot / 2),
  };
}

const SPARK = { column: 9, gap: 3, height: 28 } as const;

/**
 * A student's weekly attendance as a tiny column chart, with the 90% line dashed across
 * it. Its accessible name says the trend in words; the exact figures are in the row.
 */
export function AttendanceSparkline({ weeks }: { weeks: readonly WeekPercentage[] }) {
  const width = Math.max(1, weeks.length * (SPARK.column + SPARK.gap) - SPARK.gap);
  const lineY = percentY(PERSISTENT_ABSENCE_LINE, SPARK.height);
  return (
    <svg
      role="img"
      aria-label={sparklineSummary(weeks)}
      width={width}
      height={SPARK.height + 1}
      viewBox={`0 0 ${width} ${SPARK.height + 1}`}
      focusable="false"
      className="cap-sparkline"
    >
      {weeks.map((week, index) => (
        <SparkColumn
          key={week.weekOf}
          percentage={week.percentage}
          x={index * (SPARK.column + SPARK.gap)}
        />
      ))}
      <line x1="0" x2={width} y1={lineY} y2={lineY} stroke={TEXT_COLOUR} strokeDasharray="3 2" />
      <line x1="0" x2={width} y1={SPARK.height} y2={SPARK.height} stroke={TEXT_COLOUR} />
    </svg>
  );
}

function SparkColumn({ percentage, x }: { percentage: number | null; x: number }) {
  if (percentage === null) {
    return null;
  }
  if (percentage === 0) {
    return <rect x={x} y={SPARK.height - 3} width={SPARK.column} height={3} fill={ZERO_COLOUR} />;
  }
  const y = percentY(percentage, SPARK.height);
  return <rect x={x} y={y} width={SPARK.column} height={SPARK.height - y} fill={COLUMN_COLOUR} />;
}

// The larger chart: a fixed height, and widths in percentages of the chart so its text stays
// at its real size on any screen (as in bar-chart.tsx). The y-axis labels sit in a gutter of
// fixed width; the plot takes 85% of the width after it, which fits from 320px up.
const CHART = { top: 16, plot: 180, gutter: 44, plotWidth: 85, height: 236 } as const;
const AXIS = [0, 50, 100] as const;

interface TrendChartProps {
  /** What the chart shows, e.g. "Caseload attendance by week": its accessible name. */
  title: string;
  weeks: readonly WeekPercentage[];
}

/** Weekly attendance as columns from 0 to 100%, with the 90% threshold dashed across. */
export function AttendanceTrendChart({ title, weeks }: TrendChartProps) {
  if (weeks.length === 0) {
    return null;
  }
  const y = (percentage: number) => CHART.top + percentY(percentage, CHART.plot);
  return (
    <svg
      role="img"
      aria-label={trendChartSummary(title, weeks)}
      width="100%"
      height={CHART.height}
      fontFamily="arial, sans-serif"
      fontSize="14"
      fill={TEXT_COLOUR}
      focusable="false"
      className="cap-trend-chart"
    >
      <g transform={`translate(${CHART.gutter}, 0)`}>
        {AXIS.map((value) => (
          <g key={value}>
            <line
              x1="0"
              x2={`${CHART.plotWidth}%`}
              y1={y(value)}
              y2={y(value)}
              stroke={GRID_COLOUR}
            />
            <text x="-6" y={y(value) + 5} textAnchor="end">{`${value}%`}</text>
          </g>
        ))}
        {/* Behind the columns, so it never runs through their figures. */}
        <line
          x1="0"
          x2={`${CHART.plotWidth}%`}
          y1={y(PERSISTENT_ABSENCE_LINE)}
          y2={y(PERSISTENT_ABSENCE_LINE)}
          stroke={TEXT_COLOUR}
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        {weeks.map((week, index) => (
          <TrendColumn
            key={week.weekOf}
            week={week}
            slot={columnSlot(index, weeks.length, CHART.plotWidth)}
            y={y}
          />
        ))}
        <text x="-6" y={y(PERSISTENT_ABSENCE_LINE) + 5} textAnchor="end" fontWeight="bold">
          90%
        </text>
      </g>
    </svg>
  );
}

interface TrendColumnProps {
  week: WeekPercentage;
  slot: ReturnType<typeof columnSlot>;
  y: (percentage: number) => number;
}

function TrendColumn({ week, slot, y }: TrendColumnProps) {
  const { percentage } = week;
  const baseline = y(0);
  return (
    <g>
      {percentage !== null && percentage > 0 && (
        <rect
          x={`${slot.x}%`}
          y={y(percentage)}
          width={`${slot.width}%`}
          height={baseline - y(percentage)}
          fill={COLUMN_COLOUR}
        />
      )}
      <ColumnFigure
        slot={slot}
        percentage={percentage}
        top={percentage === null ? baseline : y(percentage)}
        baseline={baseline}
      />
      <WeekTick slot={slot} weekOf={week.weekOf} baseline={baseline} />
    </g>
  );
}

// A figure fits inside its column (white on blue, 5:1) once the column is this tall.
const FIGURE_INSIDE = 24;

interface FigureProps {
  slot: ReturnType<typeof columnSlot>;
  percentage: number | null;
  top: number;
  baseline: number;
}

/**
 * The week's figure: inside the top of its column, above a short one, a dash for a gap.
 * Without its "%" (the axis has it), so it fits a column on a 320px screen.
 */
function ColumnFigure({ slot, percentage, top, baseline }: FigureProps) {
  const inside = percentage !== null && baseline - top >= FIGURE_INSIDE;
  return (
    <text
      x={`${slot.centre}%`}
      y={inside ? top + 17 : top - 6}
      textAnchor="middle"
      fontWeight="bold"
      fill={inside ? "#ffffff" : TEXT_COLOUR}
    >
      {percentage === null ? "–" : Math.round(percentage)}
    </text>
  );
}

/** The week's Monday under its column, day above month, so eight fit a narrow screen. */
function WeekTick({
  slot,
  weekOf,
  baseline,
}: {
  slot: FigureProps["slot"];
  weekOf: string;
  baseline: number;
}) {
  const [day, month] = weekLabel(weekOf).split(" ");
  return (
    <text x={`${slot.centre}%`} y={baseline + 18} textAnchor="middle" fontSize="13">
      <tspan x={`${slot.centre}%`}>{day}</tspan>
      <tspan x={`${slot.centre}%`} dy="15">
        {month}
      </tspan>
    </text>
  );
}
