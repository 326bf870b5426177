const FALLBACK = "/dashboard";
// Any origin works here: the path is resolved against it only to see where it really leads.
const PROBE_ORIGIN = "http://cap-portal.invalid";

/**
 * Where to go after signing in. Only a path on this site is accepted, so a crafted link
 * cannot send someone from the sign-in page to another site. Browsers drop tabs and line
 * breaks from URLs ("/\t/evil.example" becomes "//evil.example"), so any control character
 * is refused outright, and what is left must resolve to this site.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(candidate)) {
    return FALLBACK;
  }
  const resolved = new URL(candidate, PROBE_ORIGIN);
  if (resolved.origin !== PROBE_ORIGIN || candidate.startsWith("//")) {
    return FALLBACK;
  }
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
