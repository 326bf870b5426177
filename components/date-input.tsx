import { TextInput, type TextInputProps } from "./text-input";

/**
 * A date as one native date field. Its value is always `YYYY-MM-DD`, the form the shared
 * zod schemas expect (lib/schemas/common.ts `dateField`), whatever the browser displays.
 */
export function DateInput({ className, ...props }: Omit<TextInputProps, "type" | "width">) {
  const classes = ["cap-date-input", className].filter(Boolean).join(" ");
  return <TextInput {...props} type="date" className={classes} />;
}
