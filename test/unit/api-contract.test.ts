import { describe, expect, test } from 'vitest';
import { API_METHODS, type ApiHandlers, MAX_UPLOAD_BYTES, createEventHub, dispatch, ok, parseFilters, validateArgument } from '../../src-main/shared/api-contract.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { FLAT_LIST_COLUMN_NAMES, REQUIRED_FLAT_LIST_COLUMNS } from '../../src-main/shared/api-values.js';
import { FLAT_LIST_COLUMNS } from '../../src-main/core/import/sheet-specs.js';

describe('indicators/compute argument', () => {
  test('known filters pass through as a fresh copy', () => {
    const arg = { theme: ['Circular economy'], region: ['Europe', 'South Asia'], from: '2018-01-01', to: '' };
    const parsed = parseFilters(arg);
    expect(parsed).toEqual({ ok: true, value: arg });
    if (parsed.ok) expect(parsed.value.theme).not.toBe(arg.theme);
  });
  test.each([
    [null, /must be an object/],
    [['theme'], /must be an object/],
    [{ theme: 'Circular economy' }, /"theme" must be a list of strings/],
    [{ theme: [1] }, /"theme" must be a list of strings/],
    [{ from: '01/03/2018' }, /"from" is not a date/],
    [{ to: '2019-02-31' }, /"to" is not a date/],
    [{ from: 20180101 }, /"from" must be a date string/],
    [{ sql: 'DROP TABLE pairings' }, /unknown filter "sql"/],
    [{ theme: Array.from({ length: 1001 }, () => 'x') }, /too long/],
    [Object.create({ theme: ['inherited'] }), /must be an object/],
  ])('%j is refused', (arg, message) => {
    const parsed = parseFilters(arg);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('bad-argument');
      expect(parsed.error.message).toMatch(message);
    }
  });
});

