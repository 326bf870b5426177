import type { Metadata } from "next";
import { ROLE_LABEL } from "@/server/auth/roles";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { name, actor } = await requireSession();
  return (
    <>
      <span className="govuk-caption-l">Dashboard</span>
      <h1 className="govuk-heading-l">Welcome, {name}</h1>
      <h2 className="govuk-heading-m">Your roles</h2>
      {actor.roles.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {actor.roles.map((role) => (
            <li key={role}>{ROLE_LABEL[role]}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">
          You have no roles in your organisation yet. Ask your service admin to give you one.
        </p>
      )}
    </>
  );
}
