import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParams } from "@/components/page-params";
import { formatIndicator, INDICATOR_KEYS, INDICATOR_META } from "@/lib/indicators";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../_lib/require-session";
import {
  IndicatorSection,
  medianText,
  partsText,
  PeriodText,
  YearChoice,
} from "../_lib/indicator-parts";
import { loadProviderIndicators, type ProviderIndicatorsRecord } from "../_lib/load-indicators";

export const metadata: Metadata = { title: "Provider indicators" };

function FiguresTable({ record }: { record: ProviderIndicatorsRecord }) {
  const { provider, medians } = record;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Figures for {record.year.label}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Indicator
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            {provider.name}
          </th>
          <th scope="col" className="govuk-table__header">
            Counted from
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Collaboration median
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {INDICATOR_KEYS.map((key) => (
          <tr key={key} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {INDICATOR_META[key].label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatIndicator(key, provider.indicators[key].value)}
            </td>
            <td className="govuk-table__cell">{partsText(key, provider.indicators[key])}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {medianText(key, medians[key])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One provider's indicators beside the collaboration's median: its own, or any for the officer. */
export default async function ProviderIndicatorsPage(props: {
  params: Promise<{ providerId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ providerId }, params] = await Promise.all([props.params, props.searchParams]);
  const { actor } = await requireSession();
  if (!can(actor.roles, "kpi.read")) {
    notFound();
  }
  const record = await loadProviderIndicators(providerId, params);
  const isService = actor.organisationKind === "SERVICE";

  return (
    <>
      {isService && (
        <Link
          className="govuk-back-link"
          href={`/quality/indicators?year=${record.year.startYear}`}
        >
          All providers
        </Link>
      )}
      <span className="govuk-caption-l">Provider indicators {record.year.label}</span>
      <h1 className="govuk-heading-l">{record.provider.name}</h1>
      <PeriodText list={record} />
      <YearChoice list={record} action={`/quality/indicators/${providerId}`} />
      <FiguresTable record={record} />
      {INDICATOR_KEYS.map((key) => (
        <IndicatorSection
          key={key}
          indicator={key}
          bars={[{ label: record.provider.name, value: record.provider.indicators[key].value }]}
          median={record.medians[key]}
          medianLine={false}
        />
      ))}
    </>
  );
}
