import type { ReactNode } from "react";
import { errorId, hintId } from "@/lib/ui/form-errors";

/** "govuk-form-group" with the error modifier when the field has a message. */
export function formGroupClass(error: string | undefined, extra?: string): string {
  return ["govuk-form-group", error ? "govuk-form-group--error" : null, extra]
    .filter(Boolean)
    .join(" ");
}

export function Hint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) {
    return null;
  }
  return (
    <div id={hintId(name)} className="govuk-hint">
      {children}
    </div>
  );
}

/** The message beside a field. "Error:" is read out first, as GOV.UK Frontend does. */
export function ErrorMessage({ name, children }: { name: string; children?: string }) {
  if (!children) {
    return null;
  }
  return (
    <p id={errorId(name)} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

interface LabelProps {
  htmlFor: string;
  children: ReactNode;
  /** The label is the page's heading (a one-question page). */
  isPageHeading?: boolean;
  size?: "s" | "m" | "l" | "xl";
}

export function Label({ htmlFor, children, isPageHeading, size }: LabelProps) {
  const className = ["govuk-label", size ? `govuk-label--${size}` : null].filter(Boolean).join(" ");
  const label = (
    <label className={className} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

interface FieldsetProps {
  legend: ReactNode;
  describedBy?: string;
  isPageHeading?: boolean;
  size?: "s" | "m" | "l" | "xl";
  children: ReactNode;
}

export function Fieldset({ legend, describedBy, isPageHeading, size, children }: FieldsetProps) {
  const legendClass = ["govuk-fieldset__legend", size ? `govuk-fieldset__legend--${size}` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={legendClass}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
