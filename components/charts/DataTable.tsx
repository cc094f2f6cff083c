/**
 * A plain, accessible data table (caption, column headers, row headers) for the
 * text alternative of the charts. No hooks, no client code: usable anywhere.
 */
import { useId, type ReactNode } from "react";

export interface TDataTableColumn<R> {
  key: string;
  header: string;
  cell: (row: R) => ReactNode;
  /** Right-align (for counts). */
  numeric?: boolean;
}

export interface DataTableProps<R> {
  /** Short caption (keep it short: on narrow screens the table scrolls sideways). */
  caption: string;
  /** How to read the numbers; shown above the table and linked with aria-describedby. */
  note?: string;
  /** The first column: rendered as <th scope="row">. */
  rowHeader: TDataTableColumn<R>;
  columns: readonly TDataTableColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  large?: boolean;
  className?: string;
}

export function DataTable<R>({ caption, note, rowHeader, columns, rows, rowKey, large = false, className }: DataTableProps<R>) {
  const cellPad = large ? "px-3 py-2" : "px-2 py-1.5";
  const noteId = `${useId().replace(/[^a-zA-Z0-9_-]/g, "")}-note`;
  return (
    <div className={className}>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className={`w-full border-collapse text-left text-[var(--chart-ink,#1b1f24)] ${large ? "text-xl" : "text-sm"}`} aria-describedby={note ? noteId : undefined}>
          <caption className={`mb-1 max-w-[calc(100vw-3rem)] text-left font-semibold ${large ? "text-lg" : "text-sm"}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-[var(--chart-ink,#1b1f24)]">
              <th scope="col" className={`${cellPad} align-bottom font-semibold`}>
                {rowHeader.header}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={`${cellPad} align-bottom font-semibold ${c.numeric ? "text-right" : ""}`}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} className="border-b border-[var(--chart-faint,#c9d0d8)] align-top">
                <th scope="row" className={`${cellPad} font-semibold`}>
                  {rowHeader.cell(row)}
                </th>
                {columns.map((c) => (
                  <td key={c.key} className={`${cellPad} ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note ? (
        <p id={noteId} className={`m-0 mt-1 text-[var(--chart-muted,#4a5360)] ${large ? "text-lg" : "text-sm"}`}>
          {note}
        </p>
      ) : null}
    </div>
  );
}

export default DataTable;
