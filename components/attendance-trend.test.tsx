import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  AttendanceSparkline,
  AttendanceTrendChart,
  columnSlot,
  percentY,
  sparklineSummary,
  trendChartSummary,
  weekLabel,
  type WeekPercentage,
} from "./attendance-trend";

function weeksOf(...percentages: (number | null)[]): WeekPercentage[] {
  const mondays = ["2026-10-12", "2026-10-19", "2026-11-02", "2026-11-09", "2026-11-16"];
  return percentages.map((percentage, index) => ({ weekOf: mondays[index], percentage }));
}

describe("sparklineSummary", () => {
  it("says where the trend started and where it is now", () => {
    expect(sparklineSummary(weeksOf(95, 90, 80, 60))).toBe("Attendance by week: from 95% to 60%");
  });

  it("adds the lowest week when it is neither the first nor the latest, and the gaps", () => {
    expect(sparklineSummary(weeksOf(95, 40, null, 66.7))).toBe(
      "Attendance by week: from 95% to 66.7%, lowest 40%, 1 week without sessions",
    );
    expect(sparklineSummary(weeksOf(null, 100, null, 100))).toBe(
      "Attendance by week: from 100% to 100%, 2 weeks without sessions",
    );
  });

  it("says so when there is one week with sessions, or none", () => {
    expect(sparklineSummary(weeksOf(null, 80))).toBe(
      "Attendance by week: 80% in the only week with sessions",
    );
    expect(sparklineSummary(weeksOf(null, null))).toBe(
      "Attendance by week: no sessions to count yet",
    );
  });
});

describe("trendChartSummary", () => {
  it("names the chart, the weeks it spans, the trend and the threshold line", () => {
    expect(trendChartSummary("Caseload attendance by week", weeksOf(96, 92, 71))).toBe(
      "Caseload attendance by week, column chart. 3 weeks, beginning 12 Oct to 2 Nov: " +
        "from 96% to 71%. A dashed line marks 90%, the persistent absence threshold.",
    );
    expect(trendChartSummary("T", [])).toBe("T, column chart. No school weeks to show.");
  });
});

describe("geometry", () => {
  it("places 0% at the bottom and 100% at the top of the plot", () => {
    expect(percentY(0, 180)).toBe(180);
    expect(percentY(100, 180)).toBe(0);
    expect(percentY(90, 180)).toBe(18);
    expect(percentY(70, 28)).toBe(8.4);
    expect(percentY(120, 180)).toBe(0);
  });

  it("gives each column a slot, 70% of it filled and centred", () => {
    expect(columnSlot(0, 8, 80)).toEqual({ x: 1.5, width: 7, centre: 5 });
    expect(columnSlot(7, 8, 80)).toEqual({ x: 71.5, width: 7, centre: 75 });
    expect(columnSlot(1, 3)).toEqual({ x: 38.33, width: 23.33, centre: 50 });
  });

  it("labels a week by its Monday", () => {
    expect(weekLabel("2026-11-30")).toBe("30 Nov");
  });
});

describe("AttendanceSparkline", () => {
  it("is one image named by its summary, a column per week with sessions", () => {
    const html = renderToStaticMarkup(<AttendanceSparkline weeks={weeksOf(100, null, 50, 0)} />);

    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Attendance by week: from 100% to 0%, 1 week without');
    // 100% fills the 28px plot, 50% half of it, 0% a thin red mark; the gap draws nothing.
    expect(html).toContain('<rect x="0" y="0" width="9" height="28"');
    expect(html).toContain('<rect x="24" y="14" width="9" height="14"');
    expect(html).toContain('<rect x="36" y="25" width="9" height="3" fill="#d4351c"');
    expect(html.match(/<rect /g)).toHaveLength(3);
    // The 90% line, 2.8px below the top.
    expect(html).toContain('y1="2.8"');
  });
});

describe("AttendanceTrendChart", () => {
  it("draws a column and a label per week, a dash for a gap, and the 90% line", () => {
    const html = renderToStaticMarkup(
      <AttendanceTrendChart title="Caseload attendance by week" weeks={weeksOf(70, null, 95)} />,
    );

    expect(html).toContain('aria-label="Caseload attendance by week, column chart.');
    expect(html.match(/<rect /g)).toHaveLength(2);
    // Figures sit inside a tall enough column, in white; a gap shows a dash.
    expect(html).toContain('fill="#ffffff">70</text>');
    expect(html).toContain(">–</text>");
    expect(html).toContain('<tspan x="42.5%">19</tspan><tspan x="42.5%" dy="15">Oct</tspan>');
    // The 90% line, 18px below the top of the 180px plot, drawn behind the columns.
    const line = html.indexOf('y1="34" y2="34" stroke="#0b0c0c" stroke-width="2"');
    expect(line).toBeGreaterThan(0);
    expect(line).toBeLessThan(html.indexOf("<rect "));
  });

  it("draws nothing without weeks", () => {
    expect(renderToStaticMarkup(<AttendanceTrendChart title="T" weeks={[]} />)).toBe("");
  });
});
