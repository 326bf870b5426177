import type { Metadata } from "next";
import { ButtonGroup, ButtonLink } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { StatusTag } from "@/components/tag";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { requireSession } from "../../../../_lib/require-session";
import { loadReview, reviewTitle, type ReviewRecord } from "./load-review";
import { Feedback, Requirements, ReviewDetails, Visit, YearOpenActions } from "./review-sections";
import { SubmitReview } from "./review-steps";

type Params = Promise<{ reviewId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const review = await loadReview((await params).reviewId);
  return { title: `${review.reference} – Quality review` };
}

const BANNERS: Record<string, string> = {
  opened: "Review opened: the provider has been told",
  answered: "Answers saved",
  submitted: "Review submitted for marking",
  judged: "Marks saved",
  visit: "Visit saved",
  feedback: "Feedback given: the provider has been told",
};

function bannerText(params: SearchParams): string | null {
  const key = Object.keys(BANNERS).find((name) => params[name]);
  return key ? BANNERS[key] : null;
}

const STATUS_LABEL = {
  OPEN: "Open",
  SUBMITTED: "Submitted for marking",
  FEEDBACK_GIVEN: "Feedback given",
} as const;

/** What the provider may do now: answer and submit an open Quality Review 1. */
function ProviderSteps({ review, actor }: { review: ReviewRecord; actor: Actor }) {
  if (review.kind !== "QR1" || review.status !== "OPEN" || !can(actor.roles, "review.answer")) {
    return null;
  }
  return (
    <section aria-labelledby="steps-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="steps-heading">
        Your answers
      </h2>
      <p className="govuk-body">
        Answer each requirement with a statement and your evidence. You can save and come back
        before you submit.
      </p>
      <ButtonGroup>
        <ButtonLink href={`/quality/reviews/${review.id}/answer`}>
          Answer the requirements
        </ButtonLink>
      </ButtonGroup>
      <SubmitReview reviewId={review.id} />
    </section>
  );
}

/** What the officer may do now: mark, record the visit, give feedback. */
function OfficerSteps({ review, actor }: { review: ReviewRecord; actor: Actor }) {
  if (review.status === "FEEDBACK_GIVEN" || !can(actor.roles, "review.giveFeedback")) {
    return null;
  }
  const qr1 = review.kind === "QR1";
  if (qr1 && review.status !== "SUBMITTED") {
    return (
      <p className="govuk-body">
        The provider has not submitted its answers yet: you can mark them once it has.
      </p>
    );
  }
  return (
    <ButtonGroup>
      {qr1 ? (
        <ButtonLink href={`/quality/reviews/${review.id}/judge`}>Mark the requirements</ButtonLink>
      ) : (
        <ButtonLink href={`/quality/reviews/${review.id}/visit`}>Record the visit</ButtonLink>
      )}
      <ButtonLink href={`/quality/reviews/${review.id}/feedback`} variant="secondary">
        Give feedback
      </ButtonLink>
    </ButtonGroup>
  );
}

/** From a review with feedback, the officer opens the year's next one (the form checks it). */
function NextReview({ review, actor }: { review: ReviewRecord; actor: Actor }) {
  if (review.status !== "FEEDBACK_GIVEN" || !can(actor.roles, "review.open")) {
    return null;
  }
  if (review.kind === "FOLLOW_UP") {
    return null;
  }
  const kind = review.kind === "QR1" ? "QR2" : "FOLLOW_UP";
  const query = `providerId=${review.provider.id}&year=${review.startYear}&kind=${kind}`;
  return (
    <ButtonGroup>
      <ButtonLink href={`/quality/reviews/new?${query}`} variant="secondary">
        {kind === "QR2" ? "Open the site visit" : "Open a follow-up visit"}
      </ButtonLink>
    </ButtonGroup>
  );
}

export default async function ReviewPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { reviewId } = await props.params;
  const { actor } = await requireSession();
  const review = await loadReview(reviewId);
  const banner = bannerText(await props.searchParams);

  return (
    <>
      {banner && <NotificationBanner type="success" heading={banner} focus />}
      <span className="govuk-caption-l">Quality review {review.reference}</span>
      <h1 className="govuk-heading-l">{reviewTitle(review)}</h1>
      <p className="govuk-body">
        <StatusTag status={review.status} label={STATUS_LABEL[review.status]} />
      </p>
      <ReviewDetails review={review} />
      <OfficerSteps review={review} actor={actor} />
      <NextReview review={review} actor={actor} />
      <ProviderSteps review={review} actor={actor} />
      <Feedback review={review} />
      <YearOpenActions review={review} />
      <Visit review={review} />
      <Requirements review={review} />
    </>
  );
}
