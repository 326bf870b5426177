import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../_lib/require-session";
import { StaffCheckForm } from "../staff-check-form";

export const metadata: Metadata = { title: "Add a staff member – Single central record" };

export default async function NewStaffCheckPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "scr.record")) {
    notFound();
  }
  return (
    <>
      <Link className="govuk-back-link" href="/quality/staff-checks">
        Single central record
      </Link>
      <span className="govuk-caption-l">Single central record</span>
      <h1 className="govuk-heading-l">Add a staff member</h1>
      <StaffCheckForm defaults={null} />
    </>
  );
}
