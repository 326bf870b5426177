import type { ReactNode } from "react";

interface DashboardSectionProps {
  /** Unique on the page: the heading's id, which names the section's region. */
  id: string;
  title: string;
  children: ReactNode;
}

/** One role's part of the dashboard: a labelled region under its own level-2 heading. */
export function DashboardSection({ id, title, children }: DashboardSectionProps) {
  const headingId = `dashboard-${id}`;
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={headingId}>
      <h2 className="govuk-heading-l" id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A part of a section, with a level-3 heading. */
export function DashboardPart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h3 className="govuk-heading-m">{title}</h3>
      {children}
    </>
  );
}
