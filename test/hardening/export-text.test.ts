/**
 * Formula injection: imported text that starts like a formula (=, +, -, @, tab, CR) is
 * exported as a text cell, never as a formula Excel would evaluate on opening. Checked by
 * reading the exported workbook back with exceljs, and in its XML (no <f> element at all).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, test } from 'vitest';
import { writeProgrammeWorkbook } from '../../src-main/core/export/programme-workbook.js';
import { importedProject, tempDir, writeWorkbook } from '../helpers/programme.js';
import { readZip } from '../integration/zip-writer.js';
import { readFileSync } from 'node:fs';
import type { ProgrammeTables } from '../../src-main/core/export/programme-workbook.js';

const dir = tempDir('twinlens-export-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LOOKS_LIKE_FORMULA = ['=HYPERLINK("http://evil.example","Click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1'];

describe('exports keep formula-looking text as text', () => {
  test('imported names starting with =, +, -, @, tab or CR are text cells in the exported workbook', async () => {
    const source = join(dir, 'source.xlsx');
    await writeWorkbook(source, {
      Entities: [['entity_id', 'name', 'country'], ...LOOKS_LIKE_FORMULA.map((name, i) => [`E${i}`, name, 'NL'])],
      Pairings: [['pairing_id', 'title'], ['P1', LOOKS_LIKE_FORMULA[0]]],
      Members: [['pairing_id', 'entity_id'], ['P1', 'E0'], ['P1', 'E1']],
    });
    const project = await importedProject([source]);
    const tables = await project.withConnection(async (c) => {
      const out: Record<string, unknown[]> = {};
      for (const t of ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities']) {
        out[t] = (await c.runAndReadAll(`SELECT * FROM ${t}`)).getRowObjectsJS();
      }
      return out as unknown as ProgrammeTables;
    });
    project.close();
    const exported = join(dir, 'exported.xlsx');
    await writeProgrammeWorkbook(exported, tables);

    const xml = readZip(readFileSync(exported)).filter((p) => p.name.startsWith('xl/worksheets/')).map((p) => p.data.toString());
    expect(xml.join('')).not.toMatch(/<f[ >]/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const names = wb.getWorksheet('Entities')!.getColumn(2).values.slice(2);
    for (const name of LOOKS_LIKE_FORMULA) {
      const cell = names.find((v) => v === name.trim() || v === name);
      expect(cell, `${JSON.stringify(name)} was not exported as the same text`).toBeDefined();
    }
    wb.getWorksheet('Entities')!.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
