/**
 * Issue 15: the errors and warnings of an import come from the catalogue. Broken files are
 * imported for real; every issue they raise carries a key whose English rendering is its
 * `message` (what the CLI prints), and whose French and Spanish renderings are other words
 * about the same place and the same data. Warnings saved in the project keep their key.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { latestImportWarnings } from '../../src-main/core/indicators/import-warnings.js';
import { importHistory } from '../../src-main/core/queries/provenance-queries.js';
import { parseCount } from '../../src-main/core/import/values.js';
import { Project } from '../../src-main/core/store/project.js';
import { createHandlers } from '../../src-main/core/api.js';
import { writeReportsFrom } from '../../src-main/core/report/write-reports.js';
import ExcelJS from 'exceljs';
import { CoreSession } from '../../src-main/runner/core-session.js';
import { CATALOGUES, type Translator, translator } from '../../src-main/shared/i18n/index.js';
import { type ImportIssue, type IssueArgs, type IssueText, englishText, formatIssue, formatIssueIn, issueLocation, issueMessage, renderIssueText } from '../../src-main/shared/issues.js';
import { type SheetData, tempDir, writeCsv, writeWorkbook } from '../helpers/programme.js';
import { REPO } from '../helpers/cli.js';
import { type ZipPart, buildZip, readZip } from './zip-writer.js';

const en = translator('en');
const others: Translator[] = [translator('fr'), translator('es')];

/** A programme with one problem per row, and a few whole-sheet ones. */
function brokenProgramme(): SheetData {
  return {
    Entities: [
      ['entity_id', 'name', 'country', 'population', 'gcom_signatory', 'gcom_joined', 'kind', 'Notes of ours'],
      ['E1', 'Rotterdam', 'NL', 650000, 'yes', '2018-01-01', 'city', 'x'],
      ['E2', 'Surat', 'Atlantis', -4, 'no', null, null, null],
      ['E3', 'Umeå', 'SE', 'many', 'perhaps', '31/02/2019', 'village', null],
      ['E1', 'Rotterdam again', 'NL', null, null, null, null, null],
    ],
    Pairings: [
      ['pairing_id', 'title', 'start_date', 'end_date', 'status', 'action_plan'],
      ['P1', 'Rotterdam - Surat', '2018-03-01', '2017-01-01', 'active', 'adopted'],
      ['P2', 'Umeå - Surat', '2019-01-01', null, 'dormant', 'shelved'],
      ['P3', 'Alone', '2019-01-01', null, 'planned', null],
    ],
    Members: [
      ['pairing_id', 'entity_id', 'side'],
      ['P1', 'E1', 'EU'],
      ['P1', 'E2', 'partner'],
      ['P2', 'E3', 'EU'],
      ['P2', 'E9', 'partner'],
      ['P3', 'E1', 'EU'],
    ],
    Stakeholders: [
      ['pairing_id', 'entity_id', 'organisation', 'helix', 'participants'],
      ['P1', 'E1', 'Erasmus University', 'clergy', 3],
    ],
    Activities: [
      ['pairing_id', 'date', 'type', 'participants'],
      ['P1', 'soon', 'webinar', 20],
    ],
    Themes: [
      ['pairing_id', 'theme'],
      ['P1', 'Underwater basket weaving'],
    ],
    Scribbles: [['anything'], ['at all']],
  };
}

/** The arguments of an English message that are data (not plural or select switches). */
function dataArguments(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) into.add(e.value);
    else if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) dataArguments(option.value, into);
  }
  return into;
}

/** What each language must keep as written: the data arguments, as text, that the English shows. */
function dataShown(issue: ImportIssue): string[] {
  const shown = [...dataArguments(parse(CATALOGUES.en[issue.key!]!))];
  const args = issue.args as IssueArgs;
  return shown.map((name) => args[name]).filter((v): v is string => typeof v === 'string' && v.length >= 2 && issue.message.includes(v));
}

