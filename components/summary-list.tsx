import Link from "next/link";
import type { ReactNode } from "react";

export interface SummaryAction {
  href: string;
  text: string;
  /** Completes the link's text for screen readers, e.g. "date of birth" in "Change". */
  visuallyHiddenText: string;
}

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryAction[];
}

interface SummaryListProps {
  rows: readonly SummaryRow[];
  noBorder?: boolean;
}

function Actions({ actions }: { actions: readonly SummaryAction[] }) {
  const links = actions.map((action) => (
    <Link key={action.href} className="govuk-link" href={action.href}>
      {action.text}
      <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
    </Link>
  ));
  if (links.length === 1) {
    return <dd className="govuk-summary-list__actions">{links}</dd>;
  }
  return (
    <dd className="govuk-summary-list__actions">
      <ul className="govuk-summary-list__actions-list">
        {links.map((link) => (
          <li key={link.key} className="govuk-summary-list__actions-list-item">
            {link}
          </li>
        ))}
      </ul>
    </dd>
  );
}

/** Key–value facts about a record, e.g. a student's details. */
export function SummaryList({ rows, noBorder }: SummaryListProps) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  const className = ["govuk-summary-list", noBorder ? "govuk-summary-list--no-border" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <dl className={className}>
      {rows.map((row, index) => {
        const hasActions = Boolean(row.actions && row.actions.length > 0);
        const rowClass =
          anyActions && !hasActions
            ? "govuk-summary-list__row govuk-summary-list__row--no-actions"
            : "govuk-summary-list__row";
        return (
          <div key={index} className={rowClass}>
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {hasActions && <Actions actions={row.actions ?? []} />}
          </div>
        );
      })}
    </dl>
  );
}
