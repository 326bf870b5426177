import { Choices, type ChoicesProps } from "./choices";

export type { ChoiceItem } from "./choices";

/**
 * One answer from a short list. Spread `register(name)` into it; pass `selected={watch(name)}`
 * when an item has a `conditional` question to reveal.
 */
export function Radios(props: ChoicesProps & { selected?: string | null }) {
  return <Choices kind="radios" {...props} />;
}
