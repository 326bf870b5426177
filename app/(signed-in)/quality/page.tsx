import { notFound, redirect } from "next/navigation";
import { requireSession } from "../../_lib/require-session";
import { qualitySectionsFor } from "../../_lib/shell";

/** /quality opens the first part of quality assurance the person may see; else 404. */
export default async function QualityPage() {
  const { actor } = await requireSession();
  const [first] = qualitySectionsFor(actor.roles);
  if (!first) {
    notFound();
  }
  redirect(first.href);
}
