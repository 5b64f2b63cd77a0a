import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { Project } from '../../src-main/core/store/project.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';

export const tempDir = (prefix = 'twinlens-') => mkdtempSync(join(tmpdir(), prefix));

export type SheetData = Record<string, unknown[][]>;

/** Writes a real .xlsx: sheet name -> rows (first row = headers). Dates as JS Dates (UTC). */
export async function writeWorkbook(path: string, sheets: SheetData): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

export function writeCsv(path: string, rows: unknown[][], separator = ','): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",;\t\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  writeFileSync(path, rows.map((r) => r.map(cell).join(separator)).join('\n'));
  return path;
}

/** Imports files into a fresh in-memory project; throws with the errors if the import fails. */
export async function importedProject(files: string[]): Promise<Project> {
  const project = await Project.open();
  const outcome = await project.importFiles(files);
  if (!outcome.ok) {
    project.close();
    throw new Error(`import failed: ${JSON.stringify(outcome.report.errors, null, 1)}`);
  }
  return project;
}

export async function indicatorsOf(files: string[], filters: Filters = {}): Promise<Indicators> {
  const project = await importedProject(files);
  try {
    return await project.withConnection((c) => computeIndicators(c, filters));
  } finally {
    project.close();
  }
}
