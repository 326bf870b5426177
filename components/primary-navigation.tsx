"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavigationLink {
  href: string;
  text: string;
  /** Shown as a badge beside the text, e.g. unread notifications; hidden when 0. */
  count?: number;
}

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The sections the person may use. The list is decided on the server from their roles;
 * this component only marks the section they are in.
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
                    aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
                  >
                    {item.text}
                    {item.count ? (
                      <span className="moj-notification-badge cap-navigation-badge">
                        {item.count}
                        <span className="govuk-visually-hidden"> unread</span>
                      </span>
                    ) : null}
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
