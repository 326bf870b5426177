import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IndicatorChart, indicatorChartSummary } from "./indicator-chart";

const percent = (value: number) => `${value}%`;
const bars = [
  { label: "Three Spires Construction Training", value: 93.3 },
  { label: "Priory Kitchen Training", value: 80 },
  { label: "Brookfield Farm Learning", value: null },
];

describe("indicatorChartSummary", () => {
  it("names the chart, the range, the median and the providers with no data", () => {
    expect(
      indicatorChartSummary({ title: "Attendance", bars, format: percent, median: 86.65 }),
    ).toBe(
      "Attendance, bar chart. 2 bars, from 93.3% to 80%. " +
        "A dashed line marks the median, 86.65%. 1 with no data.",
    );
  });

  it("names the one figure when there is only one", () => {
    const one = [{ label: "Your organisation", value: 0.5 }];
    expect(indicatorChartSummary({ title: "Incidents", bars: one, format: String })).toBe(
      "Incidents, bar chart. Your organisation: 0.5.",
    );
  });
});

describe("IndicatorChart", () => {
  it("draws a bar per figure, 'No data' for a gap, and the median as a dashed line", () => {
    const html = renderToStaticMarkup(
      <IndicatorChart title="Attendance" bars={bars} format={percent} max={100} median={80} />,
    );
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain('width="74.6%"');
    expect(html).toContain(">No data</text>");
    expect(html).toContain("Median 80%");
    expect(html).toContain('x1="64%"');
    expect(html).toContain('role="img"');
  });

  it("draws a zero as a zero, not as no data", () => {
    const html = renderToStaticMarkup(
      <IndicatorChart title="Incidents" bars={[{ label: "A", value: 0 }]} format={String} />,
    );
    expect(html).toContain('width="0%"');
    expect(html).not.toContain("No data");
  });
});
