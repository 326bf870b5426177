import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import { ContactForm } from "../contact-form";

export const metadata: Metadata = { title: "Add a safeguarding contact" };

export default async function NewContactPage() {
  const { actor } = await requireSession();
  // The service lead keeps the directory; to anyone else this page does not exist.
  if (!can(actor.roles, "safeguardingContact.upsert")) {
    notFound();
  }
  return (
    <>
      <span className="govuk-caption-l">Safeguarding contacts</span>
      <h1 className="govuk-heading-l">Add a contact</h1>
      <ContactForm
        contact={{
          name: "",
          description: "",
          phone: "",
          email: "",
          availability: "",
          sortOrder: 0,
          active: true,
        }}
      />
    </>
  );
}
