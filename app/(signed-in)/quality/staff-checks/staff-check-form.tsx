"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { staffCheckSchema, type StaffCheckInput } from "@/lib/schemas/staff-check";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

const ORDER = [
  "fullName",
  "jobRole",
  "startedOn",
  "identityCheckedOn",
  "dbsCertificateNumber",
  "dbsIssuedOn",
  "dbsUpdateService",
  "dbsLastCheckedOn",
  "barredListCheckedOn",
  "prohibitionCheckedOn",
  "overseasCheckRequired",
  "overseasCheckedOn",
  "qualificationsRequired",
  "qualificationsCheckedOn",
  "rightToWorkCheckedOn",
  "checkedByName",
  "checkedOn",
  "leftOn",
];

const BLANK_HINT = "Leave blank if the check has not been done yet";

/** Adds a staff member to the provider's record, or updates one (with the date they left). */
export function StaffCheckForm({ defaults }: { defaults: StaffCheckInput | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const record = useMutation(trpc.staffCheck.record.mutationOptions());
  const editing = Boolean(defaults?.staffCheckId);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    staffCheckSchema,
    defaults ?? {},
    async (values) => {
      const { id } = await record.mutateAsync(values);
      router.replace(`/quality/staff-checks/${id}?saved=1`);
    },
    ORDER,
  );
  const { register, formState, control } = form;
  const [updateService, overseas, qualifications] = useWatch({
    control,
    name: ["dbsUpdateService", "overseasCheckRequired", "qualificationsRequired"],
  });
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;
  const dated = (name: Parameters<typeof register>[0], label: string, hint = BLANK_HINT) => (
    <DateInput label={label} hint={hint} error={error(name)} {...register(name)} />
  );
  const yesNo = (conditional: ReactNode) => [
    { value: "YES", text: "Yes", conditional },
    { value: "NO", text: "No" },
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Staff member's checks">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <TextInput label="Full name" error={error("fullName")} {...register("fullName")} />
      <TextInput label="Role" error={error("jobRole")} {...register("jobRole")} />
      {dated("startedOn", "Date they started", "")}
      <h2 className="govuk-heading-m">Checks</h2>
      {dated("identityCheckedOn", "Identity checked on")}
      <TextInput
        label="Enhanced DBS certificate number"
        hint="12 digits, from the certificate"
        width="20"
        inputMode="numeric"
        error={error("dbsCertificateNumber")}
        {...register("dbsCertificateNumber")}
      />
      {dated("dbsIssuedOn", "DBS certificate issued on")}
      <Radios
        legend="Do they subscribe to the DBS update service?"
        legendSize="s"
        selected={updateService}
        items={yesNo(dated("dbsLastCheckedOn", "Last update service status check on"))}
        error={error("dbsUpdateService")}
        {...register("dbsUpdateService")}
      />
      {dated("barredListCheckedOn", "Barred list checked on")}
      {dated("prohibitionCheckedOn", "Prohibition from teaching checked on")}
      <Radios
        legend="Are overseas checks needed?"
        legendSize="s"
        hint="For staff who have lived or worked outside the UK"
        selected={overseas}
        items={yesNo(dated("overseasCheckedOn", "Overseas checks made on"))}
        error={error("overseasCheckRequired")}
        {...register("overseasCheckRequired")}
      />
      <Radios
        legend="Does the role need qualifications checked?"
        legendSize="s"
        selected={qualifications}
        items={yesNo(dated("qualificationsCheckedOn", "Qualifications checked on"))}
        error={error("qualificationsRequired")}
        {...register("qualificationsRequired")}
      />
      {dated("rightToWorkCheckedOn", "Right to work checked on")}
      <TextInput
        label="Who made the checks"
        hint="Name and role"
        error={error("checkedByName")}
        {...register("checkedByName")}
      />
      {dated("checkedOn", "Date the record was checked")}
      {editing && dated("leftOn", "Date they left", "Only when they have left: the record is kept")}
      <Button disabled={formState.isSubmitting}>
        {editing ? "Save changes" : "Add the staff member"}
      </Button>
    </form>
  );
}
