"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/**
 * Ends the session: next-auth clears the cookie and its signOut event ends the server
 * session, then the person lands on the sign-in page with a confirmation.
 */
export function SignOutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  const onClick = async () => {
    setPending(true);
    await signOut({ callbackUrl: "/sign-in?signedOut=1" });
  };
  return (
    <button
      type="button"
      className={["cap-link-button", className].filter(Boolean).join(" ")}
      onClick={onClick}
      disabled={pending}
    >
      Sign out
    </button>
  );
}
