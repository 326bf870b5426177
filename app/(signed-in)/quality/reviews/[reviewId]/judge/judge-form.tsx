"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/button";
import { ErrorSummary } from "@/components/error-summary";
import { Radios } from "@/components/radios";
import { Textarea } from "@/components/textarea";
import { formatDate } from "@/lib/dates";
import {
  JUDGEMENT_LABEL,
  JUDGEMENTS,
  judgeReviewSchema,
  type JudgementValue,
} from "@/lib/schemas/quality-review";
import { useTRPC } from "@/lib/ui/trpc";
import { useSchemaForm } from "@/lib/ui/use-schema-form";

interface Item {
  id: string;
  title: string;
  statement: string;
  expiresOn: string | null;
  evidence: { id: string; name: string }[];
  judgement: JudgementValue | null;
  comment: string;
  /** When it was last marked, as this page read it: a later mark by someone else wins. */
  judgedAt: string | null;
}

/** One mark and comment per requirement, beside the provider's answer and evidence. */
export function JudgeForm({ reviewId, items }: { reviewId: string; items: Item[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const judge = useMutation(trpc.review.judge.mutationOptions());
  const order = items.flatMap((_, i) => [`judgements.${i}.judgement`, `judgements.${i}.comment`]);
  const { form, onSubmit, errors, topError } = useSchemaForm(
    judgeReviewSchema,
    {
      reviewId,
      judgements: items.map((item) => ({
        itemId: item.id,
        judgement: item.judgement,
        comment: item.comment,
        judgedAt: item.judgedAt,
      })),
    },
    async (values) => {
      await judge.mutateAsync(values);
      router.replace(`/quality/reviews/${reviewId}?judged=1`);
    },
    ["judgements", ...order],
  );
  const { register, formState, control } = form;
  const marks = useWatch({ control, name: "judgements" });
  const fieldError = (index: number, field: "judgement" | "comment") =>
    formState.errors.judgements?.[index]?.[field]?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Marks for the requirements">
      <ErrorSummary errors={errors} description={topError} focusKey={formState.submitCount} />
      {items.map((item, index) => (
        <section key={item.id} className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m">
            {index + 1}. {item.title}
          </h2>
          <p className="govuk-body cap-verbatim">{item.statement || "No statement given."}</p>
          {item.expiresOn && <p className="govuk-body">Expires on {formatDate(item.expiresOn)}</p>}
          <ul className="govuk-list">
            {item.evidence.map((file) => (
              <li key={file.id}>
                <a className="govuk-link" href={`/api/documents/${file.id}`} download>
                  {file.name}
                </a>
              </li>
            ))}
          </ul>
          <Radios
            legend={`Mark: ${item.title}`}
            legendSize="s"
            inline
            selected={marks?.[index]?.judgement ?? null}
            items={JUDGEMENTS.map((value) => ({ value, text: JUDGEMENT_LABEL[value] }))}
            error={fieldError(index, "judgement")}
            {...register(`judgements.${index}.judgement`)}
          />
          <Textarea
            label={`Comment: ${item.title}`}
            hint="Needed when partly met or not met"
            rows={3}
            error={fieldError(index, "comment")}
            {...register(`judgements.${index}.comment`)}
          />
        </section>
      ))}
      <Button disabled={formState.isSubmitting}>Save the marks</Button>
    </form>
  );
}
