"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { adoptPolicySchema, decideAdoptionSchema } from "@/lib/schemas/policy";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";
import { DocumentField } from "./document-field";

/** A provider's answer to the current version: adopt it, or send its own policy. */
export function AdoptForm({
  policyVersionId,
  version,
}: {
  policyVersionId: string;
  version: number;
}) {
  const trpc = useTRPC();
  const adopt = useMutation(trpc.policy.adopt.mutationOptions());
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    adoptPolicySchema,
    { policyVersionId },
    async (values) => {
      if (uploading) {
        throw new Error("Wait for your policy to finish uploading, then send your answer");
      }
      await adopt.mutateAsync(values);
    },
    ["kind", "documentId"],
  );
  const { register, formState, setValue, control } = form;
  const kind = useWatch({ control, name: "kind" });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="adopt-heading">
      <h2 className="govuk-heading-m" id="adopt-heading">
        Answer version {version}
      </h2>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="How does your organisation answer this policy?"
        legendSize="s"
        selected={kind}
        items={[
          { value: "ADOPTED", text: "We adopt the service's policy as it stands" },
          {
            value: "OWN_POLICY",
            text: "We have our own policy that reflects it",
            hint: "The quality officer reads it and accepts it or returns it",
            conditional: (
              <DocumentField
                label="Upload your policy"
                kind={QUALITY_DOCUMENT_KIND.PROVIDER_POLICY}
                error={formState.errors.documentId?.message}
                onChange={(id) => setValue("documentId", id)}
                onBusyChange={setUploading}
              />
            ),
          },
        ]}
        error={formState.errors.kind?.message}
        {...register("kind")}
      />
      <Button disabled={formState.isSubmitting}>Send your answer</Button>
    </form>
  );
}

/** The officer accepts a provider's own policy or returns it with what to change. */
export function DecideForm({
  adoptionId,
  providerName,
}: {
  adoptionId: string;
  providerName: string;
}) {
  const trpc = useTRPC();
  const decide = useMutation(trpc.policy.decide.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    decideAdoptionSchema,
    { adoptionId, comment: "" },
    (values) => decide.mutateAsync(values),
    ["decision", "comment"],
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Decision on ${providerName}'s policy`}>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend={`Decision on ${providerName}'s own policy`}
        legendSize="s"
        inline
        items={[
          { value: "ACCEPTED", text: "Accept" },
          { value: "RETURNED", text: "Return" },
        ]}
        error={formState.errors.decision?.message}
        {...register("decision")}
      />
      <Textarea
        label="Comment"
        hint="Needed when you return it: say what needs to change"
        rows={3}
        error={formState.errors.comment?.message}
        {...register("comment")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Record the decision
      </Button>
    </form>
  );
}
