import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../../_lib/require-session";
import { CreatePolicyForm } from "../publish-forms";

export const metadata: Metadata = { title: "Publish a new policy" };

export default async function NewPolicyPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "policy.publish")) {
    notFound();
  }
  return (
    <>
      <Link className="govuk-back-link" href="/quality/policies">
        Policies
      </Link>
      <h1 className="govuk-heading-l">Publish a new policy</h1>
      <p className="govuk-body">Every provider is told and asked to adopt it.</p>
      <CreatePolicyForm />
    </>
  );
}
