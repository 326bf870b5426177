import { Choices, type ChoicesProps } from "./choices";

export type { ChoiceItem } from "./choices";

/**
 * Any number of answers from a list. With `register(name)` spread in, react-hook-form gives
 * the field an array of the checked values.
 */
export function Checkboxes(props: ChoicesProps & { selected?: readonly string[] | null }) {
  return <Choices kind="checkboxes" {...props} />;
}
