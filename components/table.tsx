import type { ReactNode } from "react";

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures: counts, percentages. */
  numeric?: boolean;
}

interface TableProps<Row> {
  caption: ReactNode;
  /** Show the caption as a heading of this size, or only to screen readers ("hidden"). */
  captionSize?: "s" | "m" | "l" | "xl" | "hidden";
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Said instead of an empty table. */
  empty?: ReactNode;
  /** Which column names the row (its cells become row headers). Defaults to the first. */
  rowHeader?: number | null;
}

function captionClass(size: TableProps<unknown>["captionSize"]): string {
  if (size === "hidden") {
    return "govuk-visually-hidden";
  }
  return size ? `govuk-table__caption govuk-table__caption--${size}` : "govuk-table__caption";
}

function cellClass(kind: "header" | "cell", numeric: boolean | undefined): string {
  return [`govuk-table__${kind}`, numeric ? `govuk-table__${kind}--numeric` : null]
    .filter(Boolean)
    .join(" ");
}

/** A GOV.UK table over a list of records, one column definition per column. */
export function Table<Row>(props: TableProps<Row>) {
  const { caption, captionSize, columns, rows, rowKey, empty, rowHeader = 0 } = props;
  if (rows.length === 0 && empty) {
    return <p className="govuk-body">{empty}</p>;
  }
  return (
    <table className="govuk-table">
      <caption className={captionClass(captionSize)}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th key={index} scope="col" className={cellClass("header", column.numeric)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((column, index) =>
              index === rowHeader ? (
                <th key={index} scope="row" className={cellClass("header", column.numeric)}>
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index} className={cellClass("cell", column.numeric)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
