import ExcelJS from "exceljs";
import { neutraliseCell, type TCell } from "@/lib/domain/csv";

/** One worksheet: a header row and the rows under it. */
export interface TSheet {
  name: string;
  header: readonly string[];
  rows: readonly (readonly TCell[])[];
}

function cellValue(cell: TCell): string | number | boolean | null {
  if (typeof cell === "string") return neutraliseCell(cell);
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  return cell;
}

/**
 * An Excel workbook (XLSX) with one sheet per table (exceljs, decision 017). Text cells
 * are written as text, never as formulas, and neutralised like CSV cells (a leading
 * apostrophe before =, +, -, @, tab or CR), so a copy to CSV stays safe too. The header
 * row is bold and frozen.
 */
export async function toXlsx(sheets: readonly TSheet[], { title }: { title?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Werkboek Regionaal Samenwerken";
  if (title) workbook.title = title;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(sheet.header.map((h) => neutraliseCell(h)));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map(cellValue));
    ws.columns.forEach((col, i) => {
      col.width = Math.min(60, Math.max(10, sheet.header[i]?.length ?? 10) + 2);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
