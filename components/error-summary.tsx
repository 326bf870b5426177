"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { SummaryError } from "@/lib/ui/form-errors";

interface ErrorSummaryProps {
  /** One line per problem, each linking to its field (see lib/ui/form-errors.ts). */
  errors: readonly SummaryError[];
  /** A problem with the whole form, shown above the list (e.g. from applyServerErrors). */
  description?: string | null;
  title?: string;
  /**
   * The summary takes focus when it appears and again whenever this changes: pass the form's
   * `submitCount`, so each refused submit is announced but typing never moves the focus.
   */
  focusKey?: unknown;
}

/** Moves to the field a summary line names, with its label or legend in view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, href: string) {
  const target = document.getElementById(href.slice(1));
  if (!target) {
    return;
  }
  event.preventDefault();
  const legend = target.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(target.id)}"]`);
  (legend ?? label ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

export function ErrorSummary(props: ErrorSummaryProps) {
  const { errors, description, title = "There is a problem", focusKey } = props;
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0 || Boolean(description);

  useEffect(() => {
    if (visible) {
      ref.current?.focus();
    }
    // Focus follows a new submit (focusKey) or the summary appearing, not each edit.
  }, [focusKey, visible]);

  if (!visible) {
    return null;
  }
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error) => (
                <li key={error.href + error.text}>
                  <a href={error.href} onClick={(event) => focusField(event, error.href)}>
                    {error.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