let dir: string;
let errors: ImportIssue[] = [];
let warnings: ImportIssue[] = [];

beforeAll(async () => {
  dir = tempDir('twinlens-issue-languages-');
  const workbook = await writeWorkbook(join(dir, 'programme.xlsx'), brokenProgramme());
  const flat = writeCsv(join(dir, 'pairings-flat.csv'), [
    ['EU city', 'EU country', 'Partner city', 'Partner country', 'Theme', 'Start date'],
    ['', 'Spain', 'Quito', 'Ecuador', 'Circular economy', '2019-01-01'],
    ['Lyon & Nice', 'France & Italy & Spain', 'Dakar', '', 'Circular economy', '2019-01-01'],
    ['Porto', 'Portugal', 'Recife', 'Brasil-ish', 'Circular economy', '2019-01-01'],
  ]);
  const nul = join(dir, 'nul.csv');
  writeFileSync(nul, Buffer.from([0x61, 0x00, 0x62, 0x0a]));
  const fakeXlsx = join(dir, 'fake.xlsx');
  writeFileSync(fakeXlsx, 'not a workbook at all\n');
  const project = await Project.open();
  try {
    for (const files of [[workbook, flat], [nul, fakeXlsx]]) {
      const outcome = await project.importFiles(files);
      errors.push(...outcome.report.errors);
      warnings.push(...outcome.report.warnings);
    }
  } finally {
    project.close();
  }
}, 60_000);

afterAll(() => {
  errors = [];
  warnings = [];
});

test('the broken files raise the issues this test is about', () => {
  const keys = new Set([...errors, ...warnings].map((i) => i.key));
  for (const key of [
    'issue.column.ignored', 'issue.row.duplicateId', 'issue.value.unknownCountry', 'issue.value.negativeCount', 'issue.value.notWholeText',
    'issue.value.notYesNo', 'issue.value.noSuchDay', 'issue.value.notInList', 'issue.row.endBeforeStart', 'issue.value.notHelix',
    'issue.value.notDate', 'issue.value.unknownCatalogue', 'issue.sheet.ignored', 'issue.row.cityEmpty', 'issue.row.countryEmpty',
    'issue.row.countryCount', 'issue.file.nulBytes', 'issue.file.fakeXlsx',
  ]) expect(keys, key).toContain(key);
  expect(errors.length).toBeGreaterThan(15);
});

describe.each([
  ['errors', () => errors],
  ['warnings', () => warnings],
])('%s', (_name, list) => {
  test('each carries a key of the catalogue, and its English rendering is its message, word for word', () => {
    for (const issue of list()) {
      expect(issue.key, issue.message).toMatch(/^issue\./);
      expect(issueMessage(en, issue)).toBe(issue.message);
      expect(formatIssueIn(en, issue)).toBe(formatIssue(issue));
    }
  });

  test('in French and Spanish each says other words about the same place and the same data', () => {
    for (const issue of list()) {
      for (const t of others) {
        const message = issueMessage(t, issue);
        expect(message, `${t.language} ${issue.key}`).not.toBe(issue.message);
        expect(message).not.toMatch(/issue\.|\{|\}/);
        for (const value of dataShown(issue)) expect(message, `${t.language} ${issue.key} keeps ${value}`).toContain(value);
        const where = issueLocation(t, issue);
        expect(where.startsWith(issue.file)).toBe(true);
        if (issue.row !== null) expect(where).toContain(` ${issue.row}`);
        if (issue.column) expect(where).toContain(issue.column);
        if (issue.sheet) expect(where).toContain(issue.sheet);
        expect(where).not.toContain('row ');
      }
    }
  });
});

