import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { queryChoice, queryText, type SearchParams } from "@/components/page-params";
import { formatDate, ukToday } from "@/lib/dates";
import { REGISTER_SESSIONS, SESSION_LABEL, type RegisterSessionValue } from "@/lib/attendance";
import { weekdayOf } from "@/lib/schemas/common";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";
import { RegisterChooser } from "./register-chooser";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Registers" };

/** The latest weekday on or before `date`: registers are not kept at weekends. */
function latestWeekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  while (!weekdayOf(day.toISOString().slice(0, 10))) {
    day.setUTCDate(day.getUTCDate() - 1);
  }
  return day.toISOString().slice(0, 10);
}

function chosenDate(value: string | undefined, today: string): string | null {
  if (!value) {
    return latestWeekday(today);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** Why a chosen date has no register, or null when it may have one. */
function dateProblem(date: string | null, today: string): string | null {
  if (!date) {
    return "Enter a real date, like 2026-11-27";
  }
  if (date > today) {
    return "Registers can be kept for today or earlier, not for a future date";
  }
  return weekdayOf(date) ? null : "Registers are kept for weekdays only";
}

export default async function RegistersPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "register.submit")) {
    notFound();
  }
  const today = ukToday();
  const date = chosenDate(queryText(params.date, 10), today);
  const session: RegisterSessionValue = queryChoice(params.session, REGISTER_SESSIONS) ?? "AM";
  const problem = dateProblem(date, today);

  return (
    <>
      <h1 className="govuk-heading-l">Registers</h1>
      <p className="govuk-body">
        Keep a morning and an afternoon register for every placement day. The home school records
        the matching attendance code from your marks.
      </p>
      <RegisterChooser date={date ?? ""} session={session} error={problem} />
      {date && !problem && <Register date={date} session={session} />}
    </>
  );
}

async function Register({ date, session }: { date: string; session: RegisterSessionValue }) {
  const caller = await serverCaller();
  const sheet = await caller.register.sheet({ date, session });
  const heading = `${SESSION_LABEL[session]} register, ${formatDate(date)}`;
  if (sheet.rows.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">{heading}</h2>
        <p className="govuk-body">No placements with you run on this day.</p>
      </>
    );
  }
  return (
    <RegisterForm
      key={`${date}-${session}`}
      heading={heading}
      date={date}
      session={session}
      rows={sheet.rows.map((row) => ({
        placementId: row.id,
        student: row.student,
        courseTitle: row.course.title,
        held: row.held
          ? {
              mark: row.held.mark,
              lateMinutes: row.held.lateMinutes,
              absenceReason: row.held.absenceReason,
              note: row.held.note,
            }
          : null,
      }))}
    />
  );
}
