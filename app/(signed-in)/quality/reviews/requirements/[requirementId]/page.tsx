import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../../_lib/require-session";
import { RequirementForm } from "../requirement-forms";

export const metadata: Metadata = { title: "Edit a requirement" };

type Params = Promise<{ requirementId: string }>;

export default async function EditRequirementPage({ params }: { params: Params }) {
  const { requirementId } = await params;
  const { actor } = await requireSession();
  if (!can(actor.roles, "qualityRequirement.manage")) {
    notFound();
  }
  const list = await (await serverCaller()).qualityRequirement.list({});
  const requirement = list.find((candidate) => candidate.id === requirementId);
  if (!requirement) {
    notFound();
  }

  return (
    <>
      <h1 className="govuk-heading-l">{requirement.title}</h1>
      <p className="govuk-body">
        Reviews already opened keep the wording they asked; the change applies to reviews opened
        from now on.
      </p>
      <RequirementForm
        existing={{
          requirementId: requirement.id,
          title: requirement.title,
          guidance: requirement.guidance ?? "",
          asksExpiry: requirement.asksExpiry,
        }}
      />
    </>
  );
}
