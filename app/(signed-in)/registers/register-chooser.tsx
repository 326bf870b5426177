import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { Select } from "@/components/select";
import { SESSION_LABEL, REGISTER_SESSIONS, type RegisterSessionValue } from "@/lib/attendance";

interface Props {
  date: string;
  session: RegisterSessionValue;
  error: string | null;
}

/** Chooses which register to open: a plain GET form, so the address can be bookmarked. */
export function RegisterChooser({ date, session, error }: Props) {
  return (
    <form method="get" action="/registers" noValidate>
      <DateInput label="Date" name="date" defaultValue={date} error={error ?? undefined} />
      <Select
        label="Session"
        name="session"
        defaultValue={session}
        options={REGISTER_SESSIONS.map((value) => ({ value, text: SESSION_LABEL[value] }))}
      />
      <Button variant="secondary">Open register</Button>
    </form>
  );
}
