import "server-only";
import type { NavigationLink } from "@/components/primary-navigation";
import { can, type Action } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { currentSession } from "@/server/auth/current-session";
import { getDb } from "@/server/db";
import { createContext } from "@/server/trpc/context";
import { createCallerFactory } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/router";

export interface Shell {
  person: { name: string; organisationName: string };
  navigation: NavigationLink[];
}

const SECTIONS: { href: string; text: string; action?: Action }[] = [
  { href: "/dashboard", text: "Dashboard" },
  { href: "/students", text: "Students", action: "student.list" },
  { href: "/referrals", text: "Referrals", action: "referral.list" },
  { href: "/placements", text: "Placements", action: "placement.list" },
  { href: "/notifications", text: "Notifications", action: "notification.list" },
];

/** The sections a person's roles open, in the order the navigation shows them. */
export function sectionsFor(roles: Actor["roles"]): NavigationLink[] {
  return SECTIONS.filter((section) => !section.action || can(roles, section.action)).map(
    ({ href, text }) => ({ href, text }),
  );
}

const createCaller = createCallerFactory(appRouter);

async function unreadCount(actor: Actor): Promise<number> {
  const caller = createCaller(createContext(await getDb(), actor));
  const { unread } = await caller.notification.list();
  return unread;
}

// The organisation's name is not part of the resolved session yet. resolveSession already
// loads the organisation, so adding `organisationName` to ResolvedSession would remove this
// second read; until then the header reads the one column here.
async function organisationName(organisationId: string): Promise<string> {
  const db = await getDb();
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { name: true },
  });
  return organisation?.name ?? "";
}

/** What the header and navigation show for this request, or null when signed out. */
export async function loadShell(): Promise<Shell | null> {
  const session = await currentSession();
  if (!session) {
    return null;
  }

  const { actor, name } = session;
  const showsNotifications = can(actor.roles, "notification.list");
  const [organisation, unread] = await Promise.all([
    organisationName(actor.organisationId),
    showsNotifications ? unreadCount(actor) : Promise.resolve(0),
  ]);

  const navigation = sectionsFor(actor.roles).map((item) =>
    item.href === "/notifications" ? { ...item, count: unread } : item,
  );
  return { person: { name, organisationName: organisation }, navigation };
}
