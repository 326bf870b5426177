import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { queryChoice, queryText, type SearchParams } from "@/components/page-params";
import { ukToday } from "@/lib/dates";
import { academicStartYearOf, REVIEW_KINDS } from "@/lib/schemas/quality-review";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { OpenReviewForm } from "./open-review-form";

export const metadata: Metadata = { title: "Open a review" };

export default async function OpenReviewPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "review.open")) {
    notFound();
  }
  const providers = await (await serverCaller()).review.providers();
  const year = queryText(params.year, 4);

  return (
    <>
      <h1 className="govuk-heading-l">Open a review</h1>
      <p className="govuk-body">
        Quality Review 1 opens the provider&apos;s review year and asks every current requirement.
        The site visit follows it; a follow-up is for the summer term, while actions from the year
        remain open. The provider&apos;s staff and DSL are told.
      </p>
      <OpenReviewForm
        providers={providers}
        defaults={{
          providerId: queryText(params.providerId, 40) ?? "",
          kind: queryChoice(params.kind, REVIEW_KINDS) ?? "QR1",
          startYear: year && /^\d{4}$/.test(year) ? year : String(academicStartYearOf(ukToday())),
        }}
      />
    </>
  );
}
