import { Tag, type TagColour } from "@/components/tag";
import { ADOPTION_STATE_LABEL, type AdoptionState } from "@/lib/schemas/policy";

const COLOUR: Record<AdoptionState, TagColour> = {
  NOT_ADOPTED: "red",
  ADOPTED: "green",
  ACCEPTED: "green",
  AWAITING_ACCEPTANCE: "blue",
  RETURNED: "orange",
};

/** A provider's answer to a policy version; "not adopted" stands out in red. */
export function AdoptionTag({ state }: { state: AdoptionState }) {
  return <Tag colour={COLOUR[state]}>{ADOPTION_STATE_LABEL[state]}</Tag>;
}
