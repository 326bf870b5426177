import type { ComponentProps, ReactNode } from "react";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { ErrorMessage, formGroupClass, Hint, Label } from "./form-group";

export interface SelectOption {
  value: string;
  text: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<ComponentProps<"select">, "id" | "name" | "children"> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a course"; its value is "". */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  id?: string;
  labelSize?: "s" | "m" | "l" | "xl";
}

/** A labelled drop-down; spread `register(name)` into it. */
export function Select(props: SelectProps) {
  const { name, label, options, placeholder, hint, error, id, labelSize, className, ...select } =
    props;
  const inputId = id ?? fieldId(name);
  const classes = ["govuk-select", error ? "govuk-select--error" : null, className]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={formGroupClass(error)}>
      <Label htmlFor={inputId} size={labelSize}>
        {label}
      </Label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name}>{error}</ErrorMessage>
      <select
        {...select}
        id={inputId}
        name={name}
        className={classes}
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
