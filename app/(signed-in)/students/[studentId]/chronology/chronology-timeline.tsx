import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/dates";
import { CHRONOLOGY_KIND_LABEL } from "@/lib/schemas/chronology";
import { fromDateOnly } from "@/lib/schemas/common";
import type { AppRouter } from "@/server/trpc/router";

type ChronologyEvent = inferRouterOutputs<AppRouter>["student"]["chronology"]["events"][number];

function When({ event }: { event: ChronologyEvent }) {
  if (event.dateOnly) {
    const date = fromDateOnly(event.at);
    return <time dateTime={date}>{formatDate(date)}</time>;
  }
  return <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>;
}

/** MoJ timeline, newest first: what happened, who did it, when, and what was written. */
export function ChronologyTimeline({ events }: { events: readonly ChronologyEvent[] }) {
  return (
    <div className="moj-timeline cap-chronology">
      {events.map((event) => (
        <div key={event.id} className="moj-timeline__item">
          <div className="moj-timeline__header">
            <h2 className="moj-timeline__title">
              {event.link ? (
                <Link className="govuk-link" href={event.link} prefetch={false}>
                  {event.title}
                </Link>
              ) : (
                event.title
              )}
            </h2>
            <p className="moj-timeline__byline">
              {CHRONOLOGY_KIND_LABEL[event.kind]}
              {event.by ? ` by ${event.by}` : null}
            </p>
          </div>
          <p className="moj-timeline__date">
            <When event={event} />
          </p>
          {event.detail ? (
            <div className="moj-timeline__description cap-verbatim">{event.detail}</div>
          ) : null}
        </div>
      ))}
    </div>
  );
}
