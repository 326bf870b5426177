"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useErrorTitle } from "@/lib/ui/use-error-title";

/**
 * A react-hook-form form over one of the shared zod schemas, whose submit calls `send` and
 * refreshes the page. A refusal keeps what was typed and shows the server's messages beside
 * the fields, or at the top when they are about the whole form.
 */
export function useSchemaForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  send: (values: z.output<S>) => Promise<unknown>,
  order: readonly string[],
) {
  const router = useRouter();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    ...FORM_OPTIONS,
    resolver: zodResolver(schema as never) as never,
    defaultValues,
  });
  const [topError, setTopError] = useState<string | null>(null);
  // Counts successful saves, so the confirmation banner takes focus again after each one.
  const [saved, setSaved] = useState(0);

  const onSubmit = form.handleSubmit(async (values) => {
    setTopError(null);
    try {
      await send(values);
      setSaved((count) => count + 1);
      router.refresh();
    } catch (error) {
      setTopError(applyServerErrors(error, form.setError));
    }
  });
  const errors = summaryErrors(form.formState.errors, order);
  useErrorTitle(errors.length > 0 || Boolean(topError));
  return { form, onSubmit, errors, topError, saved };
}
