import Link from "next/link";

interface PaginationProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label?: string;
}

/** Page numbers to show: first, last, and the current page with its neighbours. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = [1, page - 1, page, page + 1, pageCount]
    .filter((n, index, all) => n >= 1 && n <= pageCount && all.indexOf(n) === index)
    .sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  for (const n of shown) {
    const previous = result[result.length - 1];
    if (typeof previous === "number" && n - previous > 1) {
      result.push("gap");
    }
    result.push(n);
  }
  return result;
}

const ITEM = "govuk-pagination__item";

export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: PaginationProps) {
  if (pageCount <= 1) {
    return null;
  }
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageWindow(page, pageCount).map((n, index) =>
          n === "gap" ? (
            <li key={`gap-${index}`} className={`${ITEM} govuk-pagination__item--ellipses`}>
              &ctdot;
            </li>
          ) : (
            <li key={n} className={n === page ? `${ITEM} govuk-pagination__item--current` : ITEM}>
              <Link
                className="govuk-link govuk-pagination__link"
                href={hrefFor(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? "page" : undefined}
              >
                {n}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
