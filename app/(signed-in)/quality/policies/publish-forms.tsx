"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/action-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { TextInput } from "@/components/text-input";
import { Textarea } from "@/components/textarea";
import { createPolicySchema, publishVersionSchema } from "@/lib/schemas/policy";
import { QUALITY_DOCUMENT_KIND } from "@/lib/schemas/quality-documents";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";
import { DocumentField } from "./document-field";

const WAIT = "Wait for the document to finish uploading, then publish";

/** The service's new policy, published to every provider as version 1. */
export function CreatePolicyForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.policy.create.mutationOptions());
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    createPolicySchema,
    { title: "", summary: "" },
    async (values) => {
      if (uploading) {
        throw new Error(WAIT);
      }
      const { policyId } = await create.mutateAsync(values);
      router.replace(`/quality/policies/${policyId}?published=1`);
    },
    ["title", "summary", "documentId"],
  );
  const { register, formState, setValue } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Publish a new policy">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput label="Title" error={formState.errors.title?.message} {...register("title")} />
      <Textarea
        label="Summary (optional)"
        hint="What the policy covers, in a sentence or two"
        error={formState.errors.summary?.message}
        {...register("summary")}
      />
      <DocumentField
        label="Upload the policy document"
        kind={QUALITY_DOCUMENT_KIND.SERVICE_POLICY}
        error={formState.errors.documentId?.message}
        onChange={(id) => setValue("documentId", id ?? "")}
        onBusyChange={setUploading}
      />
      <Button disabled={formState.isSubmitting}>Publish version 1</Button>
    </form>
  );
}

/**
 * The next version of a policy; every provider must answer it afresh. The page keys it by the
 * current version, so it starts empty again once a version is published.
 */
export function PublishVersionForm({ policyId, current }: { policyId: string; current: number }) {
  const trpc = useTRPC();
  const publish = useMutation(trpc.policy.publish.mutationOptions());
  const [uploading, setUploading] = useState(false);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    publishVersionSchema,
    { policyId, afterVersion: current, changeNote: "" },
    async (values) => {
      if (uploading) {
        throw new Error(WAIT);
      }
      await publish.mutateAsync(values);
    },
    ["changeNote", "documentId"],
  );
  const { register, formState, setValue } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="publish-heading">
      <h2 className="govuk-heading-m" id="publish-heading">
        Publish version {current + 1}
      </h2>
      <p className="govuk-body">
        Every provider is told, and shows as not adopted until it answers the new version.
      </p>
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Textarea
        label="What has changed"
        error={formState.errors.changeNote?.message}
        {...register("changeNote")}
      />
      <DocumentField
        label="Upload the new version"
        kind={QUALITY_DOCUMENT_KIND.SERVICE_POLICY}
        error={formState.errors.documentId?.message}
        onChange={(id) => setValue("documentId", id ?? "")}
        onBusyChange={setUploading}
      />
      <Button disabled={formState.isSubmitting}>Publish version {current + 1}</Button>
    </form>
  );
}

export function RetirePolicy({ policyId }: { policyId: string }) {
  const trpc = useTRPC();
  const retire = useMutation(trpc.policy.retire.mutationOptions());
  return (
    <ActionForm
      label="Retire the policy"
      button="Retire the policy"
      variant="warning"
      action={() => retire.mutateAsync({ policyId })}
    >
      <h2 className="govuk-heading-m">Retire the policy</h2>
      <p className="govuk-body">
        Providers will no longer be asked to adopt it. Its versions and answers are kept.
      </p>
    </ActionForm>
  );
}
