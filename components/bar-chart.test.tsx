import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, barChartSummary, barPercent } from "./bar-chart";

const data = [
  { label: "Three Spires Construction Training", value: 12 },
  { label: "Priory Kitchen Training", value: 3 },
];
const unit = ["student", "students"] as const;

describe("barChartSummary", () => {
  it("names the chart and the range its bars span", () => {
    expect(barChartSummary({ title: "Students by provider", data, unit })).toBe(
      "Students by provider, bar chart. 2 bars, from 12 to 3 students.",
    );
  });

  it("says when every bar is the same, and adds the note", () => {
    const even = [{ label: "A", value: 1 }];
    expect(barChartSummary({ title: "T", data: even, unit, note: "Figures below" })).toBe(
      "T, bar chart. 1 bar, each 1 student. Figures below.",
    );
  });
});

describe("barPercent", () => {
  it("scales the longest bar to leave room for its value", () => {
    expect(barPercent(12, 12)).toBe(80);
    expect(barPercent(3, 12)).toBe(20);
    expect(barPercent(0, 12)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
  });
});

describe("BarChart", () => {
  it("is one image with an accessible name, a bar and a value per datum", () => {
    const html = renderToStaticMarkup(
      <BarChart title="Students by provider" data={data} unit={unit} />,
    );

    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Students by provider, bar chart.');
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain('width="20%"');
    expect(html).toContain(">Priory Kitchen Training</text>");
  });

  it("draws nothing without data", () => {
    expect(renderToStaticMarkup(<BarChart title="T" data={[]} unit={unit} />)).toBe("");
  });
});
