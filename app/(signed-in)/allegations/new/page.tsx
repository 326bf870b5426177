import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { AllegationForm, type EmployerOption } from "./allegation-form";

export const metadata: Metadata = { title: "Report an allegation about an adult" };

const KIND_TEXT = { SCHOOL: "School", PROVIDER: "Provider", SERVICE: "The service" } as const;

export default async function NewAllegationPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "allegation.report")) {
    notFound();
  }

  const employers = await (await serverCaller()).allegation.employers();
  const options: EmployerOption[] = employers.map((employer) => ({
    value: employer.id,
    text: `${employer.name} (${KIND_TEXT[employer.kind]})`,
  }));

  return (
    <>
      <span className="govuk-caption-l">Allegations</span>
      <h1 className="govuk-heading-l">Report an allegation about an adult</h1>
      <p className="govuk-body">
        Use this form when an adult who works with children – at a school, a provider or the
        service, paid or volunteer – may have harmed a child, may have committed an offence against
        or related to a child, has behaved in a way that suggests a risk to children, or may not be
        suitable to work with them.
      </p>
      <div className="govuk-inset-text">
        What you report goes only to the service lead, who decides with the local authority
        designated officer (LADO) what happens next. Nobody else in the portal can see it, not your
        own DSL or manager. Do not tell the adult concerned that you have reported them.
      </div>
      <p className="govuk-body">
        If you are worried about a child and not about an adult&apos;s conduct, raise a safeguarding
        concern instead:{" "}
        <Link className="govuk-link" href="/concerns/new">
          raise a concern about a child
        </Link>
        . If a child is in immediate danger, call 999.
      </p>
      <AllegationForm
        employers={options}
        canLinkStudents={can(actor.roles, "student.list") && can(actor.roles, "student.read")}
      />
    </>
  );
}
