import type { UseFormRegisterReturn } from "react-hook-form";
import { Textarea } from "./textarea";

type ImpactField = "impactAchievement" | "impactHealth" | "impactWellbeing";

const IMPACT_LABEL: Record<ImpactField, string> = {
  impactAchievement: "Effect on the student's achievement",
  impactHealth: "Effect on the student's health",
  impactWellbeing: "Effect on the student's well-being",
};

interface ImpactFieldsProps {
  register: (name: ImpactField) => UseFormRegisterReturn;
  error: (name: ImpactField) => string | undefined;
}

/**
 * The effect of a withdrawal or a change of day on the student's achievement, health and
 * well-being (DOMAIN.md workflows 2 and 3): the same three questions wherever it is asked.
 */
export function ImpactFields({ register, error }: ImpactFieldsProps) {
  return (Object.keys(IMPACT_LABEL) as ImpactField[]).map((name) => (
    <Textarea key={name} label={IMPACT_LABEL[name]} error={error(name)} {...register(name)} />
  ));
}
