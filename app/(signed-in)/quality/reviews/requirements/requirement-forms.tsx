"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { addRequirementSchema, editRequirementSchema } from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = ["title", "guidance", "asksExpiry"];

interface Existing {
  requirementId: string;
  title: string;
  guidance: string;
  asksExpiry: boolean;
}

/** Adds requirements one after another: a fresh, empty form after each. */
export function AddRequirement() {
  const [added, setAdded] = useState(0);
  return (
    <>
      {added > 0 && (
        <NotificationBanner type="success" heading="Requirement added" focus key={added} />
      )}
      <RequirementForm key={added} onSaved={() => setAdded((count) => count + 1)} />
    </>
  );
}

/** Adds a requirement, or (given one) rewords it. */
export function RequirementForm(props: { existing?: Existing; onSaved?: () => void }) {
  const { existing, onSaved } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const add = useMutation(trpc.qualityRequirement.add.mutationOptions());
  const edit = useMutation(trpc.qualityRequirement.edit.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    existing ? editRequirementSchema : addRequirementSchema,
    existing ?? { title: "", guidance: "", asksExpiry: false },
    async (values) => {
      if (existing) {
        await edit.mutateAsync({ ...values, requirementId: existing.requirementId });
        router.replace("/quality/reviews/requirements");
        return;
      }
      await add.mutateAsync(values);
      onSaved?.();
    },
    ORDER,
  );
  const { register, formState, setValue, watch } = form;
  const heading = existing ? "Edit the requirement" : "Add a requirement";
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="requirement-heading">
      <h2 className="govuk-heading-m" id="requirement-heading">
        {heading}
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput
        label="Requirement"
        error={formState.errors.title?.message}
        {...register("title")}
      />
      <Textarea
        label="Guidance for providers (optional)"
        hint="What evidence shows the requirement is met"
        rows={3}
        error={formState.errors.guidance?.message}
        {...register("guidance")}
      />
      <Checkboxes
        name="asksExpiry"
        legend="Expiry date"
        legendSize="s"
        items={[{ value: "yes", text: "Ask the provider for the date it expires" }]}
        selected={watch("asksExpiry") ? ["yes"] : []}
        onChange={async (event) => {
          setValue("asksExpiry", (event.target as HTMLInputElement).checked);
        }}
      />
      <Button disabled={formState.isSubmitting}>
        {existing ? "Save the requirement" : heading}
      </Button>
    </form>
  );
}

export function MoveRequirement(props: {
  requirementId: string;
  title: string;
  direction: "UP" | "DOWN";
}) {
  const { requirementId, title, direction } = props;
  const trpc = useTRPC();
  const move = useMutation(trpc.qualityRequirement.reorder.mutationOptions());
  const word = direction === "UP" ? "up" : "down";
  return (
    <ActionForm
      label={`Move ${title} ${word}`}
      button={`Move ${word}`}
      variant="secondary"
      action={() => move.mutateAsync({ requirementId, direction })}
    />
  );
}

export function RetireRequirement({
  requirementId,
  title,
}: {
  requirementId: string;
  title: string;
}) {
  const trpc = useTRPC();
  const retire = useMutation(trpc.qualityRequirement.retire.mutationOptions());
  return (
    <ActionForm
      label={`Retire ${title}`}
      button="Retire"
      variant="warning"
      action={() => retire.mutateAsync({ requirementId })}
    />
  );
}
