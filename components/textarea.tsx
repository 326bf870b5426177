import type { ComponentProps, ReactNode } from "react";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { ErrorMessage, formGroupClass, Hint, Label } from "./form-group";

export interface TextareaProps extends Omit<ComponentProps<"textarea">, "id" | "name"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  isPageHeading?: boolean;
  labelSize?: "s" | "m" | "l" | "xl";
}

/** A labelled multi-line field; spread `register(name)` into it. */
export function Textarea(props: TextareaProps) {
  const { name, label, hint, error, id, isPageHeading, labelSize, className, ...textarea } = props;
  const inputId = id ?? fieldId(name);
  const classes = ["govuk-textarea", error ? "govuk-textarea--error" : null, className]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={inputId} isPageHeading={isPageHeading} size={labelSize}>
        {label}
      </Label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name}>{error}</ErrorMessage>
      <textarea
        rows={5}
        {...textarea}
        id={inputId}
        name={name}
        className={classes}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
