import type { ReactNode } from "react";
import { SectionNavigation } from "@/components/section-navigation";
import { requireSession } from "../../_lib/require-session";
import { qualitySectionsFor } from "../../_lib/shell";

/** Every quality-assurance page carries the sub-navigation of the parts the person may open. */
export default async function QualityLayout({ children }: { children: ReactNode }) {
  const { actor } = await requireSession();
  return (
    <>
      <SectionNavigation label="Quality assurance" items={qualitySectionsFor(actor.roles)} />
      {children}
    </>
  );
}
