import Link from "next/link";
import { Button } from "./button";
import { Select } from "./select";

interface Named {
  id: string;
  name: string;
}

interface OrganisationFiltersProps {
  /** The viewer's kind of organisation: nobody filters by their own organisation. */
  viewerKind: "SCHOOL" | "PROVIDER" | "SERVICE";
  choices: { providers: readonly Named[]; schools: readonly Named[] };
  filters: { providerId?: string; schoolId?: string };
  /** The GOV.UK grid column each select sits in, e.g. "one-quarter". */
  column: "one-quarter" | "one-third" | "one-half";
  providerLabel?: string;
  schoolLabel?: string;
}

/**
 * The provider and school selects of a list's GET filter form. A school is not offered
 * schools, nor a provider providers; a select with no choices is left out rather than shown
 * empty. The choices come from the list's scoped query, so they never name an organisation
 * the viewer may not see.
 */
export function OrganisationFilters(props: OrganisationFiltersProps) {
  const { viewerKind, choices, filters, column } = props;
  const className = `govuk-grid-column-${column}`;
  return (
    <>
      {viewerKind !== "PROVIDER" && choices.providers.length > 0 && (
        <div className={className}>
          <Select
            name="providerId"
            label={props.providerLabel ?? "Provider"}
            labelSize="s"
            placeholder="Any provider"
            options={choices.providers.map((p) => ({ value: p.id, text: p.name }))}
            defaultValue={filters.providerId ?? ""}
          />
        </div>
      )}
      {viewerKind !== "SCHOOL" && choices.schools.length > 0 && (
        <div className={className}>
          <Select
            name="schoolId"
            label={props.schoolLabel ?? "Student's school"}
            labelSize="s"
            placeholder="Any school"
            options={choices.schools.map((s) => ({ value: s.id, text: s.name }))}
            defaultValue={filters.schoolId ?? ""}
          />
        </div>
      )}
    </>
  );
}

/** A filter form's submit button, and "Clear filters" back to the unfiltered list. */
export function FilterActions(props: { label: string; clearHref: string; active: boolean }) {
  return (
    <div className="govuk-button-group">
      <Button variant="secondary">{props.label}</Button>
      {props.active && (
        <Link className="govuk-link" href={props.clearHref}>
          Clear filters
        </Link>
      )}
    </div>
  );
}
