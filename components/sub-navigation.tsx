import Link from "next/link";

export interface SubNavigationItem {
  href: string;
  text: string;
  current: boolean;
}

/** MoJ sub navigation, e.g. a list's status filters; the current one is marked as the page. */
export function SubNavigation({ label, items }: { label: string; items: SubNavigationItem[] }) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map(({ href, text, current }) => (
          <li key={text} className="moj-sub-navigation__item">
            <Link
              className="moj-sub-navigation__link"
              href={href}
              aria-current={current ? "page" : undefined}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
