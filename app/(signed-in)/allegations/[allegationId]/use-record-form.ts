"use client";

import { useEffect, useRef } from "react";

export { useSchemaForm as useRecordForm } from "@/lib/ui/use-schema-form";

/**
 * Empties a form that adds a row (further information, a consultation) after each save, so
 * the same text is not added twice by a second press.
 */
export function useClearAfterSave(saved: number, clear: () => void) {
  const clearRef = useRef(clear);
  useEffect(() => {
    clearRef.current = clear;
  });
  useEffect(() => {
    if (saved > 0) {
      clearRef.current();
    }
  }, [saved]);
}
