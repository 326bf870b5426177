/**
 * Where to go after signing in. Only a path on this site is accepted, so a crafted link
 * cannot send someone from the sign-in page to another site.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || /^\/[/\\]/.test(candidate)) {
    return "/dashboard";
  }
  return candidate;
}
