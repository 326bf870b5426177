import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ContactForm } from "../contact-form";

export const metadata: Metadata = { title: "Change a safeguarding contact" };

export default async function EditContactPage(props: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await props.params;
  const { actor } = await requireSession();
  if (!can(actor.roles, "safeguardingContact.upsert")) {
    notFound();
  }
  const contacts = await (
    await serverCaller()
  ).safeguardingContact.list({
    includeInactive: true,
  });
  const contact = contacts.find((c) => c.id === contactId);
  if (!contact) {
    notFound();
  }
  return (
    <>
      <span className="govuk-caption-l">Safeguarding contacts</span>
      <h1 className="govuk-heading-l">Change {contact.name}</h1>
      <ContactForm
        contact={{
          id: contact.id,
          kind: contact.kind,
          name: contact.name,
          description: contact.description,
          phone: contact.phone,
          email: contact.email ?? "",
          availability: contact.availability ?? "",
          sortOrder: contact.sortOrder,
          active: contact.active,
        }}
      />
    </>
  );
}
