import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { ConsentForm } from "./consent-form";

export const metadata: Metadata = { title: "Record consent" };

export default async function NewConsentPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "consent.record")) {
    notFound();
  }
  const students = await (await serverCaller()).consent.students();
  return (
    <>
      <h1 className="govuk-heading-l">Record photo and video consent</h1>
      <ConsentForm students={students} />
    </>
  );
}
