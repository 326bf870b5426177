import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { SummaryList } from "@/components/summary-list";
import { formatDate } from "@/lib/dates";
import { SEN_LABEL } from "@/lib/schemas/student";
import { concernPath, readOrNotFound } from "../../_onward/load";
import "../../_onward/onward.css";

export const metadata: Metadata = { title: "Prevent referral for sending" };

const text = (value: string | null) =>
  value ? <span className="cap-pre-wrap">{value}</span> : "None given";

/** The referral as the Prevent team receives it: print it, or save it as a PDF to send. */
export default async function PreventExportPage(props: { params: Promise<{ concernId: string }> }) {
  const { concernId } = await props.params;
  const { referral } = await readOrNotFound((caller) => caller.prevent.get({ concernId }));
  if (!referral) {
    notFound();
  }

  return (
    <>
      <Link
        href={concernPath(concernId, "/prevent-referral")}
        className="govuk-back-link cap-no-print"
      >
        Back to the Prevent referral
      </Link>
      <h1 className="govuk-heading-l">Prevent referral</h1>
      <p className="govuk-body cap-no-print">
        Print this page, or save it as a PDF, and send it to your local Prevent team. Then record
        the date you sent it.
      </p>
      {referral.sentOn && <p className="govuk-body">Sent on {formatDate(referral.sentOn)}.</p>}
      <h2 className="govuk-heading-m">1. The individual</h2>
      <SummaryList
        rows={[
          { key: "Full name", value: referral.individualName },
          { key: "Date of birth", value: formatDate(referral.individualDateOfBirth) },
          { key: "School", value: referral.individualSchool },
          { key: "Year group", value: `Year ${referral.individualYearGroup}` },
          { key: "Special educational needs", value: SEN_LABEL[referral.individualSenStatus] },
          { key: "Looked-after child", value: referral.individualLookedAfter ? "Yes" : "No" },
        ]}
      />
      <h2 className="govuk-heading-m">2. The referrer</h2>
      <SummaryList
        rows={[
          { key: "Name", value: referral.referrerName },
          { key: "Role", value: referral.referrerRole },
          { key: "Organisation", value: referral.referrerOrganisation },
          { key: "Email", value: referral.referrerEmail },
          { key: "Phone", value: referral.referrerPhone ?? "None given" },
        ]}
      />
      <h2 className="govuk-heading-m">3. The concerns</h2>
      <p className="govuk-body cap-pre-wrap">{referral.concerns}</p>
      <h2 className="govuk-heading-m">4. Complex needs</h2>
      <p className="govuk-body">{text(referral.complexNeeds)}</p>
      <h2 className="govuk-heading-m">5. Other information</h2>
      <p className="govuk-body">{text(referral.otherInformation)}</p>
    </>
  );
}
