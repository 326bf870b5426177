"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/lib/ui/trpc";

export interface NavigationLink {
  href: string;
  text: string;
  /** A count shown beside the text, kept fresh in the browser. */
  badge?: "unread-notifications";
}

/**
 * "page" on the section's own page; "true" on a page inside it (one referral, say), so a
 * screen reader does not call the section's link the current page there.
 */
function currentMark(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) {
    return "page";
  }
  return pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/**
 * How many of the person's notifications are unread. Read through tRPC, so it refreshes
 * when the window regains focus and when a page invalidates the notification queries.
 */
function UnreadNotificationsBadge() {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.notification.unreadCount.queryOptions());
  if (!data?.unread) {
    return null;
  }
  return (
    <>
      {" "}
      <span className="moj-notification-badge cap-navigation-badge">
        {data.unread}
        <span className="govuk-visually-hidden"> unread</span>
      </span>
    </>
  );
}

/**
 * The sections the person may use. The list is decided on the server from their roles;
 * this component marks the section they are in. Needs the TRPCProvider above it.
 */
export function PrimaryNavigation({ items }: { items: readonly NavigationLink[] }) {
  const pathname = usePathname() ?? "";
  return (
    <div className="moj-primary-navigation">
      <div className="moj-primary-navigation__container">
        <div className="moj-primary-navigation__nav">
          <nav className="moj-primary-navigation" aria-label="Main sections">
            <ul className="moj-primary-navigation__list">
              {items.map((item) => (
                <li key={item.href} className="moj-primary-navigation__item">
                  <Link
                    className="moj-primary-navigation__link"
                    href={item.href}
                    aria-current={currentMark(pathname, item.href)}
                  >
                    {item.text}
                    {item.badge === "unread-notifications" && <UnreadNotificationsBadge />}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
