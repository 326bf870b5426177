"use client";

/** Prints the page; hidden from the printout itself, like the rest of the page's controls. */
export function PrintButton({ text = "Print this page" }: { text?: string }) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary cap-no-print"
      data-module="govuk-button"
      onClick={() => window.print()}
    >
      {text}
    </button>
  );
}
