/**
 * Text PostgreSQL cannot store, made storable: NUL characters are removed and unpaired
 * surrogates (half of an emoji, from a bad paste) become U+FFFD. Neither carries meaning a
 * person typed, and both would otherwise fail the write with a database error rather than
 * a message. Applied to every string of every procedure's input, however deeply nested.
 */
export function cleanInput(value: unknown): unknown {
  if (typeof value === "string") {
    return value.includes("\u0000") || !value.isWellFormed()
      ? value.replaceAll("\u0000", "").toWellFormed()
      : value;
  }
  if (Array.isArray(value)) {
    return value.map(cleanInput);
  }
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanInput(item)]));
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
