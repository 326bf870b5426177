"use client";

import { useEffect } from "react";

const PREFIX = "Error: ";

/**
 * Starts the page title with "Error: " while the form shows problems, so a screen reader
 * user hears at once that the page came back with errors.
 */
export function useErrorTitle(hasErrors: boolean) {
  useEffect(() => {
    const base = document.title.startsWith(PREFIX)
      ? document.title.slice(PREFIX.length)
      : document.title;
    document.title = hasErrors ? `${PREFIX}${base}` : base;
  }, [hasErrors]);
}
