import type { ReactNode } from "react";

/** The class of a body row of a ListTable (a line under each row, cells aligned as the page needs). */
export const LIST_ROW_CLASS = "border-b border-line";

/**
 * A plain table of a page's own rows (the participants of a session, a participant's
 * answers): scrolls sideways on a narrow screen, a heavier line under the column headers,
 * the page's text colour. The page writes the rows (`<tr className={LIST_ROW_CLASS}>`);
 * every cell but the last has room on its right (`py-2 pr-4`, the last `py-2`).
 */
export function ListTable({
  columns,
  caption,
  className = "w-full",
  children,
}: {
  /** The column headers, in order. */
  columns: readonly string[];
  /** For screen readers only (the page's heading says what the table is). */
  caption?: string;
  /** The table's width (default the full width). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`${className} border-collapse text-left`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-line">
            {columns.map((column, i) => (
              <th key={i} scope="col" className={i < columns.length - 1 ? "py-2 pr-4" : "py-2"}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
