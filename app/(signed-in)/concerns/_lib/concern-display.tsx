import { StatusTag } from "@/components/tag";
import {
  CONCERN_CATEGORY_LABEL,
  CONCERN_STATUS_LABEL,
  type ConcernCategoryValue,
} from "@/lib/schemas/concern";
import type { Role } from "@/server/auth/roles";

export const RISK_TEXT = { LOW: "Low risk", MEDIUM: "Medium risk", HIGH: "High risk" } as const;
export type RiskValue = keyof typeof RISK_TEXT;

export function ConcernStatusTag({ status }: { status: keyof typeof CONCERN_STATUS_LABEL }) {
  return <StatusTag status={status} label={CONCERN_STATUS_LABEL[status]} />;
}

export function RiskTag({ level }: { level: RiskValue }) {
  return <StatusTag status={level} label={RISK_TEXT[level]} />;
}

/** "Neglect, Self-harm", in the order KCSIE lists them. */
export function categoriesText(categories: readonly ConcernCategoryValue[]): string {
  return (Object.keys(CONCERN_CATEGORY_LABEL) as ConcernCategoryValue[])
    .filter((category) => categories.includes(category))
    .map((category) => CONCERN_CATEGORY_LABEL[category])
    .join(", ");
}

/** Sees the whole collaboration's concerns and triages them. */
export function isServiceDsl(roles: readonly Role[]): boolean {
  return roles.includes("SERVICE_DSL") || roles.includes("SERVICE_LEAD");
}

/** Holds a DSL role: works a queue rather than only reading back what they raised. */
export function isDsl(roles: readonly Role[]): boolean {
  return isServiceDsl(roles) || roles.includes("SCHOOL_DSL") || roles.includes("PROVIDER_DSL");
}
