"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

interface NotificationBannerProps {
  /** "success" confirms what the person just did; "important" tells them something. */
  type?: "success" | "important";
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  /** Take focus when shown (after an action that stays on the same page). */
  focus?: boolean;
}

export function NotificationBanner(props: NotificationBannerProps) {
  const { type = "important", heading, children, focus } = props;
  const title = props.title ?? (type === "success" ? "Success" : "Important");
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (focus) {
      ref.current?.focus();
    }
  }, [focus]);

  const className =
    type === "success"
      ? "govuk-notification-banner govuk-notification-banner--success"
      : "govuk-notification-banner";
  return (
    <div
      ref={ref}
      className={className}
      role={type === "success" ? "alert" : "region"}
      aria-labelledby={titleId}
      tabIndex={focus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading && <p className="govuk-notification-banner__heading">{heading}</p>}
        {children}
      </div>
    </div>
  );
}
