import { redirect } from "next/navigation";
import { PageNotFound } from "@/components/page-not-found";
import { requireSession } from "../../_lib/require-session";
import { qualitySectionsFor } from "../../_lib/shell";

/** /quality opens the first part of quality assurance the person may see. */
export default async function QualityPage() {
  const { actor } = await requireSession();
  const [first] = qualitySectionsFor(actor.roles);
  if (!first) {
    return <PageNotFound />;
  }
  redirect(first.href);
}