test('the French location and sentence, as a person reads them', () => {
  const fr = translator('fr');
  const helix = errors.find((i) => i.key === 'issue.value.notHelix')!;
  expect(formatIssueIn(fr, helix)).toBe(
    `programme.xlsx, feuille Stakeholders, ligne 2, colonne helix : « clergy » n’est pas une valeur de la quadruple hélice : utilisez academia, business, government ou civil society.`,
  );
  const duplicate = errors.find((i) => i.key === 'issue.row.duplicateId')!;
  expect(issueMessage(translator('es'), duplicate)).toBe('entity_id «E1» ya se usa en la fila 2: dé a cada entidad su propio identificador.');
});

test('an issue without a key (saved by an older Twinlens) is shown as its English message', () => {
  const old: ImportIssue = { code: 'x', file: 'a.csv', sheet: null, row: 3, column: null, message: 'Something old.' };
  expect(issueMessage(translator('fr'), old)).toBe('Something old.');
  expect(formatIssueIn(translator('fr'), old)).toBe('a.csv, ligne 3 : Something old.');
  expect(issueMessage(translator('fr'), { ...old, key: 'issue.gone' as never, args: {} })).toBe('Something old.');
});

test('warnings saved in the project keep their key and arguments, so the app and the reports say them in any language', async () => {
  const file = await writeWorkbook(join(dir, 'warned.xlsx'), {
    ...brokenProgramme(),
    Entities: [
      ['entity_id', 'name', 'country', 'Notes of ours'],
      ['E1', 'Rotterdam', 'NL', 'x'],
      ['E2', 'Surat', 'IN', null],
      ['E3', 'Umeå', 'SE', null],
    ],
    Pairings: [
      ['pairing_id', 'title', 'start_date'],
      ['P1', 'Rotterdam - Surat', '2018-03-01'],
      ['P2', 'Umeå - Surat', '2019-01-01'],
      ['P3', 'Alone', '2019-01-01'],
    ],
    Members: [
      ['pairing_id', 'entity_id', 'side'],
      ['P1', 'E1', 'EU'],
      ['P1', 'E2', 'partner'],
      ['P2', 'E3', 'EU'],
      ['P2', 'E2', 'partner'],
      ['P3', 'E1', 'EU'],
    ],
    Stakeholders: [['pairing_id', 'entity_id', 'organisation', 'helix'], ['P1', 'E1', 'Erasmus University', 'academia']],
    Activities: [['pairing_id', 'date', 'type'], ['P1', '2018-05-01', 'webinar']],
  });
  const project = await Project.open();
  try {
    const outcome = await project.importFiles([file]);
    expect(outcome.report.errors).toEqual([]);
    expect(outcome.report.warnings.length).toBeGreaterThanOrEqual(3);
    const saved = await project.withConnection(latestImportWarnings);
    const history = await project.withConnection(importHistory);
    for (const list of [saved, history[0]!.warnings]) {
      expect(list).toEqual(outcome.report.warnings);
      const fr = list.map((w) => issueMessage(translator('fr'), w));
      expect(fr).toContain('Le jumelage « P3 » n’a qu’un seul membre : un jumelage relie deux entités ou plus ; ajoutez-les dans Members.');
    }
    // The Spanish workbook's data-quality sheet: every warning in Spanish, located as the file writes it.
    const xlsx = join(dir, 'es.xlsx');
    await project.withConnection((c) => writeReportsFrom(c, {}, { xlsx, language: 'es' }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Calidad de los datos');
    expect(sheet, workbook.worksheets.map((w) => w.name).join(', ')).toBeDefined();
    const rows: string[] = [];
    sheet!.eachRow((row, n) => {
      if (n > 1) rows.push(String(row.getCell(6).value));
    });
    expect(rows).toEqual(outcome.report.warnings.map((w) => issueMessage(translator('es'), w)));
    expect(rows).toContain('La hoja «Scribbles» no forma parte del modelo de datos y se ha ignorado.');
  } finally {
    project.close();
  }
});

test('a number the message states (not data) follows the language: the largest count', () => {
  const parsed = parseCount(3_000_000_000);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(englishText(parsed.text)).toBe('3000000000 is too large for a count (at most 2,147,483,647).');
  expect(renderIssueText(translator('fr'), parsed.text)).toBe('3000000000 est trop grand pour un effectif (au plus 2\u202f147\u202f483\u202f647).');
  expect(renderIssueText(translator('es'), parsed.text)).toBe('3000000000 es demasiado grande para un recuento (como máximo 2.147.483.647).');
});

test('errors a user can cause through the app carry a key: a project file that is gone, a pairing that is not there, no project open', async () => {
  const session = new CoreSession(() => undefined);
  const gone = join(dir, 'gone.duckdb');
  const errors = [];
  const opened = await session.open({ kind: 'file', path: gone });
  if (!opened.ok) errors.push(opened.error);
  const closed = await session.call('project/info', undefined);
  if (!closed.ok) errors.push(closed.error);
  const project = await Project.open();
  try {
    const detail = await createHandlers(project)['pairings/detail']({ pairingId: 'P404' } as never);
    if (!detail.ok) errors.push(detail.error);
  } finally {
    project.close();
  }
  expect(errors.map((e) => e.message)).toEqual([`${gone} does not exist (moved or deleted?).`, 'No project is open.', 'pairings/detail: no pairing has the id "P404"']);
  for (const error of errors) {
    expect(error.key).toMatch(/^issue\.api\./);
    for (const t of others) expect(issueMessage(t, error)).not.toBe(error.message);
  }
  expect(issueMessage(translator('fr'), errors[0]!)).toBe(`${gone} n’existe pas (déplacé ou supprimé ?).`);
  expect(issueMessage(translator('es'), errors[1]!)).toBe('No hay ningún proyecto abierto.');
});

describe('the readers’ own reasons for an unreadable file', () => {
  const sample = readFileSync(join(REPO, 'sample-data/iuc-programme.xlsx'));
  const textOf = (p: ZipPart) => (Buffer.isBuffer(p.data) ? p.data.toString('utf8') : p.data);
  /** The sample with its Pairings sheet changed by `edit`. */
  function sampleWithPairings(edit: (xml: string) => string): Buffer {
    const parts = readZip(sample);
    const workbook = textOf(parts.find((p) => p.name === 'xl/workbook.xml')!);
    const rels = textOf(parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!);
    const rid = /<sheet [^>]*name="Pairings"[^>]*r:id="([^"]+)"/.exec(workbook)![1]!;
    const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const name = `xl/${target[1] ?? target[2]}`;
    return buildZip(parts.map((q) => (q.name === name ? { ...q, data: edit(textOf(q)) } : q))).bytes;
  }

  let unreadable: ImportIssue[] = [];
  beforeAll(async () => {
    const cut = join(dir, 'cut-sheet.xlsx');
    writeFileSync(cut, sampleWithPairings((xml) => xml.slice(0, xml.length >> 1)));
    const wide = join(dir, 'past-xfd.xlsx');
    writeFileSync(wide, sampleWithPairings((xml) => xml.replace(/<c r="A2"/, '<c r="XFE2"')));
    // Stored, not deflated, so one letter of the sheet can change: its checksum then fails.
    const checksum = join(dir, 'checksum.xlsx');
    {
      const parts = readZip(sample).map((q) => ({ ...q, method: 0 as const }));
      const zip = buildZip(parts);
      const at = zip.bytes.indexOf('<row', zip.parts.find((q) => /worksheets\/sheet\d+\.xml$/.test(q.name))!.dataStart) + 1;
      zip.bytes[at] = 'R'.charCodeAt(0);
      writeFileSync(checksum, zip.bytes);
    }
    const long = writeCsv(join(dir, 'long-cell.csv'), [
      ['EU city', 'EU country', 'Partner city', 'Partner country'],
      ['Porto', 'Portugal', 'x'.repeat(40_000), 'Brazil'],
    ]);
    const project = await Project.open();
    try {
      unreadable = (await project.importFiles([cut, wide, long, checksum])).report.errors;
    } finally {
      project.close();
    }
  }, 60_000);

  const reasonOf = (issue: ImportIssue) => issue.args!.reason as IssueText;

  test('each is a catalogue sentence, nested in the file’s sentence, and its English is the message word for word', () => {
    expect(unreadable.map((i) => [i.file, i.key, reasonOf(i).key])).toEqual([
      ['cut-sheet.xlsx', 'issue.file.unreadable', 'issue.reader.incomplete'],
      ['past-xfd.xlsx', 'issue.file.unreadable', 'issue.reader.pastXfd'],
      ['long-cell.csv', 'issue.file.unreadable', 'issue.reader.csvCellTooLong'],
      ['checksum.xlsx', 'issue.file.unreadable', 'issue.reader.partZip'],
    ]);
    for (const issue of unreadable) expect(issueMessage(en, issue)).toBe(issue.message);
    // The English words of before the catalogue, written out here, not rendered by it.
    expect(unreadable[1]!.message).toContain('could not be read: sheet "Pairings", row 2, has a cell past column XFD, the last column Excel has.');
    expect(unreadable[2]!.message).toContain('row 2, column 3, holds 40,000 characters; a cell holds at most 32,767 (Excel\'s own limit).');
  });

  test('in French and Spanish the reason is said in other words, the data kept', () => {
    for (const issue of unreadable) {
      const english = englishText(reasonOf(issue));
      for (const t of others) {
        const reason = renderIssueText(t, reasonOf(issue));
        expect(reason, `${t.language} ${reasonOf(issue).key}`).not.toBe(english);
        expect(reason).not.toMatch(/issue\.|\{|\}/);
        const message = issueMessage(t, issue);
        expect(message).toContain(reason);
        expect(message).not.toContain(english);
      }
    }
    const [cut, wide, long, checksum] = unreadable as [ImportIssue, ImportIssue, ImportIssue, ImportIssue];
    const fr = translator('fr');
    const es = translator('es');
    expect(renderIssueText(fr, reasonOf(cut))).toMatch(/^la partie xl\/worksheets\/sheet\d+\.xml s’arrête avant la fin de son XML \(le fichier a peut-être été tronqué\)$/);
    expect(renderIssueText(es, reasonOf(cut))).toMatch(/^la parte xl\/worksheets\/sheet\d+\.xml termina antes de que su XML esté completo/);
    expect(renderIssueText(fr, reasonOf(wide))).toBe('la feuille « Pairings », ligne 2, a une cellule au-delà de la colonne XFD, la dernière colonne d’Excel');
    expect(renderIssueText(es, reasonOf(wide))).toBe('la hoja «Pairings», fila 2, tiene una celda más allá de la columna XFD, la última columna de Excel');
    // Counts that are limits, not data, follow the language's digit grouping.
    expect(renderIssueText(fr, reasonOf(long))).toBe('ligne 2, colonne 3 : 40\u202f000 caractères ; une cellule en contient au plus 32\u202f767 (la limite d’Excel)');
    expect(renderIssueText(es, reasonOf(long))).toContain('fila 2, columna 3: 40.000 caracteres');
    expect(checksum.message).toMatch(/could not be read: sheet "[^"]+" \(xl\/worksheets\/sheet\d+\.xml\) is damaged \(its checksum does not match\)\./);
    expect(renderIssueText(fr, reasonOf(checksum))).toMatch(/^la feuille « [^»]+ » \(xl\/worksheets\/sheet\d+\.xml\) est abîmée \(sa somme de contrôle ne correspond pas\)$/);
    expect(renderIssueText(es, reasonOf(checksum))).toMatch(/^la hoja «[^»]+» \(xl\/worksheets\/sheet\d+\.xml\) está dañada \(su suma de comprobación no coincide\)$/);
  });
});
