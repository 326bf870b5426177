import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { StaffCheckWarnings } from "@/components/staff-check-warning";
import { staffCheckStatuses } from "../../../_lib/staff-check-status";
import { requireSession } from "../../../_lib/require-session";
import type { CourseOption } from "./course-option";
import { ReferralForm } from "./referral-form";

export const metadata: Metadata = { title: "Refer a student" };

export default async function NewReferralPage() {
  const { actor } = await requireSession();
  // Referrals are made by the student's school; to anyone else this page does not exist
  // (the server refuses referral.create for them too).
  if (!can(actor.roles, "referral.create")) {
    notFound();
  }

  const courses = await (await serverCaller()).course.list({});
  const checks = await staffCheckStatuses(courses.map((course) => course.provider.id));
  const options: CourseOption[] = courses.map((course) => ({
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
      <StaffCheckWarnings statuses={checks} />
      <ReferralForm courses={options} />
    </>
  );
}
