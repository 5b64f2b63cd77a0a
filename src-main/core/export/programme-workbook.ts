import ExcelJS from 'exceljs';
import type { TableName, TableRows } from '../../shared/domain.js';
import { CANONICAL_SHEETS } from '../import/sheet-specs.js';
import { putText } from './cell-text.js';
import { writeAtomically } from './atomic-write.js';

export type ProgrammeTables = { [T in TableName]: Array<TableRows[T]> };

export interface ReadmeSheet {
  title: string;
  lines: Array<[string, string]>;
}

export interface WorkbookOptions {
  /**
   * Cells to write as Excel percentages: the table holds points (45), the cell the fraction
   * (0.45) formatted `0.0%`, which is how a user typing 45% into Excel leaves it.
   */
  percentCell?: (table: TableName, column: string, record: Record<string, unknown>) => boolean;
}

const DATE_COLUMNS = new Set(['gcom_joined', 'start_date', 'end_date', 'date', 'baseline_date', 'period_start', 'period_end']);
const YES_NO_COLUMNS = new Set(['gcom_signatory', 'gcom_action_plan', 'primary']);

function cellValue(column: string, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (DATE_COLUMNS.has(column)) return new Date(`${value as string}T00:00:00Z`);
  if (YES_NO_COLUMNS.has(column)) return value ? 'yes' : 'no';
  return value as ExcelJS.CellValue;
}

/**
 * Writes a canonical programme workbook (data-model.md, section 1) with exceljs's streaming
 * writer, so generated programmes of a million rows do not need a million row objects.
 */
export function writeProgrammeWorkbook(path: string, tables: ProgrammeTables, readme?: ReadmeSheet, options: WorkbookOptions = {}): Promise<void> {
  return writeAtomically(path, (temporary) => writeWorkbookTo(temporary, tables, readme, options));
}

async function writeWorkbookTo(path: string, tables: ProgrammeTables, readme: ReadmeSheet | undefined, options: WorkbookOptions): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  if (readme) {
    const sheet = workbook.addWorksheet('README');
    sheet.columns = [{ width: 28 }, { width: 110 }];
    sheet.addRow([readme.title]).font = { bold: true, size: 14 };
    for (const [a, b] of readme.lines) {
      const row = sheet.addRow([a, b]);
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      if (a && !b) row.font = { bold: true };
      row.commit();
    }
    sheet.commit();
  }
  for (const spec of CANONICAL_SHEETS) {
    // The results sheets are optional in the data model: a programme without them writes them empty.
    const rows = (tables[spec.table] ?? []) as unknown as Array<Record<string, unknown>>;
    const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: Math.max(12, c.name.length + 4),
      ...(DATE_COLUMNS.has(c.name) ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const record of rows) {
      const row = sheet.addRow(spec.columns.map((c) => cellValue(c.name, record[c.name])));
      row.eachCell((cell, column) => {
        if (typeof cell.value === 'string') putText(cell, cell.value);
        const name = spec.columns[column - 1]!.name;
        if (typeof cell.value === 'number' && options.percentCell?.(spec.table, name, record)) {
          cell.value = Number((cell.value / 100).toPrecision(15));
          cell.numFmt = '0.0%';
        }
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}
