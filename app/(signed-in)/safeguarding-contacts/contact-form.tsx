"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button, ButtonGroup } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { MAX_CONTACT_POSITION, safeguardingContactSchema } from "@/lib/schemas/concern";
import { applyServerErrors, FORM_OPTIONS, summaryErrors } from "@/lib/ui/form-errors";
import { useTRPC } from "@/lib/ui/trpc";
import { useErrorTitle } from "@/lib/ui/use-error-title";

/** The server's schema, with the two fields a form holds as text read back into values. */
const formSchema = safeguardingContactSchema.extend({
  sortOrder: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? 0 : value),
    z.coerce
      .number({ error: "Enter the position as a whole number, like 1" })
      .int("Enter the position as a whole number, like 1")
      .min(0, "Enter the position as a whole number, like 1")
      .max(MAX_CONTACT_POSITION, `The position must be ${MAX_CONTACT_POSITION} or less`),
  ),
  active: z
    .enum(["yes", "no"], { error: "Select whether to list the contact" })
    .transform((value) => value === "yes"),
});

type Values = z.input<typeof formSchema>;
type Parsed = z.output<typeof formSchema>;

const ORDER = [
  "kind",
  "name",
  "description",
  "phone",
  "email",
  "availability",
  "sortOrder",
  "active",
];

export interface ContactValues {
  id?: string;
  kind?: "SERVICE_DSL" | "HELPLINE";
  name: string;
  description: string;
  phone: string;
  email: string;
  availability: string;
  sortOrder: number;
  active: boolean;
}

/** The service lead adds a contact or changes one (safeguardingContact.upsert). */
export function ContactForm({ contact }: { contact: ContactValues }) {
  const trpc = useTRPC();
  const router = useRouter();
  const upsert = useMutation(trpc.safeguardingContact.upsert.mutationOptions());
  const form = useForm<Values, unknown, Parsed>({
    ...FORM_OPTIONS,
    resolver: zodResolver(formSchema),
    defaultValues: {
      ...contact,
      sortOrder: String(contact.sortOrder),
      active: contact.active ? "yes" : "no",
    } as Values,
  });
  const { register, handleSubmit, setError, formState } = form;
  const [topError, setTopError] = useState<string | null>(null);
  const errors = summaryErrors(formState.errors, ORDER);
  useErrorTitle(errors.length > 0 || Boolean(topError));

  const onSubmit = async (values: Parsed) => {
    setTopError(null);
    try {
      await upsert.mutateAsync(values);
      router.push(`/safeguarding-contacts?saved=${contact.id ? "changed" : "added"}`);
      router.refresh();
    } catch (error) {
      setTopError(applyServerErrors(error, setError, ORDER));
    }
  };

  const { errors: fieldErrors } = formState;
  return (
    <>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <Radios
          legend="Kind of contact"
          legendSize="s"
          items={[
            { value: "SERVICE_DSL", text: "Service DSL", hint: "A person in the service" },
            { value: "HELPLINE", text: "Helpline or team", hint: "For example, the MASH" },
          ]}
          error={fieldErrors.kind?.message}
          {...register("kind")}
        />
        <TextInput label="Name" error={fieldErrors.name?.message} {...register("name")} />
        <TextInput
          label="What the contact is for"
          hint="For example, referrals about a child at risk"
          error={fieldErrors.description?.message}
          {...register("description")}
        />
        <TextInput
          label="Phone number"
          type="tel"
          width="20"
          autoComplete="off"
          error={fieldErrors.phone?.message}
          {...register("phone")}
        />
        <TextInput
          label="Email address (optional)"
          type="email"
          spellCheck={false}
          autoComplete="off"
          error={fieldErrors.email?.message}
          {...register("email")}
        />
        <TextInput
          label="When they can be reached (optional)"
          hint="For example, Monday to Friday, 8.30am to 5pm"
          error={fieldErrors.availability?.message}
          {...register("availability")}
        />
        <TextInput
          label="Position in the list"
          hint="Contacts of the same kind are listed from the lowest number; 0 comes first"
          inputMode="numeric"
          width="3"
          error={fieldErrors.sortOrder?.message}
          {...register("sortOrder")}
        />
        <Radios
          legend="Show in the directory?"
          legendSize="s"
          hint="A contact that no longer applies is taken out of the directory, not deleted"
          inline
          items={[
            { value: "yes", text: "Yes" },
            { value: "no", text: "No" },
          ]}
          error={fieldErrors.active?.message}
          {...register("active")}
        />
        <ButtonGroup>
          <Button disabled={formState.isSubmitting}>
            {contact.id ? "Save changes" : "Add the contact"}
          </Button>
          <Link className="govuk-link" href="/safeguarding-contacts">
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
