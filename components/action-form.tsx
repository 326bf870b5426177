"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { ErrorSummary } from "./error-summary";

interface ActionFormProps {
  /** Names the form for assistive technology, e.g. "Submit the request". */
  label: string;
  button: string;
  variant?: "primary" | "secondary" | "warning";
  /** Performs the action; a refusal's message (and any field's message) is shown above. */
  action: () => Promise<unknown>;
  /** Where to go after it succeeds; otherwise the page is drawn again. */
  then?: string;
  children?: ReactNode;
}

/** A form of one button for a step that needs no typing: submit, tick, process. */
export function ActionForm({ label, button, variant, action, then, children }: ActionFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [tries, setTries] = useState(0);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setPending(true);
    try {
      await action();
      if (then) {
        router.replace(then);
      }
      router.refresh();
    } catch (caught) {
      setTries((count) => count + 1);
      setError(messageOf(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <ErrorSummary errors={[]} description={error} focusKey={tries} />
      {children}
      <Button variant={variant} disabled={pending}>
        {button}
      </Button>
    </form>
  );
}

/** A field's message when the server named one (it says what to do), else the message. */
function messageOf(caught: unknown): string {
  const error = caught as { message?: string; data?: { fieldErrors?: Record<string, string[]> } };
  const fields = Object.values(error.data?.fieldErrors ?? {}).flat();
  return fields[0] ?? error.message ?? "Something went wrong. Try again.";
}
