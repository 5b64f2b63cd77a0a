import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, openFilesProject } from '../../src-main/core/api.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import { type ApiArg, type ApiHandlers, type ApiMethod, type ApiResult, type AppEvent, dispatch } from '../../src-main/shared/api-contract.js';
import { TABLE_NAMES } from '../../src-main/shared/domain.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { REPO } from '../helpers/cli.js';

let project: Project;
let handlers: ApiHandlers;
const events: AppEvent[] = [];

beforeAll(async () => {
  project = await openFilesProject([join(REPO, 'sample-data/iuc-programme.xlsx')]);
  handlers = createHandlers(project, { emit: (e) => events.push(e) });
});
afterAll(() => project.close());

/** Calls a method the way the host and IPC do: through dispatch, argument checked. */
async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
  const result = await dispatch(handlers, method, arg);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiResult<M>;
}

const indicators = (filters: Filters) => project.withConnection((c) => computeIndicators(c, filters));
const list = (filters: Filters, search = '', column: 'title' | 'start_date' | 'participants' = 'title', direction: 'asc' | 'desc' = 'asc') =>
  call('pairings/list', { filters, search, sort: { column, direction }, offset: 0, limit: 5000 });

describe('the dashboard queries agree with the indicators', () => {
  test.each<[string, Filters]>([
    ['no filter', {}],
    ['a theme', { theme: ['Circular economy'] }],
    ['a region and a start date', { region: ['Latin America & Caribbean'], from: '2018-01-01' }],
  ])('pairings/list holds every pairing in scope (%s), summed like the summary', async (_name, filters) => {
    const [page, ind] = await Promise.all([list(filters), indicators(filters)]);
    expect(page.total).toBe(ind.summary.pairings);
    expect(page.rows).toHaveLength(ind.summary.pairings);
    expect(page.rows.reduce((n, r) => n + r.stakeholders, 0)).toBe(ind.summary.organisations);
    expect(page.rows.reduce((n, r) => n + r.participants, 0)).toBe(ind.summary.participants);
    expect(page.rows.reduce((n, r) => n + r.activities, 0)).toBe(ind.summary.activities);
  });

  test('sorting orders by the column (blanks last, ties by id) and paging cuts that order', async () => {
    const desc = await list({}, '', 'participants', 'desc');
    const values = desc.rows.map((r) => r.participants);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const starts = (await list({}, '', 'start_date', 'asc')).rows.map((r) => r.start_date);
    const dated = starts.filter((s): s is string => s !== null);
    expect(dated).toEqual([...dated].sort());
    expect(starts.slice(dated.length).every((s) => s === null)).toBe(true);
    const page = await call('pairings/list', { filters: {}, search: '', sort: { column: 'participants', direction: 'desc' }, offset: 10, limit: 5 });
    expect(page.rows.map((r) => r.pairing_id)).toEqual(desc.rows.slice(10, 15).map((r) => r.pairing_id));
    expect(page.total).toBe(desc.total);
  });

  test('search is case-insensitive over ids, titles, members, countries, regions and themes', async () => {
    const all = await list({});
    const member = all.rows[5]!.members.split('; ')[0]!;
    const found = await list({}, member.toUpperCase());
    expect(found.total).toBe(all.rows.filter((r) => `${r.title} ${r.members}`.toLowerCase().includes(member.toLowerCase())).length);
    expect(found.total).toBeGreaterThan(0);
    expect((await list({}, 'no pairing is called this')).total).toBe(0);
    // Search text is a value, never SQL.
    expect((await list({}, "' OR 1=1 --")).total).toBe(0);
  });

  test('a pairing card holds its members, themes, stakeholders and activities; an unknown id is a clear error', async () => {
    const row = (await list({})).rows.find((r) => r.stakeholders > 0 && r.activities > 0)!;
    const card = await call('pairings/detail', { pairingId: row.pairing_id });
    expect(card.pairing.pairing_id).toBe(row.pairing_id);
    expect(card.members.map((m) => m.name).sort()).toEqual(row.members.split('; ').sort());
    expect(card.stakeholders).toHaveLength(row.stakeholders);
    expect(card.activities).toHaveLength(row.activities);
    expect(card.stakeholders.reduce((n, s) => n + s.participants, 0)).toBe(row.participants);
    const missing = await dispatch(handlers, 'pairings/detail', { pairingId: 'NOPE' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringContaining('"NOPE"') } });
  });

  test('map data: every member in scope is a city or listed unplaced; links join members of one pairing', async () => {
    const filters = { theme: ['Circular economy'] };
    const [map, ind] = await Promise.all([call('pairings/map', filters), indicators(filters)]);
    expect(map.cities.length + map.unplaced.length).toBe(ind.summary.entities);
    const ids = new Set([...map.cities.map((c) => c.entity_id), ...map.unplaced.map((u) => u.entity_id)]);
    expect(map.links.every((l) => ids.has(l.a) && ids.has(l.b) && l.a < l.b && l.pairings > 0)).toBe(true);
    expect(map.links.length).toBeGreaterThan(0);
  });

  test('per-pairing coverage averages to the indicators\' helix coverage and quadruple-helix share', async () => {
    const [rows, ind] = await Promise.all([call('stakeholders/coverage', {}), indicators({})]);
    expect(rows).toHaveLength(ind.summary.pairings);
    const mean = rows.reduce((n, r) => n + r.helices, 0) / 4 / rows.length;
    expect(mean).toBeCloseTo(ind.stakeholderMix.meanHelixCoverage, 4);
    expect(rows.filter((r) => r.helices === 4).length / rows.length).toBeCloseTo(ind.stakeholderMix.quadrupleHelixShare, 4);
  });

  test('filter options list each value once and the start range', async () => {
    const options = await call('filters/options', null);
    const ind = await indicators({});
    expect(options.theme).toEqual(ind.themes.map((t) => t.theme).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(options.region.sort()).toEqual(ind.pairingsByRegion.map((r) => r.region).sort());
    expect(options.minStart! <= options.maxStart!).toBe(true);
  });
});

