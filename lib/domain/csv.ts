/**
 * Spreadsheet-safe cells and CSV text. Pure: used by every export that a spreadsheet may
 * open (CSV and XLSX).
 *
 * CSV injection (OWASP): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is read as a formula by Excel, LibreOffice and Google Sheets. Such a
 * cell gets a leading apostrophe, so it is shown as the text it is. Numbers stay
 * numbers: a negative number is a value, not a formula.
 */

/** The characters that make a spreadsheet read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet shows it, never as a formula. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell of an export: text, a number, a yes/no, or empty. */
export type TCell = string | number | boolean | null;

/** The byte order mark that makes Excel read a CSV file as UTF-8 (accents). */
export const UTF8_BOM = "\uFEFF";

function csvField(cell: TCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "1" : "0";
  const text = neutraliseCell(cell);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote,
 * semicolon or line break quoted), with a BOM first. Text cells are neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly TCell[])[]): string {
  const lines = [header.map((h) => csvField(h)).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return UTF8_BOM + lines.join("\r\n") + "\r\n";
}
