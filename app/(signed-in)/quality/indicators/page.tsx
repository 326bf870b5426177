import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { withQuery, type SearchParams } from "@/components/page-params";
import { Table, type Column } from "@/components/table";
import { formatIndicator, INDICATOR_KEYS, INDICATOR_META } from "@/lib/indicators";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import { IndicatorSection, medianText, PeriodText, YearChoice } from "./_lib/indicator-parts";
import { loadIndicatorList, type IndicatorList } from "./_lib/load-indicators";

export const metadata: Metadata = { title: "Provider indicators" };

type Row = IndicatorList["providers"][number];

function columns(list: IndicatorList): Column<Row>[] {
  const year = list.year.startYear;
  return [
    {
      header: "Provider",
      cell: (row) => (
        <Link className="govuk-link" href={withQuery(`/quality/indicators/${row.id}`, { year })}>
          {row.name}
        </Link>
      ),
    },
    ...INDICATOR_KEYS.map((key) => ({
      header: INDICATOR_META[key].label,
      numeric: true,
      cell: (row: Row) => formatIndicator(key, row.indicators[key].value),
    })),
  ];
}

/** The median row under the providers: a table footer row, so it is not one of them. */
function MedianRow({ list }: { list: IndicatorList }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        The collaboration&rsquo;s median
      </caption>
      <tbody className="govuk-table__body">
        {INDICATOR_KEYS.map((key) => (
          <tr key={key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {INDICATOR_META[key].label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {medianText(key, list.medians[key])}
            </td>
            <td className="govuk-table__cell">
              {list.medians[key].providers} of {list.providers.length} providers have a figure
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The quality officer's and the lead's comparison of every provider; a provider is taken
 * straight to its own page (it never sees the others).
 */
export default async function IndicatorsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "kpi.read")) {
    notFound();
  }
  if (actor.organisationKind === "PROVIDER") {
    redirect(
      withQuery(`/quality/indicators/${actor.organisationId}`, { year: params.year?.toString() }),
    );
  }
  const list = await loadIndicatorList(params);

  return (
    <>
      <h1 className="govuk-heading-l">Provider indicators {list.year.label}</h1>
      <PeriodText list={list} />
      <YearChoice list={list} action="/quality/indicators" />
      <Table
        caption={`Every provider's indicators, ${list.year.label}`}
        captionSize="m"
        rows={list.providers}
        rowKey={(row) => row.id}
        columns={columns(list)}
        empty="There are no providers in the collaboration."
      />
      <MedianRow list={list} />
      {INDICATOR_KEYS.map((key) => (
        <IndicatorSection
          key={key}
          indicator={key}
          bars={list.providers.map((row) => ({
            label: row.name,
            value: row.indicators[key].value,
          }))}
          median={list.medians[key]}
          medianLine
        />
      ))}
    </>
  );
}
