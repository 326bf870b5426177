import { barPercent } from "./bar-chart";

export interface IndicatorBar {
  label: string;
  /** Null when there is nothing to count: drawn as "No data", never as an empty 0 bar. */
  value: number | null;
}

interface IndicatorChartProps {
  /** What the chart shows, e.g. "Attendance by provider": its accessible name. */
  title: string;
  bars: readonly IndicatorBar[];
  /** How a value reads: "93.3%", "0.67". */
  format: (value: number) => string;
  /** The value of a full-length bar: 100 for percentages; otherwise the largest shown. */
  max?: number;
  /** The collaboration's median, drawn as a dashed line across the bars. */
  median?: number | null;
}

// GOV.UK Frontend colours, as in bar-chart.tsx: 5:1 or more against white (WCAG 1.4.11).
const BAR_COLOUR = "#1d70b8";
const TEXT_COLOUR = "#0b0c0c";
const MUTED_COLOUR = "#505a5f";
const ROW_HEIGHT = 60;
const LABEL_BASELINE = 18;
const BAR_TOP = 26;
const BAR_HEIGHT = 24;
// Room above the first bar for the median's label.
const MEDIAN_LABEL_HEIGHT = 24;

/** The chart's accessible name: what it shows, the range, the median and any gaps. */
export function indicatorChartSummary(props: IndicatorChartProps): string {
  const { title, bars, format, median } = props;
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const parts = [`${title}, bar chart`];
  if (values.length === 1) {
    parts.push(`${bars.find((bar) => bar.value !== null)!.label}: ${format(values[0])}`);
  } else if (values.length > 1) {
    const most = Math.max(...values);
    const least = Math.min(...values);
    const range =
      most === least ? `each ${format(most)}` : `from ${format(most)} to ${format(least)}`;
    parts.push(`${values.length} bars, ${range}`);
  }
  if (median !== undefined && median !== null) {
    parts.push(`A dashed line marks the median, ${format(median)}`);
  }
  const gaps = bars.length - values.length;
  if (gaps > 0) {
    parts.push(gaps === 1 ? "1 with no data" : `${gaps} with no data`);
  }
  return `${parts.join(". ")}.`;
}

/**
 * One indicator across providers (or one provider beside the median) as horizontal bars,
 * widths in percentages so text keeps its size on any screen. A bar with nothing to count
 * says "No data" instead of drawing 0. Put the figures in a table beside it as well.
 */
export function IndicatorChart(props: IndicatorChartProps) {
  const { bars, format, median } = props;
  const values = bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const most = props.max ?? Math.max(0, median ?? 0, ...values);
  const hasMedian = median !== undefined && median !== null;
  const top = hasMedian ? MEDIAN_LABEL_HEIGHT : 0;
  const height = top + bars.length * ROW_HEIGHT;
  const medianX = hasMedian ? barPercent(median, most) : 0;
  return (
    <svg
      role="img"
      aria-label={indicatorChartSummary(props)}
      width="100%"
      height={height}
      fontFamily="arial, sans-serif"
      fontSize="16"
      fill={TEXT_COLOUR}
      focusable="false"
      className="cap-indicator-chart"
    >
      {bars.map((bar, index) => (
        <Bar
          key={`${bar.label}-${index}`}
          bar={bar}
          y={top + index * ROW_HEIGHT}
          most={most}
          format={format}
        />
      ))}
      {hasMedian && (
        <g>
          <text x={`${medianX}%`} y={16} textAnchor={medianX > 50 ? "end" : "start"}>
            Median {format(median)}
          </text>
          <line
            x1={`${medianX}%`}
            x2={`${medianX}%`}
            y1={20}
            y2={height}
            stroke={TEXT_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        </g>
      )}
    </svg>
  );
}

interface BarProps {
  bar: IndicatorBar;
  y: number;
  most: number;
  format: (value: number) => string;
}

function Bar({ bar, y, most, format }: BarProps) {
  if (bar.value === null) {
    return (
      <g>
        <text y={y + LABEL_BASELINE}>{bar.label}</text>
        <text y={y + BAR_TOP + 18} fill={MUTED_COLOUR}>
          No data
        </text>
      </g>
    );
  }
  const percent = barPercent(bar.value, most);
  return (
    <g>
      <text y={y + LABEL_BASELINE}>{bar.label}</text>
      <rect y={y + BAR_TOP} width={`${percent}%`} height={BAR_HEIGHT} fill={BAR_COLOUR} />
      <text x={`${percent}%`} dx={percent > 0 ? 8 : 0} y={y + BAR_TOP + 18} fontWeight="bold">
        {format(bar.value)}
      </text>
    </g>
  );
}
