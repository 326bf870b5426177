import type { Metadata } from "next";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ReferralForm } from "./referral-form";

export const metadata: Metadata = { title: "Refer a student" };

export default async function NewReferralPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "referral.create")) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot refer students</h1>
        <p className="govuk-body">Referrals are made by the staff of the student&apos;s school.</p>
      </>
    );
  }
  const courses = await (await serverCaller()).course.list({});
  const options = courses.map((course) => ({
    id: course.id,
    title: course.title,
    providerName: course.provider.name,
    daysOffered: course.daysOffered,
    minAge: course.minAge,
    maxAge: course.maxAge,
  }));

  return (
    <>
      <span className="govuk-caption-l">Referrals</span>
      <h1 className="govuk-heading-l">Refer a student</h1>
      <ReferralForm courses={options} />
    </>
  );
}
