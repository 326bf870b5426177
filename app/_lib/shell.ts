import type { HeaderPerson } from "@/components/site-header";
import type { NavigationLink } from "@/components/primary-navigation";
import { can, type Action } from "@/server/auth/permissions";
import type { Role } from "@/server/auth/roles";
import type { ResolvedSession } from "@/server/services/auth/resolve-session";

const SECTIONS: (NavigationLink & { action?: Action })[] = [
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
  return SECTIONS.filter((section) => !section.action || can(roles, section.action)).map(
    ({ action: _action, ...link }) => link,
  );
}

export function headerPerson(session: ResolvedSession): HeaderPerson {
  return { name: session.name, organisationName: session.organisationName };
}
