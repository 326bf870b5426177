import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import { queryText, type SearchParams } from "@/components/page-params";
import { formatUkDay } from "@/components/format";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { AddItemForm, EditItemForm, MoveItem, RetireItem } from "./checklist-forms";

export const metadata: Metadata = { title: "Termly checklist" };

type Item = { id: string; text: string };

function ItemRow({ item, number, count }: { item: Item; number: number; count: number }) {
  return (
    <li className="govuk-!-margin-bottom-6">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{item.text}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/quality/termly/checklist?edit=${item.id}`}>
          Change<span className="govuk-visually-hidden"> statement {number}</span>
        </Link>
      </p>
      <div className="govuk-button-group">
        {number > 1 && <MoveItem itemId={item.id} number={number} direction="UP" />}
        {number < count && <MoveItem itemId={item.id} number={number} direction="DOWN" />}
        <RetireItem itemId={item.id} number={number} />
      </div>
    </li>
  );
}

/** The quality officer keeps the statements providers confirm each term. */
export default async function ChecklistPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "termly.manageChecklist")) {
    notFound();
  }
  const { active, retired } = await (await serverCaller()).termly.checklist();
  const editing = active.findIndex((item) => item.id === queryText(params.edit, 40));

  return (
    <>
      <Link className="govuk-back-link" href="/quality/termly">
        Termly confirmation
      </Link>
      <h1 className="govuk-heading-l">Termly checklist</h1>
      {params.saved && <NotificationBanner type="success" heading="Statement saved" />}
      <p className="govuk-body">
        Each term every provider ticks each statement. Changing or retiring a statement does not
        change what providers have already confirmed: each confirmation keeps its own words.
      </p>
      {editing >= 0 && (
        <EditItemForm
          itemId={active[editing].id}
          text={active[editing].text}
          number={editing + 1}
        />
      )}
      <h2 className="govuk-heading-m">Statements in use</h2>
      {active.length === 0 ? (
        <p className="govuk-body">
          There are no statements yet: providers have nothing to confirm.
        </p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {active.map((item, index) => (
            <ItemRow key={item.id} item={item} number={index + 1} count={active.length} />
          ))}
        </ol>
      )}
      <AddItemForm />
      {retired.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Retired statements</h2>
          <ul className="govuk-list govuk-list--bullet">
            {retired.map((item) => (
              <li key={item.id}>
                {item.text} (retired {formatUkDay(item.retiredAt!)})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
