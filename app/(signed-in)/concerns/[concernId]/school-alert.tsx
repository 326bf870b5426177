"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { TextInput } from "@/components/text-input";
import { ALERT_METHOD_LABEL, ALERT_METHODS, schoolAlertSchema } from "@/lib/schemas/concern";
import { useTRPC } from "@/lib/ui/trpc";
import { useConcernForm } from "./use-concern-form";

const ORDER = ["alertedAt", "method", "alertedWhom"];

/** The raising organisation's DSL records when and how they alerted the school's DSL. */
export function SchoolAlertForm({
  concernId,
  schoolName,
}: {
  concernId: string;
  schoolName: string;
}) {
  const trpc = useTRPC();
  const record = useMutation(trpc.concern.recordSchoolAlert.mutationOptions());
  const { form, onSubmit, errors, topError } = useConcernForm(
    schoolAlertSchema,
    { concernId, alertedWhom: "" } as never,
    (values) => record.mutateAsync(values),
    ORDER,
    "alert",
  );
  const { register, formState } = form;

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="record-alert-heading">
      <h3 className="govuk-heading-s" id="record-alert-heading">
        Record that you alerted the school DSL
      </h3>
      <p className="govuk-body">
        Tell {schoolName}&apos;s DSL about this concern yourself, then record it here. They get an
        alert in the portal to mark as read; unread after one working day, it goes to the service
        DSLs.
      </p>
      <ErrorSummary
        errors={errors}
        description={topError}
        focusKey={`${formState.submitCount}-${topError}`}
      />
      <TextInput
        type="datetime-local"
        label="When you alerted them"
        className="cap-date-input"
        error={formState.errors.alertedAt?.message}
        {...register("alertedAt")}
      />
      <Radios
        legend="How you alerted them"
        legendSize="s"
        items={ALERT_METHODS.map((value) => ({ value, text: ALERT_METHOD_LABEL[value] }))}
        error={formState.errors.method?.message}
        {...register("method")}
      />
      <TextInput
        label="Whom you alerted"
        hint="Their name and role, for example the school's DSL or deputy DSL"
        error={formState.errors.alertedWhom?.message}
        {...register("alertedWhom")}
      />
      <Button variant="secondary" disabled={formState.isSubmitting}>
        Record the alert
      </Button>
    </form>
  );
}

/** The school DSL's read receipt. */
export function AcknowledgeButton({ concernId }: { concernId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const acknowledge = useMutation(trpc.concern.acknowledgeAlert.mutationOptions());
  const [problem, setProblem] = useState<string | null>(null);

  async function markRead() {
    setProblem(null);
    try {
      await acknowledge.mutateAsync({ concernId });
      router.replace(`${pathname}?done=acknowledged`, { scroll: false });
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <>
      <ErrorSummary errors={[]} description={problem} focusKey={problem} />
      <Button type="button" onClick={markRead} disabled={acknowledge.isPending}>
        Mark as read
      </Button>
    </>
  );
}
