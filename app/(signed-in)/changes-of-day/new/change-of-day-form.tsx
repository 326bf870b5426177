"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { ImpactFields } from "@/components/impact-fields";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { proposeChangeOfDaySchema } from "@/lib/schemas/change-of-day";
import { WEEKDAY_LABEL, WEEKDAYS, type WeekdayValue } from "@/lib/schemas/common";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Props {
  placementId: string;
  days: WeekdayValue[];
  offered: WeekdayValue[];
}

const ORDER = [
  "fromDay",
  "toDay",
  "effectiveDate",
  "reason",
  "impactAchievement",
  "impactHealth",
  "impactWellbeing",
];

/** The day that moves, the day it moves to, from when, why and the effect on the student. */
export function ChangeOfDayForm({ placementId, days, offered }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const propose = useMutation(trpc.changeOfDay.propose.mutationOptions());
  const { form, onSubmit, errors, topError } = useSchemaForm(
    proposeChangeOfDaySchema,
    { placementId },
    async (values) => {
      const { id } = await propose.mutateAsync(values);
      router.replace(`/changes-of-day/${id}?proposed=1`);
    },
    ORDER,
  );
  const { register, formState } = form;
  const error = (name: keyof typeof formState.errors) => formState.errors[name]?.message;
  const items = (list: readonly WeekdayValue[]) =>
    WEEKDAYS.filter((day) => list.includes(day)).map((day) => ({
      value: day,
      text: WEEKDAY_LABEL[day],
    }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change of day proposal">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      <Radios
        legend="Day the student attends now"
        legendSize="s"
        inline
        items={items(days)}
        error={error("fromDay")}
        {...register("fromDay")}
      />
      <Radios
        legend="Day the student will attend instead"
        legendSize="s"
        hint="The days the course runs that the student does not attend already"
        inline
        items={items(offered.filter((day) => !days.includes(day)))}
        error={error("toDay")}
        {...register("toDay")}
      />
      <DateInput
        label="Date of the first session on the new day"
        error={error("effectiveDate")}
        {...register("effectiveDate")}
      />
      <Textarea label="Reason for the change" error={error("reason")} {...register("reason")} />
      <ImpactFields register={register} error={error} />
      <Button disabled={formState.isSubmitting}>Send to the provider</Button>
    </form>
  );
}
