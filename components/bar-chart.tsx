export interface BarChartDatum {
  label: string;
  value: number;
}

interface BarChartProps {
  /** What the chart shows, e.g. "Students on placement by provider": its accessible name. */
  title: string;
  /** One bar each, drawn in the order given. */
  data: readonly BarChartDatum[];
  /** What a value counts, singular then plural, for the spoken summary ("student"). */
  unit: readonly [one: string, other: string];
  /** Said after the summary, e.g. where the exact figures are. */
  note?: string;
}

// GOV.UK Frontend's blue and text colours: the bars keep 5:1 against white (WCAG 1.4.11).
const BAR_COLOUR = "#1d70b8";
const TEXT_COLOUR = "#0b0c0c";
// Each row is a label line, then the bar with its value at the end.
const ROW_HEIGHT = 60;
const LABEL_BASELINE = 18;
const BAR_TOP = 26;
const BAR_HEIGHT = 24;
// The longest bar leaves room after it for its value, even on a narrow screen.
const LONGEST_BAR_PERCENT = 80;

function counted(value: number, [one, other]: BarChartProps["unit"]): string {
  return `${value} ${value === 1 ? one : other}`;
}

/** The chart's accessible name: what it shows, how many bars, and the range they span. */
export function barChartSummary({ title, data, unit, note }: BarChartProps): string {
  const parts = [`${title}, bar chart`];
  if (data.length > 0) {
    const values = data.map((datum) => datum.value);
    const most = Math.max(...values);
    const least = Math.min(...values);
    const range =
      most === least ? `each ${counted(most, unit)}` : `from ${most} to ${counted(least, unit)}`;
    parts.push(`${counted(data.length, ["bar", "bars"])}, ${range}`);
  }
  if (note) {
    parts.push(note);
  }
  return `${parts.join(". ")}.`;
}

/** How long a bar is, as a percentage of the chart's width. */
export function barPercent(value: number, most: number): number {
  if (most <= 0 || value <= 0) {
    return 0;
  }
  return Math.round((value / most) * LONGEST_BAR_PERCENT * 10) / 10;
}

/**
 * A horizontal bar chart drawn as one SVG image. Bars and value positions are percentages
 * of the chart's width rather than a scaled viewBox, so the text stays at its real size on
 * any screen. Screen readers hear the summary in its accessible name; put the figures in a
 * table beside it for anyone who needs each value.
 */
export function BarChart(props: BarChartProps) {
  const { data } = props;
  if (data.length === 0) {
    return null;
  }
  const most = Math.max(...data.map((datum) => datum.value));
  return (
    <svg
      role="img"
      aria-label={barChartSummary(props)}
      width="100%"
      height={data.length * ROW_HEIGHT}
      fontFamily="arial, sans-serif"
      fontSize="16"
      fill={TEXT_COLOUR}
      focusable="false"
      className="cap-bar-chart"
    >
      {data.map((datum, index) => (
        <Bar key={`${datum.label}-${index}`} datum={datum} top={index * ROW_HEIGHT} most={most} />
      ))}
    </svg>
  );
}

function Bar({ datum, top, most }: { datum: BarChartDatum; top: number; most: number }) {
  const percent = barPercent(datum.value, most);
  return (
    <g>
      <text x="0" y={top + LABEL_BASELINE}>
        {datum.label}
      </text>
      <rect x="0" y={top + BAR_TOP} width={`${percent}%`} height={BAR_HEIGHT} fill={BAR_COLOUR} />
      <text x={`${percent}%`} dx={percent > 0 ? 8 : 0} y={top + BAR_TOP + 18} fontWeight="bold">
        {datum.value}
      </text>
    </g>
  );
}
