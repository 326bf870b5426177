"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Select } from "@/components/select";
import { Textarea } from "@/components/textarea";
import { concernAssignSchema, concernCloseSchema } from "@/lib/schemas/concern";
import { useTRPC } from "@/lib/ui/trpc";
import { useConcernForm } from "./use-concern-form";

interface AssignProps {
  concernId: string;
  assignees: readonly { id: string; name: string }[];
  currentId: string | null;
  meId: string;
}

/** A service DSL takes the concern, or hands it to another service DSL. */
export function AssignForm({ concernId, assignees, currentId, meId }: AssignProps) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.concern.assign.mutationOptions());
  const { form, onSubmit, errors, topError } = useConcernForm(
    concernAssignSchema,
    { concernId, assigneeId: currentId ?? "" },
    (values) => assign.mutateAsync(values),
    ["assigneeId"],
    "assigned",
  );
  const { register, formState } = form;
  const options = assignees.map((person) => ({
    value: person.id,
    text: person.id === meId ? `${person.name} (you)` : person.name,
  }));

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="assign-heading">
      <h2 className="govuk-heading-m" id="assign-heading">
        {currentId ? "Reassign the concern" : "Assign the concern"}
      </h2>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Select
        label="Service DSL"
        hint="They are told in their notifications"
        placeholder="Choose a service DSL"
        options={options}
        error={formState.errors.assigneeId?.message}
        {...register("assigneeId")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Assign
      </Button>
    </form>
  );
}

/** Closing keeps the whole record; the reason is required and shown on the concern. */
export function CloseForm({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const close = useMutation(trpc.concern.close.mutationOptions());
  const { form, onSubmit, errors, topError } = useConcernForm(
    concernCloseSchema,
    { concernId, rationale: "" },
    (values) => close.mutateAsync(values),
    ["rationale"],
    "closed",
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="close-heading">
      <h2 className="govuk-heading-m" id="close-heading">
        Close the concern
      </h2>
      <p className="govuk-body">
        A closed concern keeps its whole record but takes no more additions. If something new
        happens, a new concern is raised.
      </p>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <Textarea
        label="Reason for closing"
        hint={
          "For example, what the MASH referral led to and why no further safeguarding " +
          "action is needed"
        }
        error={formState.errors.rationale?.message}
        {...register("rationale")}
      />
      <Button variant="warning" disabled={formState.isSubmitting}>
        Close the concern
      </Button>
    </form>
  );
}
