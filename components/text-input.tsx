import type { ComponentProps, ReactNode } from "react";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { ErrorMessage, formGroupClass, Hint, Label } from "./form-group";

type Width = "2" | "3" | "4" | "5" | "10" | "20" | "30" | "full" | "three-quarters" | "one-half";

export interface TextInputProps extends Omit<ComponentProps<"input">, "id" | "name" | "width"> {
  /** The field's path in the form, as given to react-hook-form's `register`. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Defaults to the id derived from `name`, which the error summary links to. */
  id?: string;
  width?: Width;
  isPageHeading?: boolean;
  labelSize?: "s" | "m" | "l" | "xl";
}

export function widthClass(width: Width | undefined): string | null {
  if (!width) {
    return null;
  }
  return /^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

/**
 * A labelled text field. Spread react-hook-form's `register(name)` into it: the ref and
 * handlers reach the input, and the message shows beside it with the error styling.
 */
export function TextInput(props: TextInputProps) {
  const { name, label, hint, error, id, width, isPageHeading, labelSize, className, ...input } =
    props;
  const inputId = id ?? fieldId(name);
  const classes = ["govuk-input", widthClass(width), error ? "govuk-input--error" : null, className]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={inputId} isPageHeading={isPageHeading} size={labelSize}>
        {label}
      </Label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name}>{error}</ErrorMessage>
      <input
        type="text"
        {...input}
        id={inputId}
        name={name}
        className={classes}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
