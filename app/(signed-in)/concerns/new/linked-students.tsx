"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import { studentName } from "@/components/student-name";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { ErrorMessage, formGroupClass, Hint, Label } from "@/components/form-group";
import { useTRPC } from "@/lib/ui/trpc";

interface Chosen {
  id: string;
  name: string;
}

interface Props {
  /** The student the concern is about: not offered again. */
  excludeId: string;
  error?: string;
  onChange: (ids: string[]) => void;
}

const NAME = "linkedStudentIds";

/**
 * Other students involved, found by name or UPN among the students the raiser's
 * organisation may see (student.list applies the same scope the server checks again).
 */
export function LinkedStudents({ excludeId, error, onChange }: Props) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const found = useQuery({
    ...trpc.student.list.queryOptions({ search, page: 1 }),
    enabled: search.length > 0,
  });
  const id = fieldId(NAME);
  const hint =
    "Search by name or UPN for other students involved, for example others in the same " +
    "group. You can only link students your organisation works with.";

  function update(next: Chosen[]) {
    setChosen(next);
    onChange(next.map((student) => student.id));
  }

  function runSearch() {
    setSearch(typed.trim());
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches, rather than sending the whole concern.
    if (event.key === "Enter") {
      event.preventDefault();
      runSearch();
    }
  }

  const results = (found.data?.rows ?? []).filter(
    (row) => row.id !== excludeId && !chosen.some((c) => c.id === row.id),
  );

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={id} size="s">
        Other students involved (optional)
      </Label>
      <Hint name={NAME}>{hint}</Hint>
      <ErrorMessage name={NAME}>{error}</ErrorMessage>
      <div className="govuk-!-margin-bottom-4">
        <input
          id={id}
          type="search"
          className={`govuk-input govuk-!-width-one-half${error ? " govuk-input--error" : ""}`}
          value={typed}
          maxLength={100}
          spellCheck={false}
          aria-describedby={describedBy(NAME, hint, error)}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />{" "}
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={runSearch}
        >
          Find students
        </button>
      </div>
      <div role="status">
        {search && found.isFetching && <p className="govuk-body">Searching…</p>}
        {search && found.data && results.length === 0 && (
          <p className="govuk-body">No other students found for “{search}”.</p>
        )}
      </div>
      {results.length > 0 && (
        <ul className="govuk-list" aria-label="Students found">
          {results.slice(0, 10).map((row) => (
            <li key={row.id}>
              {studentName(row)} ({row.homeSchool.name}){" "}
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => update([...chosen, { id: row.id, name: studentName(row) }])}
              >
                Link<span className="govuk-visually-hidden"> {studentName(row)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Students linked to this concern</h3>
          <ul className="govuk-list">
            {chosen.map((student) => (
              <li key={student.id}>
                {student.name}{" "}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => update(chosen.filter((c) => c.id !== student.id))}
                >
                  Remove<span className="govuk-visually-hidden"> {student.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
