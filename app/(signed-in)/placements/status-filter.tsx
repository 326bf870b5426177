import Link from "next/link";
import { withQuery } from "@/components/page-params";

export const STATUSES = ["ACTIVE", "COMPLETED", "WITHDRAWN"] as const;
export type PlacementStatus = (typeof STATUSES)[number];

const FILTERS: readonly { status?: PlacementStatus; text: string }[] = [
  { text: "All" },
  { status: "ACTIVE", text: "Active" },
  { status: "COMPLETED", text: "Completed" },
  { status: "WITHDRAWN", text: "Withdrawn" },
];

/** MoJ sub navigation: one link per status, the current one marked for screen readers. */
export function StatusFilter({ current }: { current?: PlacementStatus }) {
  return (
    <nav className="moj-sub-navigation" aria-label="Filter placements by status">
      <ul className="moj-sub-navigation__list">
        {FILTERS.map(({ status, text }) => (
          <li key={text} className="moj-sub-navigation__item">
            <Link
              className="moj-sub-navigation__link"
              href={withQuery("/placements", { status })}
              aria-current={status === current ? "page" : undefined}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
