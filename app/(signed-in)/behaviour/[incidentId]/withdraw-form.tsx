"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Textarea } from "@/components/textarea";
import { behaviourWithdrawSchema } from "@/lib/schemas/behaviour";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

/** The provider that logged the incident withdraws it; the record stays, marked withdrawn. */
export function WithdrawForm({ incidentId }: { incidentId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const withdraw = useMutation(trpc.behaviour.withdraw.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    behaviourWithdrawSchema,
    { incidentId, reason: "" },
    async (values) => {
      await withdraw.mutateAsync(values);
      router.replace(`${pathname}?done=withdrawn`, { scroll: false });
    },
    ["reason"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="withdraw-heading">
      <h2 className="govuk-heading-m" id="withdraw-heading">
        Withdraw this incident
      </h2>
      <p className="govuk-body">
        Withdraw an incident logged by mistake, for example about the wrong student. It stays on the
        record, marked withdrawn, and is no longer counted. The schools and monitoring officers who
        were told are told it was withdrawn.
      </p>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Textarea
        label="Why are you withdrawing it?"
        error={formState.errors.reason?.message}
        {...register("reason")}
      />
      <Button variant="warning" disabled={formState.isSubmitting}>
        Withdraw the incident
      </Button>
    </form>
  );
}
