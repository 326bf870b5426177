/** A page's search parameters as Next.js hands them to a server component. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a query parameter: the first when repeated, trimmed, or undefined. */
export function queryText(value: string | string[] | undefined, max = 100): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const text = first?.trim().slice(0, max);
  return text ? text : undefined;
}

/** A 1-based page number; anything that is not a positive whole number means page 1. */
export function queryPage(value: string | string[] | undefined): number {
  const text = queryText(value, 9);
  const page = text && /^\d+$/.test(text) ? Number(text) : 1;
  return page >= 1 ? page : 1;
}

/** One of the allowed values, or undefined for anything else (an unknown filter is ignored). */
export function queryChoice<T extends string>(
  value: string | string[] | undefined,
  allowed: readonly T[],
): T | undefined {
  const text = queryText(value);
  return allowed.find((choice) => choice === text);
}

/** "/students?search=ab&page=2", leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
