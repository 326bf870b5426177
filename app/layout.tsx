import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { currentSession } from "@/server/auth/current-session";
import "@/styles/app.scss";
import { headerPerson } from "./_lib/shell";

export const metadata: Metadata = {
  title: { template: "%s – CAP Portal", default: "CAP Portal" },
  description: "Case management for the Alternative Provision service",
  // Case records: nothing here is for search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#0b0c0c" };

/**
 * The frame every page shares: skip link, header and footer. Who is signed in is read on
 * the server for each request. The navigation and the main landmark come from each page
 * group (app/(signed-in)/layout.tsx, or PageMain on pages outside it).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await currentSession();
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader person={session ? headerPerson(session) : null} />
        {children}
        <SiteFooter signedIn={Boolean(session)} />
      </body>
    </html>
  );
}
