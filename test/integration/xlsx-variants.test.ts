/**
 * Workbooks as other writers make them must read exactly like the ones exceljs writes:
 * namespace prefixes (.NET Open XML SDK: `<x:worksheet>`), rows and cells without `r`
 * references (optional in the standard), sheet parts not called sheetN.xml, absolute
 * relationship targets, byte-order marks, stored entries, parts in any order. And text
 * must survive UTF-8 characters cut by the reader's chunk boundaries.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Project } from '../../src-main/core/store/project.js';
import { SMALL_PROGRAMME } from '../fixtures/small-programme.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';
import { type ZipPart, buildZip } from './zip-writer.js';

type Value = string | number | null;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Variant {
  /** Element prefix bound to the main namespace, as the Open XML SDK writes (`x`). */
  prefix?: string;
  /** Write `r` on rows and cells (default true); without, every cell is written, empty or not. */
  references?: boolean;
  /** Text as shared strings (default) or inline strings. */
  inline?: boolean;
  partName?: (index: number) => string;
  absoluteTargets?: boolean;
  bom?: boolean;
  method?: 0 | 8;
  sheetsFirst?: boolean;
  zip64?: boolean;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (n: number): string => (n > 26 ? column(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A workbook written by hand, the way `variant` says, holding `sheets` (dates as ISO text). */
function handWorkbook(sheets: Record<string, Value[][]>, variant: Variant): Buffer {
  const p = variant.prefix ? `${variant.prefix}:` : '';
  const ns = variant.prefix ? `xmlns:${variant.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const head = `${variant.bom ? '\ufeff' : ''}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  const refs = variant.references ?? true;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const names = Object.keys(sheets);
  const partName = variant.partName ?? ((i: number) => `worksheets/sheet${i + 1}.xml`);
  const target = (t: string) => (variant.absoluteTargets ? `/xl/${t}` : t);

  const sheetParts: ZipPart[] = names.map((name, i) => {
    const rows = sheets[name]!.map((cells, r) => {
      const xml = cells.map((v, c) => {
        const ref = refs ? ` r="${column(c + 1)}${r + 1}"` : '';
        if (v === null) return refs ? '' : `<${p}c/>`;
        if (typeof v === 'number') return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
        if (variant.inline) return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${escape(v)}</${p}t></${p}is></${p}c>`;
        let index = stringIndex.get(v);
        if (index === undefined) {
          index = strings.push(v) - 1;
          stringIndex.set(v, index);
        }
        return `<${p}c${ref} t="s"><${p}v>${index}</${p}v></${p}c>`;
      });
      return `<${p}row${refs ? ` r="${r + 1}"` : ''}>${xml.join('')}</${p}row>`;
    });
    return { name: `xl/${partName(i)}`, data: `${head}<${p}worksheet ${ns}><${p}sheetData>${rows.join('\n')}</${p}sheetData></${p}worksheet>` };
  });

  const rels = names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(partName(i))}"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`);
  rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target('styles.xml')}"/>`);
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: '_rels/.rels', data: `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `${head}<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${names
        .map((n, i) => `<${p}sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</${p}sheets></${p}workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `${head}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>` },
    {
      name: 'xl/styles.xml',
      data: `${head}<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font/></${p}fonts><${p}cellXfs count="1"><${p}xf numFmtId="0"/></${p}cellXfs></${p}styleSheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `${head}<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings
        .map((s) => `<${p}si><${p}t xml:space="preserve">${escape(s)}</${p}t></${p}si>`)
        .join('')}</${p}sst>`,
    },
  ];
  const all = variant.sheetsFirst ? [...sheetParts, ...parts] : [...parts, ...sheetParts];
  return buildZip(all.map((part) => ({ ...part, method: variant.method ?? 8 })), { zip64: variant.zip64 }).bytes;
}

/** The small programme with its dates as ISO text and its booleans as written. */
function programmeSheets(): Record<string, Value[][]> {
  const out: Record<string, Value[][]> = {};
  for (const [name, rows] of Object.entries(SMALL_PROGRAMME)) {
    out[name] = (rows as unknown[][]).map((row) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as Value))));
  }
  return out;
}

const TABLES = ['entities', 'pairings', 'members', 'themes', 'stakeholders', 'activities'] as const;

/** Every table of the imported dataset, rows sorted, as JSON: two imports compare whole. */
async function dataset(file: string): Promise<Record<string, unknown>> {
  const project = await Project.open();
  try {
    const outcome = await project.importFiles([file]);
    expect(outcome.report.errors, `${file}: ${JSON.stringify(outcome.report.errors.slice(0, 3))}`).toEqual([]);
    const out: Record<string, unknown> = {};
    await project.withConnection(async (c) => {
      for (const t of TABLES) {
        const rows = (await c.runAndReadAll(`SELECT * FROM ${t}`)).getRowObjectsJS();
        out[t] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).sort();
      }
    });
    return out;
  } finally {
    project.close();
  }
}

const VARIANTS: Array<[string, Variant]> = [
  ['hand-written, plain', {}],
  ['Open XML SDK style: x: prefixes everywhere', { prefix: 'x' }],
  ['rows and cells without r references', { references: false }],
  ['prefixes, no references, inline strings, BOM (an ASP.NET export)', { prefix: 'x', references: false, inline: true, bom: true }],
  ['sheet parts named freely, absolute targets', { partName: (i) => (i === 0 ? 'worksheets/sheet.xml' : `worksheets/data_${i}.xml`), absoluteTargets: true }],
  ['stored entries, sheets before the workbook part', { method: 0, sheetsFirst: true }],
  ['a zip64 archive', { zip64: true }],
];

describe('writer variants read exactly like an exceljs workbook', () => {
  const dir = tempDir('twinlens-variants-');
  let reference: Record<string, unknown>;

  beforeAll(async () => {
    reference = await dataset(await writeWorkbook(join(dir, 'reference.xlsx'), SMALL_PROGRAMME));
    // The reference holds the whole programme, so an empty read cannot pass as equal.
    expect((reference.entities as unknown[]).length).toBe(8);
    expect((reference.stakeholders as unknown[]).length).toBe(8);
  });

  test.each(VARIANTS)('%s', async (_name, variant) => {
    const file = join(dir, `variant-${VARIANTS.findIndex(([, v]) => v === variant)}.xlsx`);
    writeFileSync(file, handWorkbook(programmeSheets(), variant));
    expect(await dataset(file)).toEqual(reference);
  });
});

describe('text with non-ASCII characters', () => {
  test('thousands of accented names, read back letter for letter', async () => {
    const dir = tempDir('twinlens-utf8-');
    const names = Array.from({ length: 6000 }, (_, i) => `Medellín ${i} – São João, Umeå, Kraków, 北京 ${'é'.repeat(1 + (i % 7))}`);
    const entities: unknown[][] = [['entity_id', 'name', 'country'], ...names.map((n, i) => [`E${i}`, n, i % 2 ? 'CO' : 'PT'])];
    const pairings: unknown[][] = [['pairing_id'], ...Array.from({ length: names.length / 2 }, (_, i) => [`P${i}`])];
    const members: unknown[][] = [['pairing_id', 'entity_id'], ...names.map((_, i) => [`P${i >> 1}`, `E${i}`])];
    for (const [label, file] of [
      ['exceljs, shared strings', await writeWorkbook(join(dir, 'accents.xlsx'), { Entities: entities, Pairings: pairings, Members: members })],
      ['inline strings, no references', ((f: string) => (writeFileSync(f, handWorkbook({ Entities: entities as Value[][], Pairings: pairings as Value[][], Members: members as Value[][] }, { inline: true, references: false })), f))(join(dir, 'accents-inline.xlsx'))],
    ] as const) {
      const project = await Project.open();
      try {
        const outcome = await project.importFiles([file]);
        expect(outcome.report.errors, label).toEqual([]);
        const read = await project.withConnection(async (c) =>
          (await c.runAndReadAll('SELECT entity_id, name FROM entities')).getRowObjectsJS().map((r) => [String(r.entity_id), String(r.name)] as const),
        );
        const wrong = read.filter(([id, name]) => names[Number(id.slice(1))] !== name);
        expect(wrong.slice(0, 3), label).toEqual([]);
        expect(read.length, label).toBe(names.length);
      } finally {
        project.close();
      }
    }
  });
});
