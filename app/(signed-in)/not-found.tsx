import type { Metadata } from "next";
import { PageNotFound } from "@/components/page-not-found";

export const metadata: Metadata = { title: "Page not found" };

/** For notFound() in a signed-in page: the navigation stays. */
export default function SignedInNotFound() {
  return <PageNotFound />;
}
