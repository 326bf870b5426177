import Link from "next/link";
import { DateInput } from "@/components/date-input";
import { formatDate } from "@/lib/dates";
import {
  CHRONOLOGY_KIND_LABEL,
  CHRONOLOGY_KINDS,
  type ChronologyKind,
} from "@/lib/schemas/chronology";

export interface ChronologyFilterValues {
  kinds: readonly ChronologyKind[];
  from?: string;
  to?: string;
}

interface Props {
  action: string;
  values: ChronologyFilterValues;
  errors: Partial<Record<"from" | "to", string>>;
}

/**
 * A plain GET form, so a filtered chronology has an address that can be bookmarked and
 * works without JavaScript. No kind ticked means every kind.
 */
export function ChronologyFilter({ action, values, errors }: Props) {
  return (
    <form method="get" action={action} className="cap-no-print" noValidate>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="kinds-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Kinds of event
          </legend>
          <div id="kinds-hint" className="govuk-hint">
            Leave them all unticked to see every kind
          </div>
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-checkboxes--inline">
            {CHRONOLOGY_KINDS.map((kind) => (
              <div key={kind} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={`kinds-${kind}`}
                  name="kinds"
                  type="checkbox"
                  value={kind}
                  defaultChecked={values.kinds.includes(kind)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`kinds-${kind}`}>
                  {CHRONOLOGY_KIND_LABEL[kind]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <DateInput name="from" label="From" defaultValue={values.from} error={errors.from} />
      <DateInput name="to" label="To" defaultValue={values.to} error={errors.to} />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" href={action}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** What the list shows, in words, so a printout says how it was filtered. */
export function describeFilter({ kinds, from, to }: ChronologyFilterValues): string {
  const what =
    kinds.length === 0 || kinds.length === CHRONOLOGY_KINDS.length
      ? "Every kind of event"
      : kinds.map((kind) => CHRONOLOGY_KIND_LABEL[kind]).join(", ");
  const since = from ? ` from ${formatDate(from)}` : "";
  const until = to ? ` to ${formatDate(to)}` : "";
  return `${what}${since}${until}.`;
}
