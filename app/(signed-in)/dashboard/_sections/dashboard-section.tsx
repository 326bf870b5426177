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

interface DashboardPartProps {
  title: string;
  children: ReactNode;
  /** 4 for a part inside a part (a school's or provider's monitoring slice). */
  level?: 3 | 4;
}

/** A part of a section, with a level-3 heading (or level 4 inside another part). */
export function DashboardPart({ title, children, level = 3 }: DashboardPartProps) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className={level === 3 ? "govuk-heading-m" : "govuk-heading-s"}>{title}</Heading>
      {children}
    </>
  );
}
