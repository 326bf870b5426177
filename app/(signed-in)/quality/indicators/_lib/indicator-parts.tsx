import { Button } from "@/components/button";
import { IndicatorChart, type IndicatorBar } from "@/components/indicator-chart";
import { Select } from "@/components/select";
import { formatIndicator, INDICATOR_META, NO_DATA, type IndicatorKey } from "@/lib/indicators";
import type { IndicatorList } from "./load-indicators";

type Median = IndicatorList["medians"][IndicatorKey];
type Year = Pick<IndicatorList, "year" | "years">;
type Figure = IndicatorList["providers"][number]["indicators"][IndicatorKey];

/** The academic year choice, a GET form so the chosen year is in the address. */
export function YearChoice({ list, action }: { list: Year; action: string }) {
  return (
    <form method="get" action={action} className="cap-inline-form">
      <Select
        name="year"
        label="Academic year"
        defaultValue={String(list.year.startYear)}
        options={list.years.map((year) => ({ value: String(year.startYear), text: year.label }))}
      />
      <Button variant="secondary">Show the year</Button>
    </form>
  );
}

/** "Counted from 1 August 2026 to 4 December 2026". */
export function PeriodText({ list }: { list: Year }) {
  const { from, to } = list.year;
  const format = (date: string) =>
    new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${date}T00:00:00Z`),
    );
  return (
    <p className="govuk-body">
      Counted from the records, {format(from)} to {format(to)}. Where there is nothing to count (no
      sessions, no placements, no actions due) the figure says &ldquo;{NO_DATA}&rdquo;.
    </p>
  );
}

export function medianText(key: IndicatorKey, median: Median): string {
  if (median.withheld) {
    return "Not shown: too few providers have a figure";
  }
  return formatIndicator(key, median.value);
}

/** "14 of 15 sessions" under a figure, or nothing when there is no data. */
export function partsText(key: IndicatorKey, figure: Figure): string {
  return INDICATOR_META[key].parts(figure.numerator, figure.denominator);
}

/** One indicator's heading, what it counts, and its chart. */
export function IndicatorSection(props: {
  indicator: IndicatorKey;
  bars: IndicatorBar[];
  median: Median;
  /** Draw the median as a line (many providers) rather than as a bar of its own. */
  medianLine: boolean;
}) {
  const { indicator, bars, median, medianLine } = props;
  const meta = INDICATOR_META[indicator];
  const medianBar =
    !medianLine && !median.withheld
      ? [{ label: `Median of ${median.providers} providers`, value: median.value }]
      : [];
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${indicator}-heading`}>
      <h2 className="govuk-heading-m" id={`${indicator}-heading`}>
        {meta.label}
      </h2>
      <p className="govuk-body">{meta.description}</p>
      <IndicatorChart
        title={meta.label}
        bars={[...bars, ...medianBar]}
        format={(value) => formatIndicator(indicator, value)}
        max={meta.kind === "percentage" ? 100 : undefined}
        median={medianLine ? median.value : undefined}
      />
      {median.withheld && (
        <p className="govuk-body-s">
          The collaboration&rsquo;s median is not shown: too few providers have a figure, so it
          could give another provider&rsquo;s figure away.
        </p>
      )}
    </section>
  );
}
