import Link from "next/link";
import type { ReactNode } from "react";

interface ToolHeadingProps {
  concernReference: string;
  back: { href: string; text: string };
  children: ReactNode;
}

/** The back link, the concern's reference and the tool's name, on every onward page. */
export function ToolHeading({ concernReference, back, children }: ToolHeadingProps) {
  return (
    <>
      <Link href={back.href} className="govuk-back-link cap-no-print">
        {back.text}
      </Link>
      <span className="govuk-caption-l">Concern {concernReference}</span>
      <h1 className="govuk-heading-l">{children}</h1>
    </>
  );
}
