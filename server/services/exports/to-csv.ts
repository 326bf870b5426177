import { stringify } from "csv-stringify/sync";

/**
 * A CSV file from rows, for the exports people open in a spreadsheet. A cell a person typed
 * that starts like a formula (= + - @, tab, return) is written with a leading apostrophe, so
 * a spreadsheet shows it as text instead of running it over a sheet of children's records.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows as unknown[][], { escape_formulas: true });
}
