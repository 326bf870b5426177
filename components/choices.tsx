import type { ReactNode, Ref } from "react";
import type { ChangeHandler } from "react-hook-form";
import { describedBy, fieldId } from "@/lib/ui/form-errors";
import { ErrorMessage, Fieldset, formGroupClass, Hint } from "./form-group";

export interface ChoiceItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  /** Shown under the choice while it is selected (pass `selected` for this to work). */
  conditional?: ReactNode;
}

/** What react-hook-form's `register(name)` returns; spread it in. */
export interface ChoicesProps {
  name: string;
  legend: ReactNode;
  items: readonly ChoiceItem[];
  hint?: ReactNode;
  error?: string;
  /** The current value(s), e.g. from `watch(name)`; needed only for conditional reveal. */
  selected?: string | readonly string[] | null;
  inline?: boolean;
  small?: boolean;
  isPageHeading?: boolean;
  legendSize?: "s" | "m" | "l" | "xl";
  onChange?: ChangeHandler;
  onBlur?: ChangeHandler;
  ref?: Ref<HTMLInputElement>;
  disabled?: boolean;
  required?: boolean;
}

function isSelected(selected: ChoicesProps["selected"], value: string): boolean {
  if (selected == null) {
    return false;
  }
  return typeof selected === "string" ? selected === value : selected.includes(value);
}

type Kind = "radios" | "checkboxes";

interface ChoiceProps {
  kind: Kind;
  item: ChoiceItem;
  id: string;
  open: boolean;
  field: Pick<ChoicesProps, "name" | "onChange" | "onBlur" | "ref" | "disabled" | "required">;
}

function Choice({ kind, item, id, open, field }: ChoiceProps) {
  const itemHintId = item.hint ? `${id}-item-hint` : undefined;
  const conditionalId = item.conditional ? `conditional-${id}` : undefined;
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          {...field}
          className={`govuk-${kind}__input`}
          id={id}
          type={kind === "radios" ? "radio" : "checkbox"}
          value={item.value}
          disabled={field.disabled || item.disabled}
          aria-describedby={itemHintId}
          aria-controls={conditionalId}
        />
        <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
          {item.text}
        </label>
        {item.hint && (
          <div id={itemHintId} className={`govuk-hint govuk-${kind}__hint`}>
            {item.hint}
          </div>
        )}
      </div>
      {item.conditional && (
        <div id={conditionalId} className={`govuk-${kind}__conditional`} hidden={!open}>
          {item.conditional}
        </div>
      )}
    </>
  );
}

/** Shared body of Radios and Checkboxes: one fieldset, one input per item. */
export function Choices({ kind, ...props }: ChoicesProps & { kind: Kind }) {
  const { name, legend, items, hint, error, selected, inline, small, isPageHeading } = props;
  const { legendSize, onChange, onBlur, ref, disabled, required } = props;
  const field = { name, onChange, onBlur, ref, disabled, required };
  const baseId = fieldId(name);
  const listClass = [
    `govuk-${kind}`,
    inline ? `govuk-${kind}--inline` : null,
    small ? `govuk-${kind}--small` : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={formGroupClass(error)}>
      <Fieldset
        legend={legend}
        describedBy={describedBy(name, hint, error)}
        isPageHeading={isPageHeading}
        size={legendSize}
      >
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name}>{error}</ErrorMessage>
        <div className={listClass}>
          {items.map((item, index) => (
            <Choice
              key={item.value}
              kind={kind}
              item={item}
              // The first choice carries the field's own id: the error summary links there.
              id={index === 0 ? baseId : `${baseId}-${index + 1}`}
              open={isSelected(selected, item.value)}
              field={field}
            />
          ))}
        </div>
      </Fieldset>
    </div>
  );
}
