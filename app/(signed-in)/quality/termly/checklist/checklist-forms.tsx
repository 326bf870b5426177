"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { NotificationBanner } from "@/components/notification-banner";
import { TextInput } from "@/components/text-input";
import { addChecklistItemSchema, editChecklistItemSchema } from "@/lib/schemas/termly";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

/** Adds a statement at the end of the checklist. */
export function AddItemForm() {
  const trpc = useTRPC();
  const add = useMutation(trpc.termly.addItem.mutationOptions());
  const { form, onSubmit, errors, topError, saved } = useSchemaForm(
    addChecklistItemSchema,
    { text: "" },
    (values) => add.mutateAsync(values),
    ["text"],
  );
  const { register, formState, reset } = form;
  // After each statement is added, the field is emptied for the next one.
  useEffect(() => {
    if (saved > 0) {
      reset({ text: "" });
    }
  }, [saved, reset]);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-heading">
      <h2 className="govuk-heading-m" id="add-heading">
        Add a statement
      </h2>
      {saved > 0 && (
        <NotificationBanner type="success" heading="Statement added" focus key={saved} />
      )}
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput
        label="Statement providers confirm"
        hint="Written as the provider says it, for example: Our named DSL is in post and trained"
        error={formState.errors.text?.message}
        {...register("text")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Add the statement
      </Button>
    </form>
  );
}

/** Rewords one statement; confirmations already given keep their words. */
export function EditItemForm({
  itemId,
  text,
  number,
}: {
  itemId: string;
  text: string;
  number: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const edit = useMutation(trpc.termly.editItem.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    editChecklistItemSchema,
    { itemId, text },
    async (values) => {
      await edit.mutateAsync(values);
      router.replace("/quality/termly/checklist?saved=1");
    },
    ["text"],
  );
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="edit-heading">
      <h2 className="govuk-heading-m" id="edit-heading">
        Change statement {number}
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput
        label={`Statement ${number}`}
        error={formState.errors.text?.message}
        {...register("text")}
      />
      <Button disabled={formState.isSubmitting}>Save the statement</Button>
    </form>
  );
}

export function MoveItem(props: { itemId: string; number: number; direction: "UP" | "DOWN" }) {
  const { itemId, number, direction } = props;
  const trpc = useTRPC();
  const move = useMutation(trpc.termly.moveItem.mutationOptions());
  const button = `Move statement ${number} ${direction === "UP" ? "up" : "down"}`;
  return (
    <ActionForm
      label={button}
      button={button}
      variant="secondary"
      action={() => move.mutateAsync({ itemId, direction })}
    />
  );
}

export function RetireItem({ itemId, number }: { itemId: string; number: number }) {
  const trpc = useTRPC();
  const retire = useMutation(trpc.termly.retireItem.mutationOptions());
  return (
    <ActionForm
      label={`Retire statement ${number}`}
      button={`Retire statement ${number}`}
      variant="warning"
      action={() => retire.mutateAsync({ itemId })}
    />
  );
}
