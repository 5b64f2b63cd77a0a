import type ExcelJS from 'exceljs';

/**
 * Text a spreadsheet program could take for a formula or a command when the cell is
 * entered or pasted: `=`, `+`, `-`, `@`, tab or carriage return first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The Excel number format "Text": a cell so formatted stays text even when a user edits it. */
export const TEXT_FORMAT = '@';

/**
 * Puts text into a cell as a string, never as a formula: exceljs writes a plain string as a
 * shared or inline string (`t="s"`), and text that starts like a formula is formatted Text
 * so that Excel keeps it text when someone edits the cell. The text itself is unchanged:
 * no apostrophe is added, so the workbook holds exactly what was imported.
 */
export function putText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}