describe('provenance and raw tables', () => {
  test('project/info and imports/history name the file with its SHA-256 and the row counts', async () => {
    const info = await call('project/info', undefined);
    expect(info.path).toBeNull();
    expect(info.files.map((f) => f.name)).toEqual(['iuc-programme.xlsx']);
    expect(info.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const history = await call('imports/history', {});
    expect(history[0]).toMatchObject({ importId: info.importId, current: true, files: info.files });
    for (const table of TABLE_NAMES) {
      expect(history[0]!.rows.filter((r) => r.table === table).reduce((n, r) => n + r.rows, 0)).toBe(info.rows[table]);
    }
  });

  test('table/rows pages decode from Arrow IPC to the table\'s rows', async () => {
    const info = await call('project/info', null);
    const first = await call('table/rows', { table: 'stakeholders', offset: 0, limit: 100 });
    const table = tableFromIPC(Buffer.from(first.arrow, 'base64'));
    expect(first.total).toBe(info.rows.stakeholders);
    expect(table.numRows).toBe(100);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['pairing_id', 'entity_id', 'organisation', 'helix', 'participants']);
    expect(typeof table.getChild('participants')!.get(0)).toBe('number');
    const last = await call('table/rows', { table: 'stakeholders', offset: info.rows.stakeholders - 1, limit: 100 });
    expect(tableFromIPC(Buffer.from(last.arrow, 'base64')).numRows).toBe(1);
    const dates = tableFromIPC(Buffer.from((await call('table/rows', { table: 'pairings', offset: 0, limit: 5 })).arrow, 'base64'));
    expect(String(dates.getChild('start_date')!.get(0))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('export/table', () => {
  const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

  test('CSV: formula-like text is neutralised with an apostrophe, quotes and commas survive', async () => {
    const file = await call('export/table', { format: 'csv', name: 'pairings', columns: ['text', 'n'], rows: [...hostile.map((h) => [h, 1]), ['Rome, "Italy"', -5]] });
    expect(file.fileName).toBe('pairings.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    for (const h of hostile) expect(text).toContain(`'${h.replace(/"/g, '""')}`);
    expect(text).toContain('"Rome, ""Italy""",-5');
  });

  test('Excel: every value lands as written, text as text (never a formula), numbers as numbers', async () => {
    const file = await call('export/table', { format: 'xlsx', columns: ['text', 'n', 'flag'], rows: [...hostile.map((h, i) => [h, i, true]), [null, 2.5, false]] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'text', 'n', 'flag']);
    hostile.forEach((h, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
      // XML stores a carriage return as a line break: the only change a round trip makes.
      expect(cell.value).toBe(h.replace(/\r/g, '\n'));
      expect(sheet.getCell(i + 2, 2).value).toBe(i);
    });
    expect(sheet.getCell(hostile.length + 2, 2).value).toBe(2.5);
    expect(sheet.autoFilter).toBeDefined();
  });
});

describe('imports through the handlers', () => {
  test('a failed upload changes nothing and emits progress but no project change', async () => {
    const before = await call('project/info', null);
    events.length = 0;
    const result = await call('import/upload', { files: [{ name: 'empty.csv', base64: '' }] });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ file: 'empty.csv' });
    expect(events.some((e) => e.type === 'progress')).toBe(true);
    expect(events.some((e) => e.type === 'project-changed')).toBe(false);
    expect(await call('project/info', null)).toEqual(before);
  });

  test('import/files refuses a path that is not a file', async () => {
    const result = await dispatch(handlers, 'import/files', { paths: [join(REPO, 'no-such-file.xlsx')] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringContaining('is not a readable file') } });
  });
});
