"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTRPC } from "@/lib/ui/trpc";

interface NotificationActionsProps {
  notificationId: string;
  /** Completes each control's name for screen readers, which hear many rows alike. */
  title: string;
  link: string | null;
  unread: boolean;
}

/** What the link opens, from where it points. Only paths inside the portal are followed. */
function linkText(link: string): string | null {
  if (!link.startsWith("/") || link.startsWith("//")) {
    return null;
  }
  if (link.startsWith("/referrals/")) {
    return "View referral";
  }
  if (link.startsWith("/placements")) {
    return "View placement";
  }
  return link.startsWith("/students/") ? "View student" : "View details";
}

/** notification.markRead; the navigation's unread count is refreshed after each. */
function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() }),
    }),
  );
}

/**
 * "View referral" and "Mark as read" for one notification. Following the link marks the
 * notification read too: the request goes out as the page changes, without holding it up.
 */
export function NotificationActions(props: NotificationActionsProps) {
  const { notificationId, title, link, unread } = props;
  const router = useRouter();
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const markRead = useMarkRead();
  const text = link ? linkText(link) : null;
  // Opening the link: the page is changing, so nothing on this one is refreshed.
  const onOpen = () => {
    if (unread) {
      markRead.mutate({ notificationId });
    }
  };
  // The button: the row is redrawn as read, and focus moves to its link as the button goes.
  const onMarkRead = () => {
    const onSuccess = () => {
      router.refresh();
      setAnnouncement(`Marked as read: ${title}`);
      linkRef.current?.focus();
    };
    markRead.mutate({ notificationId }, { onSuccess });
  };

  return (
    <>
      {link && text && (
        <p className="govuk-body govuk-!-margin-bottom-2">
          <Link
            className="govuk-link"
            href={link}
            // Opening a concern, referral or allegation is audited as a read: only a real
            // click may open it, never a prefetch of a link in view.
            prefetch={false}
            ref={linkRef}
            onClick={onOpen}
            style={{ whiteSpace: "nowrap" }}
          >
            {text}
            <span className="govuk-visually-hidden">: {title}</span>
          </Link>
        </p>
      )}
      {unread && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          data-module="govuk-button"
          disabled={markRead.isPending}
          style={{ whiteSpace: "nowrap" }}
          onClick={onMarkRead}
        >
          Mark as read<span className="govuk-visually-hidden">: {title}</span>
        </button>
      )}
      {markRead.isError && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> It could not be marked as read. Try
          again.
        </p>
      )}
      <span className="govuk-visually-hidden" role="status">
        {announcement}
      </span>
    </>
  );
}
