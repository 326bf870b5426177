import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/notification-banner";
import { queryText, withQuery, type SearchParams } from "@/components/page-params";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import { loadMeeting } from "./load-meeting";
import { Attendees, MeetingSummary, OpenedBy, Targets } from "./meeting-sections";
import { TargetReviewForm } from "./target-review-form";

type Params = Promise<{ meetingId: string }>;

// The reference only: a child's name has no place in browser history or tab lists.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const meeting = await loadMeeting((await params).meetingId);
  return { title: `${meeting.reference} – Student meeting` };
}

export default async function MeetingPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { meetingId } = await props.params;
  const done = queryText((await props.searchParams).done, 20);
  const { actor } = await requireSession();
  const meeting = await loadMeeting(meetingId);
  const mayRecord = can(actor.roles, "meeting.record");
  const mayReviewTargets = can(actor.roles, "meeting.reviewTarget");
  const openTargets = meeting.targets.filter((target) => !target.reviewedIn);

  return (
    <>
      {done === "recorded" && (
        <NotificationBanner type="success" focus>
          <h2 className="govuk-notification-banner__heading">
            Meeting {meeting.reference} recorded
          </h2>
          <p className="govuk-body">Each organisation with a copy has been told.</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">
        {meeting.reviewOf ? "Review meeting" : "Student meeting"}
      </span>
      <h1 className="govuk-heading-l">Meeting {meeting.reference}</h1>
      <div className="govuk-button-group">
        <a
          className="govuk-button govuk-button--secondary"
          href={`/meetings/${meeting.id}/pdf`}
          download
        >
          Download PDF
        </a>
        <a className="govuk-link" href={`/meetings/${meeting.id}/calendar.ics`}>
          Add to calendar
        </a>
        {mayRecord && !meeting.reviewedBy && (
          <Link
            className="govuk-button"
            href={withQuery("/meetings/new", {
              placementId: meeting.placement.id,
              reviewOf: meeting.id,
            })}
          >
            Record the review meeting
          </Link>
        )}
      </div>
      <MeetingSummary meeting={meeting} />
      <Attendees meeting={meeting} />
      <h2 className="govuk-heading-m">What was discussed</h2>
      <p className="govuk-body cap-verbatim">{meeting.discussion}</p>
      <h2 className="govuk-heading-m">The student&apos;s view</h2>
      <p className="govuk-body cap-verbatim">{meeting.studentView}</p>
      <Targets caption="Agreed targets" targets={meeting.targets} />
      {mayReviewTargets && openTargets.length > 0 && (
        <TargetReviewForm
          targets={openTargets.map(({ id, description, status }) => ({ id, description, status }))}
        />
      )}
      {meeting.reviewOf && (
        <Targets
          caption={`Targets from meeting ${meeting.reviewOf.reference}, as reviewed`}
          targets={meeting.reviewedTargets}
        />
      )}
      <OpenedBy meeting={meeting} />
    </>
  );
}