describe('dispatch', () => {
  const seen: Filters[] = [];
  // Only indicators/compute is called here; the other handlers must never run.
  const never = async () => {
    throw new Error('not called');
  };
  const handlers = {
    ...Object.fromEntries(API_METHODS.map((m) => [m, never])),
    'indicators/compute': async (filters: Filters) => {
      seen.push(filters);
      if (filters.theme?.[0] === 'boom') throw new Error('boom');
      return ok({} as Indicators);
    },
  } as unknown as ApiHandlers;
  test('unknown methods and bad arguments never reach a handler', async () => {
    expect(await dispatch(handlers, 'project/delete', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers, 'indicators/compute', { x: 1 })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(seen).toEqual([]);
  });
  test('a handler that throws becomes an error value', async () => {
    expect(await dispatch(handlers, 'indicators/compute', { theme: ['boom'] })).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });
});

describe('every method checks its argument and names the bad field', () => {
  const filters = {};
  const good: Record<string, unknown> = {
    'project/info': undefined,
    'filters/options': null,
    'indicators/compute': { theme: ['Circular economy'] },
    'indicators/families': { filters: { theme: ['Circular economy'] }, families: ['summary', 'countryMatrix'] },
    'pairings/list': { filters, search: 'turin', sort: { column: 'title', direction: 'desc' }, offset: 0, limit: 100 },
    'pairings/detail': { pairingId: 'C01', asOf: '2019-12-31' },
    'pairings/map': filters,
    'pairings/mapLayer': null,
    'pairings/mapScope': { theme: ['Circular economy'] },
    'stakeholders/coverage': filters,
    'results/detail': { asOf: '2019-12-31', theme: ['Circular economy'] },
    'results/tracking': { filters: { asOf: '2019-12-31' }, search: 'rotterdam', sort: { column: 'achievement', direction: 'desc' }, offset: 500, limit: 500, only: { level: 'output', status: 'at risk' } },
    'outcomes/list': { filters: { asOf: ' ' }, search: '', sort: { column: 'date', direction: 'desc' }, offset: 0, limit: 500 },
    'outcomes/reciprocity': { filters: { region: ['Europe'] }, search: 'surat', sort: { column: 'reciprocity', direction: 'asc' }, offset: 0, limit: 5000 },
    'imports/history': {},
    'table/rows': { table: 'members', offset: 10, limit: 100 },
    'import/files': { paths: ['/home/eva/iuc.xlsx', 'C:\\Users\\eva\\flat.csv'] },
    'import/upload': { files: [{ name: 'iuc.xlsx', base64: 'UEsDBA==' }] },
    'compare/groups': { filters: { theme: ['Circular economy'] }, compare: { by: 'start-year', values: ['2017'] } },
    'network/graph': { filters, limit: 400 },
    'export/xlsx': { filters, title: 'IUC 2020', compare: { by: 'region' } },
    'export/pdf': { filters },
    'export/table': { format: 'csv', name: 'pairings', columns: ['a', 'b'], rows: [['x', 1], [null, true]] },
    'iati/settings': undefined,
    'export/iati': { filters: { asOf: '2019-12-31' }, reportingOrg: { ref: 'XI-IATI-EC_INTPA', type: '15', name: 'European Commission' } },
  };

  test('a good argument of each method passes', () => {
    expect(Object.keys(good).sort()).toEqual([...API_METHODS].sort());
    for (const [method, arg] of Object.entries(good)) {
      const checked = validateArgument(method as (typeof API_METHODS)[number], arg);
      expect(checked.ok, `${method}: ${JSON.stringify(checked)}`).toBe(true);
    }
  });

  test.each<[string, unknown, RegExp]>([
    ['project/info', { x: 1 }, /takes no argument/],
    ['pairings/list', { ...(good['pairings/list'] as object), sort: { column: 'password', direction: 'asc' } }, /"sort\.column" must be one of pairing_id/],
    ['pairings/list', { ...(good['pairings/list'] as object), sort: { column: 'title', direction: 'up' } }, /"sort\.direction" must be "asc" or "desc"/],
    ['pairings/list', { ...(good['pairings/list'] as object), limit: 1e9 }, /"limit" must be at most 5000/],
    ['pairings/list', { ...(good['pairings/list'] as object), offset: -1 }, /"offset" must be 0 or more/],
    ['pairings/list', { ...(good['pairings/list'] as object), offset: 1.5 }, /"offset" must be a whole number/],
    ['pairings/list', { ...(good['pairings/list'] as object), filters: { theme: 'x' } }, /filter "theme" must be a list of strings/],
    ['pairings/list', { ...(good['pairings/list'] as object), extra: 1 }, /unknown field "extra"/],
    ['pairings/list', { filters }, /"search" must be text/],
    ['pairings/detail', { pairingId: '' }, /"pairingId" must not be empty/],
    ['table/rows', { table: 'imports', offset: 0, limit: 10 }, /"table" must be one of entities, pairings/],
    ['table/rows', { table: 'pairings; DROP TABLE pairings', offset: 0, limit: 10 }, /"table" must be one of/],
    ['import/files', { paths: [] }, /"paths" must name at least one file/],
    ['import/files', { paths: ['relative/iuc.xlsx'] }, /a path must be absolute/],
    ['import/files', { paths: ['/etc/passwd'] }, /must end in \.xlsx/],
    ['import/files', { paths: ['/tmp/a\0.xlsx'] }, /NUL/],
    ['import/upload', { files: [{ name: '../../.bashrc.csv', base64: '' }] }, /"name" must be a file name without folders/],
    ['import/upload', { files: [{ name: 'notes.exe', base64: '' }] }, /"name" must end in \.xlsx/],
    ['import/upload', { files: [{ name: 'a.csv', base64: 'not base64!' }] }, /"base64" is not base64/],
    ['import/upload', { files: Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.csv`, base64: '' })) }, /at most 20 files/],
    ['export/xlsx', { filters: { from: 'yesterday' } }, /filter "from" is not a date/],
    ['export/pdf', { title: 'x' }, /filters/],
    ['pairings/detail', { pairingId: 'C01', asOf: '31/12/2019' }, /"asOf" is not a date/],
    ['pairings/detail', { pairingId: 'C01', filters: {} }, /unknown field "filters"/],
    ['results/detail', { asOf: '31/12/2019' }, /filter "asOf" is not a date/],
    ['results/tracking', { ...(good['results/tracking'] as object), sort: { column: 'series', direction: 'asc' } }, /"sort\.column" must be one of indicator_id, pairing_id, member/],
    ['results/tracking', { ...(good['results/tracking'] as object), sort: { column: 'title ASC; DROP TABLE outcomes', direction: 'asc' } }, /"sort\.column" must be one of/],
    ['results/tracking', { ...(good['results/tracking'] as object), only: { level: 'output', status: 'late' } }, /"only\.status" must be one of on track/],
    ['results/tracking', { ...(good['results/tracking'] as object), only: { level: 'goal', status: 'on track' } }, /"only\.level" must be one of output, outcome, impact/],
    ['results/tracking', { ...(good['results/tracking'] as object), limit: 5001 }, /"limit" must be at most 5000/],
    ['outcomes/list', { ...(good['outcomes/list'] as object), filters: { asOf: ['2019-12-31'] } }, /filter "asOf" must be a date string/],
    ['outcomes/list', { ...(good['outcomes/list'] as object), filters: { as_of: '2019-12-31' } }, /unknown filter "as_of"; known filters: .*asOf/],
    ['outcomes/list', { ...(good['outcomes/list'] as object), sort: { column: 'day', direction: 'asc' } }, /"sort\.column" must be one of outcome_id, date/],
    ['outcomes/list', { asOf: '2019-12-31' }, /filters must be an object/],
    ['outcomes/reciprocity', { ...(good['outcomes/reciprocity'] as object), sort: { column: 'haystack', direction: 'asc' } }, /"sort\.column" must be one of pairing_id, title, per_member/],
    ['outcomes/reciprocity', { ...(good['outcomes/reciprocity'] as object), offset: -1 }, /"offset" must be 0 or more/],
    ['compare/groups', { filters: {}, compare: { by: 'city' } }, /"compare\.by" must be one of programme, component, region, theme, status, start-year/],
    ['compare/groups', { filters: {}, compare: { by: 'region', values: 'Europe' } }, /"compare\.values" must be a list of text/],
    ['compare/groups', { filters: {}, by: 'region' }, /"compare" must be an object \{ by, values\? \}/],
    ['network/graph', { filters: {}, limit: 0 }, /"limit" must be 1 or more/],
    ['network/graph', { filters: {}, limit: 1e9 }, /"limit" must be at most 2000/],
    ['export/pdf', { filters: {}, compare: { by: 'year' } }, /"compare\.by" must be one of/],
    ['export/table', { format: 'docx', columns: ['a'], rows: [] }, /"format" must be "xlsx" or "csv"/],
    ['export/iati', { filters: {} }, /"reportingOrg" must be an object \{ref, type, name\}/],
    ['export/iati', { filters: {}, reportingOrg: { ref: ' ', type: '15', name: 'EC' } }, /"reportingOrg.ref" must not be empty/],
    ['export/iati', { filters: {}, reportingOrg: { ref: 'XI-IATI-X', type: 'Local', name: 'EC' } }, /"reportingOrg.type" must be an OrganisationType code/],
    ['export/iati', { filters: {}, reportingOrg: { ref: 'XI-IATI-X', type: '15', name: 'EC', extra: 1 } }, /unknown field "extra"/],
    ['export/table', { format: 'csv', columns: ['a'], rows: [['x', 'y']] }, /more cells than "columns"/],
    ['export/table', { format: 'csv', columns: ['a'], rows: [[{ formula: '=1' }]] }, /a cell must be text, a number/],
    ['export/table', { format: 'csv', name: '../x', columns: ['a'], rows: [] }, /"name" must not contain/],
  ])('%s refuses %j', (method, arg, message) => {
    const checked = validateArgument(method as (typeof API_METHODS)[number], arg);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.code).toBe('bad-argument');
      expect(checked.error.message).toMatch(message);
      expect(checked.error.message.startsWith(`${method}: `)).toBe(true);
    }
  });

  test('an upload over the size limit is refused before any decoding', () => {
    const big = 'A'.repeat(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 8);
    const checked = validateArgument('import/upload', { files: [{ name: 'big.xlsx', base64: big }] });
    expect(checked).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringMatching(/larger than 64 MB/) } });
  });

  test('dispatch never throws, whatever arrives', async () => {
    const handlers = Object.fromEntries(API_METHODS.map((m) => [m, async () => ok(null)])) as unknown as ApiHandlers;
    const hostile: unknown[] = [undefined, null, 1, 'x', [], { __proto__: { theme: [] } }, new Proxy({}, { ownKeys: () => { throw new Error('trap'); } })];
    for (const method of [...API_METHODS, 'nope', 42, null]) {
      for (const arg of hostile) {
        const result = await dispatch(handlers, method, arg);
        expect(typeof result.ok).toBe('boolean');
      }
    }
  });
});

describe('createEventHub', () => {
  test('delivers each event to every subscriber until it unsubscribes; a throwing listener harms no other', () => {
    const hub = createEventHub();
    const seen: string[] = [];
    const off = hub.subscribe((e) => seen.push(`a:${e.type}`));
    hub.subscribe(() => {
      throw new Error('broken listener');
    });
    hub.subscribe((e) => seen.push(`c:${e.type}`));
    hub.emit({ type: 'project-changed' });
    off();
    hub.emit({ type: 'menu', command: 'import' });
    expect(seen).toEqual(['a:project-changed', 'c:project-changed', 'c:menu']);
  });
});

describe('the column mapping the renderer offers', () => {
  test('names exactly the flat list columns the importer reads, with the same required ones', () => {
    expect([...FLAT_LIST_COLUMN_NAMES]).toEqual(FLAT_LIST_COLUMNS.map((c) => c.name));
    expect([...REQUIRED_FLAT_LIST_COLUMNS]).toEqual(FLAT_LIST_COLUMNS.filter((c) => c.required).map((c) => c.name));
  });
  test('a mapping travels with an import, checked', () => {
    expect(validateArgument('import/upload', { files: [{ name: 'a.csv', base64: '' }], mapping: { 'Ville UE': 'EU city' } }).ok).toBe(true);
    const bad = validateArgument('import/files', { paths: ['/x/a.csv'], mapping: { 'Ville UE': 3 } });
    expect(bad).toMatchObject({ ok: false, error: { message: expect.stringMatching(/"mapping value" must be text/) } });
    const list = validateArgument('import/files', { paths: ['/x/a.csv'], mapping: ['EU city'] });
    expect(list).toMatchObject({ ok: false, error: { message: expect.stringMatching(/"mapping" must be an object/) } });
  });
});
