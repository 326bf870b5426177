import { withAuth } from "next-auth/middleware";

/**
 * A first filter only: without a session cookie, a page request goes to the sign-in page
 * (with a callbackUrl back). Whether the session is still live and what the person may do
 * is decided on the server for every page and procedure, never here.
 */
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  // Not the sign-in page, not next-auth's own endpoints, not Next's files, not any file with
  // an extension (static assets). Other /api routes are left out too: they answer 401
  // themselves, which a fetch can read, where a redirect to an HTML page could not.
  matcher: ["/((?!sign-in|api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
};
