import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { AdoptionTag } from "../adoption-tag";

export const metadata: Metadata = { title: "Providers and policies" };

/** Every provider against every active policy's current version; "not adopted" in red. */
export default async function PolicyGridPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "policy.grid")) {
    notFound();
  }
  const { policies, rows } = await (await serverCaller()).policy.grid();

  return (
    <>
      <Link className="govuk-back-link" href="/quality/policies">
        Policies
      </Link>
      <h1 className="govuk-heading-l">Providers and policies</h1>
      {policies.length === 0 ? (
        <p className="govuk-body">No policies have been published yet.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Each provider&apos;s answer to the current version of each policy
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Provider
              </th>
              {policies.map((policy) => (
                <th key={policy.policyId} scope="col" className="govuk-table__header">
                  <Link className="govuk-link" href={`/quality/policies/${policy.policyId}`}>
                    {policy.title}
                  </Link>{" "}
                  (version {policy.version})
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr key={row.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.name}
                  <br />
                  <span className="govuk-body-s">{row.notAdopted} not adopted</span>
                </th>
                {row.states.map((state, index) => (
                  <td key={policies[index].policyId} className="govuk-table__cell">
                    <AdoptionTag state={state} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                Adopted or accepted
              </th>
              {policies.map((policy) => (
                <td key={policy.policyId} className="govuk-table__cell">
                  {policy.settled} of {rows.length}
                  {policy.awaiting > 0 && `, ${policy.awaiting} awaiting acceptance`}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
    </>
  );
}
