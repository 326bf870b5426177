import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDateTime } from "@/lib/dates";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { NotificationActions } from "./notification-actions";

export const metadata: Metadata = { title: "Notifications" };

type NotificationRow = inferRouterOutputs<AppRouter>["notification"]["list"]["rows"][number];

// notification.list returns the latest this many; older ones stay in the database.
const LIST_LIMIT = 100;

/** The row's header: bold while unread, like an unread message in a mail client. */
function Message({ row }: { row: NotificationRow }) {
  return (
    <>
      <span className={row.readAt ? "govuk-!-font-weight-regular" : undefined}>{row.title}</span>
      <br />
      <span className="govuk-body-s">{row.body}</span>
    </>
  );
}

function unreadText(unread: number): string {
  if (unread === 0) {
    return "You have no unread notifications.";
  }
  return unread === 1
    ? "You have 1 unread notification."
    : `You have ${unread} unread notifications.`;
}

export default async function NotificationsPage() {
  const caller = await serverCaller();
  const { unread, rows } = await caller.notification.list();

  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      <p className="govuk-body">{unreadText(unread)}</p>
      {rows.length >= LIST_LIMIT && (
        <p className="govuk-body">Your latest {LIST_LIMIT} notifications are shown.</p>
      )}
      <Table
        caption="Your notifications, newest first"
        captionSize="hidden"
        rows={rows}
        rowKey={(row) => row.id}
        empty="You have no notifications."
        columns={[
          { header: "Notification", cell: (row) => <Message row={row} /> },
          { header: "Received", cell: (row) => formatDateTime(row.createdAt) },
          {
            header: "Status",
            cell: (row) => (row.readAt ? "Read" : <Tag colour="blue">Unread</Tag>),
          },
          {
            header: "Actions",
            cell: (row) => (
              <NotificationActions
                notificationId={row.id}
                title={row.title}
                link={row.link}
                unread={!row.readAt}
              />
            ),
          },
        ]}
      />
    </>
  );
}
