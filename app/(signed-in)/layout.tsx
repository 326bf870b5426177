import type { ReactNode } from "react";
import { PageMain } from "@/components/page-main";
import { PrimaryNavigation } from "@/components/primary-navigation";
import { TRPCProvider } from "@/lib/ui/trpc";
import { requireSession } from "../_lib/require-session";
import { sectionsFor } from "../_lib/shell";

/**
 * Every page in this group needs a live server session (each page also checks for itself),
 * and shows the sections the person's roles open.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { actor } = await requireSession();
  return (
    <TRPCProvider>
      <PrimaryNavigation items={sectionsFor(actor.roles)} />
      <PageMain>{children}</PageMain>
    </TRPCProvider>
  );
}
