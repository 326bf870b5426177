import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PrimaryNavigation } from "@/components/primary-navigation";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "@/styles/app.scss";
import { loadShell } from "./_lib/shell";

export const metadata: Metadata = {
  title: { template: "%s – CAP Portal", default: "CAP Portal" },
  description: "Case management for the Alternative Provision service",
  // Case records: nothing here is for search engines.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { themeColor: "#0b0c0c" };

/**
 * The page frame every page shares: skip link, header, the sections the person's roles
 * allow, main content and footer. Who is signed in is read on the server for each request.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const shell = await loadShell();
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader person={shell?.person ?? null} />
        {shell && <PrimaryNavigation items={shell.navigation} />}
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
            {children}
          </main>
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
