"use client";

import Link from "next/link";
import type { ComponentProps, MouseEvent, ReactNode } from "react";

type Variant = "primary" | "secondary" | "warning" | "inverse";

function buttonClass(variant: Variant, start: boolean | undefined, className?: string): string {
  return [
    "govuk-button",
    variant === "primary" ? null : `govuk-button--${variant}`,
    start ? "govuk-button--start" : null,
    className,
  ]
    .filter(Boolean)
    .join(" ");
}

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: Variant;
}

/**
 * A GOV.UK button; `type` defaults to "submit" as in a plain form.
 *
 * `disabled` is drawn as aria-disabled and the press ignored, rather than the native
 * attribute: a browser takes focus away from a button that becomes disabled, so someone who
 * pressed "Save" from the keyboard while the request was in flight would be sent back to the
 * top of the page (WCAG 2.4.3). Screen readers still announce the button as unavailable.
 */
export function Button(props: ButtonProps) {
  const { variant = "primary", className, type = "submit", disabled, onClick, ...rest } = props;
  const onPress = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled) {
      // Also cancels a form's submission, including one from Enter in a text field.
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };

  return (
    <button
      type={type}
      data-module="govuk-button"
      {...rest}
      aria-disabled={disabled ? true : undefined}
      onClick={onPress}
      className={buttonClass(variant, false, className)}
    />
  );
}

interface ButtonLinkProps extends Omit<ComponentProps<typeof Link>, "className"> {
  variant?: Variant;
  /** A "Start now" call to action, with its arrow. */
  start?: boolean;
  className?: string;
  children: ReactNode;
}

/** A link that looks like a button, for actions that open another page. */
export function ButtonLink(props: ButtonLinkProps) {
  const { variant = "primary", start, className, children, ...link } = props;
  return (
    <Link {...link} draggable={false} className={buttonClass(variant, start, className)}>
      {children}
      {start && (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </Link>
  );
}

/** Lays buttons and links out side by side. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
