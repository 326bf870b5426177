import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/button";
import { NotificationBanner } from "@/components/notification-banner";
import { queryChoice, type SearchParams } from "@/components/page-params";
import { Table, type Column } from "@/components/table";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Safeguarding contacts" };

type Contact = inferRouterOutputs<AppRouter>["safeguardingContact"]["list"][number];

function columns(editable: boolean): Column<Contact>[] {
  const base: Column<Contact>[] = [
    {
      header: "Name",
      cell: (c) => (
        <>
          {c.name}
          <br />
          <span className="govuk-body-s">{c.description}</span>
        </>
      ),
    },
    {
      header: "Phone",
      cell: (c) => (
        <a
          className="govuk-link"
          href={`tel:${c.phone.replace(/\s+/g, "")}`}
          style={{ whiteSpace: "nowrap" }}
        >
          {c.phone}
        </a>
      ),
    },
    {
      header: "Email",
      cell: (c) =>
        c.email ? (
          <a className="govuk-link" href={`mailto:${c.email}`}>
            {c.email}
          </a>
        ) : (
          "None"
        ),
    },
    { header: "When", cell: (c) => c.availability ?? "Not recorded" },
  ];
  if (!editable) {
    return base;
  }
  return [
    ...base,
    {
      header: "Action",
      cell: (c) => (
        <Link className="govuk-link" href={`/safeguarding-contacts/${c.id}`}>
          Change<span className="govuk-visually-hidden"> {c.name}</span>
        </Link>
      ),
    },
  ];
}

export default async function SafeguardingContactsPage(props: {
  searchParams: Promise<SearchParams>;
}) {
  const { actor } = await requireSession();
  if (!can(actor.roles, "safeguardingContact.list")) {
    notFound();
  }
  const saved = queryChoice((await props.searchParams).saved, ["added", "changed"] as const);
  const editable = can(actor.roles, "safeguardingContact.upsert");
  const contacts = await (
    await serverCaller()
  ).safeguardingContact.list({
    includeInactive: editable,
  });
  const listed = contacts.filter((c) => c.active);
  const dsls = listed.filter((c) => c.kind === "SERVICE_DSL");
  const helplines = listed.filter((c) => c.kind === "HELPLINE");
  const hidden = contacts.filter((c) => !c.active);

  return (
    <>
      {saved && (
        <NotificationBanner
          type="success"
          heading={saved === "added" ? "Contact added" : "Contact changed"}
          focus
        />
      )}
      <h1 className="govuk-heading-l">Safeguarding contacts</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          If a child is in immediate danger, call 999.
        </strong>
      </div>
      <p className="govuk-body">
        Tell your own organisation&apos;s designated safeguarding lead (DSL) first. If you cannot
        reach them, call one of the service&apos;s DSLs.
        {can(actor.roles, "concern.raise") && (
          <>
            {" "}
            <Link className="govuk-link" href="/concerns/new">
              Raise a safeguarding concern
            </Link>{" "}
            in the portal the same day.
          </>
        )}
      </p>
      {editable && <ButtonLink href="/safeguarding-contacts/new">Add a contact</ButtonLink>}
      <Table
        caption="The service's designated safeguarding leads"
        captionSize="m"
        rows={dsls}
        rowKey={(c) => c.id}
        columns={columns(editable)}
        empty="No service DSLs are listed yet."
      />
      <Table
        caption="Helplines and teams"
        captionSize="m"
        rows={helplines}
        rowKey={(c) => c.id}
        columns={columns(editable)}
        empty="No helplines are listed yet."
      />
      {editable && hidden.length > 0 && (
        <Table
          caption="Taken out of the directory"
          captionSize="m"
          rows={hidden}
          rowKey={(c) => c.id}
          columns={columns(editable)}
        />
      )}
    </>
  );
}
