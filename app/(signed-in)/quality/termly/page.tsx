import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatUkDay } from "@/components/format";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Termly confirmation" };

type Termly = inferRouterOutputs<AppRouter>["termly"]["list"];
type Term = Termly["terms"][number];
type Entry = Term["providers"][number];

function StatusCell({ entry }: { entry: Entry }) {
  if (!entry.confirmation) {
    return <Tag colour="red">Not confirmed</Tag>;
  }
  return <Tag colour="green">Confirmed</Tag>;
}

function confirmedText(entry: Entry): string {
  const { confirmation } = entry;
  return confirmation
    ? `${confirmation.confirmedBy.name}, ${formatUkDay(confirmation.confirmedAt)}`
    : "";
}

/** The current term for the service: providers not yet confirmed first, in red. */
function CurrentTermTable({ term }: { term: Term }) {
  const rows = [...term.providers].sort(
    (a, b) => Number(Boolean(a.confirmation)) - Number(Boolean(b.confirmation)),
  );
  return (
    <Table
      caption={`${term.name}: ${term.confirmed} of ${term.providers.length} providers confirmed`}
      captionSize="m"
      rows={rows}
      rowKey={(row) => row.provider.id}
      empty="There are no providers in the collaboration."
      columns={[
        { header: "Provider", cell: (row) => row.provider.name },
        { header: "Status", cell: (row) => <StatusCell entry={row} /> },
        { header: "Confirmed by", cell: confirmedText },
        { header: "Note", cell: (row) => row.confirmation?.note ?? "" },
      ]}
    />
  );
}

/** Earlier terms as a grid: a provider per row, a term per column. */
function EarlierTerms({ terms }: { terms: Term[] }) {
  if (terms.length === 0) {
    return null;
  }
  const providers = terms[0].providers.map((entry) => entry.provider);
  return (
    <Table
      caption="Earlier terms"
      captionSize="m"
      rows={providers}
      rowKey={(provider) => provider.id}
      columns={[
        { header: "Provider", cell: (provider) => provider.name },
        ...terms.map((term) => ({
          header: term.name,
          cell: (provider: { id: string }) => {
            const entry = term.providers.find((item) => item.provider.id === provider.id)!;
            return <StatusCell entry={entry} />;
          },
        })),
      ]}
    />
  );
}

/** A provider's own confirmations, each with the words it confirmed. */
function OwnHistory({ terms }: { terms: Term[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Your confirmations</h2>
      <dl className="govuk-summary-list">
        {terms.map((term) => {
          const entry = term.providers[0];
          return (
            <div key={term.name} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{term.name}</dt>
              <dd className="govuk-summary-list__value">
                <StatusCell entry={entry} /> {confirmedText(entry)}
                {entry.confirmation && (
                  <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">What was confirmed</span>
                    </summary>
                    <div className="govuk-details__text">
                      <ul className="govuk-list govuk-list--bullet">
                        {entry.confirmation.confirmedItems.map((text) => (
                          <li key={text}>{text}</li>
                        ))}
                      </ul>
                      {entry.confirmation.note && (
                        <p className="govuk-body">{entry.confirmation.note}</p>
                      )}
                    </div>
                  </details>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

export default async function TermlyPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "termly.list")) {
    notFound();
  }
  const caller = await serverCaller();
  const [termly, checklist] = await Promise.all([caller.termly.list(), caller.termly.checklist()]);
  const [current, ...earlier] = termly.terms;
  const isProvider = actor.organisationKind === "PROVIDER";

  return (
    <>
      <h1 className="govuk-heading-l">Termly quality confirmation</h1>
      <p className="govuk-body">
        Each term every provider confirms that it works in line with the service&rsquo;s guidance,
        by ticking each statement of the checklist.
      </p>
      {can(actor.roles, "termly.manageChecklist") && (
        <p className="govuk-body">
          <Link className="govuk-link" href="/quality/termly/checklist">
            Change the checklist ({checklist.active.length} statements)
          </Link>
        </p>
      )}
      {!current && <p className="govuk-body">No school term has begun yet.</p>}
      {current && !isProvider && <CurrentTermTable term={current} />}
      {current && !isProvider && <EarlierTerms terms={earlier} />}
      {current && isProvider && termly.due && can(actor.roles, "termly.confirm") && (
        <>
          <div className="govuk-inset-text">
            {current.name} is due: your organisation has not confirmed it yet.
          </div>
          <ConfirmForm term={current.name} items={checklist.active} />
        </>
      )}
      {current && isProvider && <OwnHistory terms={termly.terms} />}
    </>
  );
}
