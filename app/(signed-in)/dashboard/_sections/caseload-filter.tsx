import Link from "next/link";
import { queryText, type SearchParams } from "@/components/page-params";
import { Select } from "@/components/select";
import {
  CASELOAD_FILTER_PARAMS,
  caseloadFilterSchema,
  type CaseloadFilter,
} from "@/lib/schemas/caseload";

export type CaseloadFilterField = keyof CaseloadFilter;
type Values = Partial<Record<CaseloadFilterField, string>>;

/** The dashboard's filters as typed, their messages, and the filter to apply. */
export interface CaseloadFilterState {
  values: Values;
  errors: Values;
  /** What was typed, less any field refused: a bad filter is shown and left out. */
  applied: CaseloadFilter;
}

/** Reads `?provider=…&school=…&officer=…` through the same schema the server uses. */
export function readCaseloadFilter(params: SearchParams): CaseloadFilterState {
  const fields = Object.keys(CASELOAD_FILTER_PARAMS) as CaseloadFilterField[];
  const values: Values = {};
  for (const field of fields) {
    values[field] = queryText(params[CASELOAD_FILTER_PARAMS[field]], 60);
  }
  const parsed = caseloadFilterSchema.safeParse(values);
  const errors: Values = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as CaseloadFilterField;
    errors[field] ??= issue.message;
  }
  const applied: CaseloadFilter = {};
  for (const field of fields) {
    applied[field] = errors[field] ? undefined : values[field];
  }
  return { values, errors, applied };
}

interface Choice {
  id: string;
  name: string;
}

const LABEL: Record<CaseloadFilterField, [label: string, everything: string]> = {
  providerId: ["Provider", "All providers"],
  schoolId: ["School", "All schools"],
  officerId: ["Monitoring officer", "Every monitoring officer"],
};

interface FormProps {
  state: CaseloadFilterState;
  /** The filters this dashboard offers, with the choices for each. */
  choices: Partial<Record<CaseloadFilterField, readonly Choice[]>>;
}

/**
 * A plain GET form on the dashboard, so a filtered view has an address that can be
 * bookmarked and works without JavaScript. Only filters with a choice to make are shown.
 */
export function CaseloadFilterForm({ state, choices }: FormProps) {
  const fields = (Object.keys(choices) as CaseloadFilterField[]).filter(
    (field) => (choices[field]?.length ?? 0) > 1 || state.values[field],
  );
  if (fields.length === 0) {
    return null;
  }
  return (
    <form method="get" action="/dashboard" noValidate className="cap-no-print">
      <div className="govuk-grid-row">
        {fields.map((field) => (
          <div key={field} className="govuk-grid-column-one-third">
            <Select
              name={CASELOAD_FILTER_PARAMS[field]}
              label={LABEL[field][0]}
              labelSize="s"
              placeholder={LABEL[field][1]}
              options={(choices[field] ?? []).map((choice) => ({
                value: choice.id,
                text: choice.name,
              }))}
              defaultValue={state.values[field] ?? ""}
              error={state.errors[field]}
            />
          </div>
        ))}
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <Link className="govuk-link" href="/dashboard">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
