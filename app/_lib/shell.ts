import type { HeaderPerson } from "@/components/site-header";
import type { NavigationLink } from "@/components/primary-navigation";
import { can, type Action } from "@/server/auth/permissions";
import type { Role } from "@/server/auth/roles";
import type { ResolvedSession } from "@/server/services/auth/resolve-session";

const SECTIONS: (NavigationLink & { action?: Action | "quality" })[] = [
  { href: "/dashboard", text: "Dashboard" },
  { href: "/students", text: "Students", action: "student.list" },
  { href: "/referrals", text: "Referrals", action: "referral.list" },
  { href: "/placements", text: "Placements", action: "placement.list" },
  { href: "/withdrawals", text: "Withdrawals", action: "withdrawal.list" },
  { href: "/changes-of-day", text: "Changes of day", action: "changeOfDay.list" },
  { href: "/registers", text: "Registers", action: "register.submit" },
  { href: "/attendance", text: "Attendance", action: "register.export" },
  { href: "/behaviour", text: "Behaviour", action: "behaviour.list" },
  { href: "/meetings", text: "Meetings", action: "meeting.list" },
  { href: "/concerns", text: "Concerns", action: "concern.list" },
  { href: "/allegations", text: "Allegations", action: "allegation.list" },
  // Opens when any part of quality assurance does (qualitySectionsFor).
  { href: "/quality", text: "Quality", action: "quality" },
  {
    href: "/notifications",
    text: "Notifications",
    action: "notification.list",
    badge: "unread-notifications",
  },
];

/**
 * The sections a person's roles open, in the order the navigation shows them. Hiding a
 * section is for clarity only: every procedure checks the same table again.
 */
export function sectionsFor(roles: readonly Role[]): NavigationLink[] {
  return SECTIONS.filter((section) => opens(roles, section.action)).map(
    ({ action: _action, ...link }) => link,
  );
}

function opens(roles: readonly Role[], action: Action | "quality" | undefined): boolean {
  if (action === "quality") {
    return qualitySectionsFor(roles).length > 0;
  }
  return !action || can(roles, action);
}

/**
 * The parts of quality assurance (DOMAIN.md workflow 5), shown as sub-navigation on every
 * page under /quality; each opens to the roles its list action allows.
 */
const QUALITY_SECTIONS: (NavigationLink & { action: Action })[] = [
  { href: "/quality/reviews", text: "Reviews", action: "review.list" },
  { href: "/quality/actions", text: "Actions", action: "qualityAction.list" },
  { href: "/quality/indicators", text: "Indicators", action: "kpi.read" },
  { href: "/quality/staff-checks", text: "Central record", action: "scr.list" },
  { href: "/quality/termly", text: "Termly confirmation", action: "termly.list" },
  { href: "/quality/policies", text: "Policies", action: "policy.list" },
  { href: "/quality/surveys", text: "Surveys", action: "survey.list" },
  { href: "/quality/consent", text: "Photo consent", action: "consent.list" },
  { href: "/quality/courses", text: "Course content", action: "courseConfirmation.list" },
];

export function qualitySectionsFor(roles: readonly Role[]): NavigationLink[] {
  return QUALITY_SECTIONS.filter((section) => can(roles, section.action)).map(
    ({ action: _action, ...link }) => link,
  );
}

export function headerPerson(session: ResolvedSession): HeaderPerson {
  return { name: session.name, organisationName: session.organisationName };
}
