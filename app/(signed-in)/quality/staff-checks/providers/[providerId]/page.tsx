import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { serverCaller } from "@/server/trpc/server-caller";
import { StaffRecord } from "../../staff-record";

export const metadata: Metadata = { title: "Provider's single central record" };

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** One provider's record as the service reads it (a provider may open only its own). */
export default async function ProviderRecordPage(props: {
  params: Promise<{ providerId: string }>;
}) {
  const { providerId } = await props.params;
  const caller = await serverCaller();
  const record = await caller.staffCheck.list({ providerId }).catch((error: unknown) => {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  });
  return (
    <>
      <Link className="govuk-back-link" href="/quality/staff-checks">
        All providers
      </Link>
      <span className="govuk-caption-l">Single central record</span>
      <h1 className="govuk-heading-l">{record.provider.name}</h1>
      <StaffRecord record={record} />
    </>
  );
}
