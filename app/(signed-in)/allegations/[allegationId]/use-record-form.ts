"use client";

import { useEffect, useRef } from "react";

// The referral page's form hook serves any form that saves and redraws the record; it is
// re-exported under a neutral name rather than copied. Moving it to lib/ui/ would touch
// another engineer's files during this change.
export { useReferralForm as useRecordForm } from "../../referrals/[referralId]/use-referral-form";

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
