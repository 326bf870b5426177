"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { ImpactFields } from "@/components/impact-fields";
import { formatWeekdays } from "@/components/format";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { formatDate } from "@/lib/dates";
import { WEEKDAY_LABEL, WEEKDAYS, type WeekdayValue } from "@/lib/schemas/common";
import { requestWithdrawalSchema } from "@/lib/schemas/withdrawal";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Choice {
  id: string;
  days: WeekdayValue[];
  startDate: Date;
  course: { title: string };
}

interface Props {
  placementId: string;
  placements: Choice[];
  askMo: boolean;
}

const ORDER = [
  "placementIds",
  "extent",
  "days",
  "effectiveDate",
  "reason",
  "impactAchievement",
  "impactHealth",
  "impactWellbeing",
  "moConsulted",
  "moConsultedOn",
];

/** The request: which placements and days, from when, why, and its effect on the student. */
export function WithdrawalForm({ placementId, placements, askMo }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const request = useMutation(trpc.withdrawal.request.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    requestWithdrawalSchema,
    { placementIds: [placementId], days: [] },
    async (values) => {
      const { id } = await request.mutateAsync(values);
      router.replace(`/withdrawals/${id}?saved=1`);
    },
    ORDER,
  );
  const { register, formState, control } = form;
  const extent = useWatch({ control, name: "extent" });
  const moConsulted = useWatch({ control, name: "moConsulted" });
  const days = WEEKDAYS.filter((day) => placements.some((p) => p.days.includes(day)));
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Withdrawal request">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Checkboxes
        legend="Placements to withdraw from"
        legendSize="s"
        items={placements.map((p) => ({
          value: p.id,
          text: p.course.title,
          hint: `${formatWeekdays(p.days)}, since ${formatDate(p.startDate)}`,
        }))}
        error={error("placementIds")}
        {...register("placementIds")}
      />
      <Radios
        legend="Which days does the student leave?"
        legendSize="s"
        selected={extent}
        items={[
          { value: "ALL_DAYS", text: "Every day of the course" },
          {
            value: "SOME_DAYS",
            text: "Only some days",
            conditional: (
              <Checkboxes
                legend="Days withdrawn"
                legendSize="s"
                small
                items={days.map((day) => ({ value: day, text: WEEKDAY_LABEL[day] }))}
                error={error("days")}
                {...register("days")}
              />
            ),
          },
        ]}
        error={error("extent")}
        {...register("extent")}
      />
      <DateInput
        label="Date the withdrawal takes effect"
        hint="The first day the student no longer attends"
        error={error("effectiveDate")}
        {...register("effectiveDate")}
      />
      <Textarea label="Reason for the withdrawal" error={error("reason")} {...register("reason")} />
      <ImpactFields register={register} error={error} />
      {askMo && (
        <Radios
          legend="Did you speak to the monitoring officer about this withdrawal?"
          legendSize="s"
          hint="The service encourages schools to speak to the MO first"
          selected={moConsulted}
          items={[
            {
              value: "YES",
              text: "Yes",
              conditional: (
                <DateInput
                  label="Date you spoke to them"
                  error={error("moConsultedOn")}
                  {...register("moConsultedOn")}
                />
              ),
            },
            { value: "NO", text: "No" },
          ]}
          error={error("moConsulted")}
          {...register("moConsulted")}
        />
      )}
      <Button disabled={formState.isSubmitting}>Save the request</Button>
    </form>
  );
}
