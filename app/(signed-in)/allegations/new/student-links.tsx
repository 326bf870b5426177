"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useFormContext } from "react-hook-form";
import type { z } from "zod";
import { Checkboxes, type ChoiceItem } from "@/components/checkboxes";
import { studentName } from "@/components/student-name";
import { TextInput } from "@/components/text-input";
import type { allegationReportSchema } from "@/lib/schemas/allegation";
import { useTRPC } from "@/lib/ui/trpc";

type Values = z.input<typeof allegationReportSchema>;

const SHOWN = 10;

/**
 * Optional links to the records of children involved: a search over the students the
 * reporter may see (the same scope the server checks again). A student once ticked stays in
 * the list when a new search does not match them, so what is sent is what is shown.
 */
export function StudentLinks() {
  const trpc = useTRPC();
  const { register, formState } = useFormContext<Values>();
  const [search, setSearch] = useState("");
  const [kept, setKept] = useState<ChoiceItem[]>([]);
  const term = search.trim();
  const { data } = useQuery({
    ...trpc.student.list.queryOptions({ search: term, page: 1 }),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
  });
  const found = term.length >= 2 ? (data?.rows ?? []).slice(0, SHOWN) : [];
  const items = [
    ...kept,
    ...found
      .filter((student) => !kept.some((item) => item.value === student.id))
      .map((student) => ({ value: student.id, text: `${studentName(student)} – ${student.upn}` })),
  ];
  const field = register("studentIds");

  return (
    <>
      <TextInput
        name="studentSearch"
        label="Link a student record (optional)"
        hint="Search by name or UPN among the students you work with, then tick each child"
        width="20"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <div aria-live="polite">
        {items.length > 0 ? (
          <Checkboxes
            legend="Students to link"
            legendSize="s"
            small
            items={items}
            error={formState.errors.studentIds?.message}
            {...field}
            onChange={(event) => {
              const item = items.find((choice) => choice.value === event.target.value);
              if (item && !kept.some((choice) => choice.value === item.value)) {
                setKept([...kept, item]);
              }
              return field.onChange(event);
            }}
          />
        ) : (
          term.length >= 2 &&
          data && <p className="govuk-body">No students you work with match this search.</p>
        )}
      </div>
    </>
  );
}
