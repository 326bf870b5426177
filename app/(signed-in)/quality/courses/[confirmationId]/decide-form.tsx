"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { decideCourseConfirmationSchema } from "@/lib/schemas/course-confirmation";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

/** Accept (the course joins the referral list) or return with what to change. */
export function DecideForm({ confirmationId }: { confirmationId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const decide = useMutation(trpc.courseConfirmation.decide.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    decideCourseConfirmationSchema,
    { confirmationId },
    async (values) => {
      await decide.mutateAsync(values);
      router.replace(`/quality/courses/${confirmationId}?decided=1`);
    },
    ["decision", "comment"],
  );
  const { register, formState, control } = form;
  const decision = useWatch({ control, name: "decision" });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="decide-heading">
      <h2 className="govuk-heading-m" id="decide-heading">
        Decide
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="Does the content match the award?"
        legendSize="s"
        selected={decision}
        items={[
          {
            value: "ACCEPTED",
            text: "Accept",
            hint: "The course is added to (or updated in) the list schools refer to",
          },
          { value: "RETURNED", text: "Return to the provider" },
        ]}
        error={formState.errors.decision?.message}
        {...register("decision")}
      />
      <Textarea
        label={decision === "RETURNED" ? "What the provider needs to change" : "Comment (optional)"}
        hint="The provider reads this"
        error={formState.errors.comment?.message}
        {...register("comment")}
      />
      <Button disabled={formState.isSubmitting}>Record the decision</Button>
    </form>
  );
}
