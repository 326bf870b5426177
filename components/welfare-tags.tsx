import { Tag, type TagColour } from "./tag";

export interface WelfareFlags {
  lookedAfter: boolean;
  childProtectionPlan: boolean;
  childInNeedPlan: boolean;
}

interface WelfareLabel {
  text: string;
  colour: TagColour;
}

/** The welfare flags a student carries, most serious first. */
export function welfareLabels(flags: WelfareFlags): WelfareLabel[] {
  const labels: WelfareLabel[] = [];
  if (flags.childProtectionPlan) {
    labels.push({ text: "Child protection plan", colour: "red" });
  }
  if (flags.childInNeedPlan) {
    labels.push({ text: "Child in need plan", colour: "orange" });
  }
  if (flags.lookedAfter) {
    labels.push({ text: "Looked after", colour: "purple" });
  }
  return labels;
}

/**
 * A student's child protection plan, child in need plan and looked-after status as tags,
 * or `none` when there are none. The words carry the meaning; colour only supports them.
 */
export function WelfareTags({ flags, none = "None" }: { flags: WelfareFlags; none?: string }) {
  const labels = welfareLabels(flags);
  if (labels.length === 0) {
    return <>{none}</>;
  }
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {labels.map(({ text, colour }) => (
        <li key={text}>
          <Tag colour={colour}>{text}</Tag>
        </li>
      ))}
    </ul>
  );
}
