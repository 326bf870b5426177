import type { ReactNode } from "react";

/**
 * The page's main landmark, the skip link's target. Each page group places it after its
 * own navigation, so the landmarks read header, navigation, main, footer.
 */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
