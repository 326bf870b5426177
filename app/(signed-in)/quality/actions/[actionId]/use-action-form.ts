"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useErrorTitle } from "@/lib/ui/use-error-title";

/** What was just done, named in the address so the page's banner survives the refresh. */
export type ActionStep = "submitted" | "closed" | "returned" | "revisited";

/**
 * A form on the action page over one of the shared zod schemas. A refusal keeps what was
 * typed and shows the server's messages beside the fields in `order` (others at the top);
 * success redraws the page with a confirmation banner for `done`.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  send: (values: z.output<S>) => Promise<ActionStep>,
  order: readonly string[],
) {
  const router = useRouter();
  const pathname = usePathname();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    ...FORM_OPTIONS,
    resolver: zodResolver(schema as never) as never,
    defaultValues,
  });
  const [topError, setTopError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      const done = await send(values);
      form.reset(defaultValues);
      router.replace(`${pathname}?done=${done}`, { scroll: false });
      router.refresh();
    } catch (error) {
      setTopError(applyServerErrors(error, form.setError, order));
    }
  });
  const errors = summaryErrors(form.formState.errors, order);
  useErrorTitle(errors.length > 0 || Boolean(topError));
  return { form, onSubmit, errors, topError };
}
