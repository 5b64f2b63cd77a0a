/**
 * The Results and Outcomes tables as the core pages them (results/tracking, outcomes/list),
 * the pairings behind the two-way share and the mean reciprocity (outcomes/reciprocity), and a
 * pairing card's own indicators and outcomes (pairings/detail), over the hand-worked results
 * programme: pages concatenate to the whole sorted table, the search finds what the tables'
 * client-side search found, and the reciprocity rows add up to the indicators.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../src-main/core/api.js';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { outcomeRows, resultsTables } from '../../src-main/core/queries/results-detail.js';
import type { Project } from '../../src-main/core/store/project.js';
import {
  type ApiHandlers,
  type CellValue,
  OUTCOME_SORT_COLUMNS,
  type OutcomeColumn,
  type OutcomesPage,
  RECIPROCITY_SORT_COLUMNS,
  type ReciprocityColumn,
  type ReciprocityPage,
  TRACKING_SORT_COLUMNS,
  type TrackingColumn,
  type TrackingPage,
  dispatch,
} from '../../src-main/shared/api-contract.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import type { OutcomeRow, PairingReciprocity, TrackingRow } from '../../src-main/shared/results.js';
import { searchRows } from '../../src-renderer/lib/table-text.js';
import { writeResultsProgramme } from '../fixtures/results-programme.js';
import { importedProject, tempDir } from '../helpers/programme.js';

const AS_OF = '2020-09-30';
const SOCIAL = 'Social inclusion and urban regeneration';

let project: Project;
let handlers: ApiHandlers;
beforeAll(async () => {
  project = await importedProject([await writeResultsProgramme(tempDir())]);
  handlers = createHandlers(project);
});
afterAll(() => project.close());

async function call<T>(method: string, arg: unknown): Promise<T> {
  const result = await dispatch(handlers, method, arg);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const tracking = (arg: { filters?: Filters; search?: string; column?: TrackingColumn; direction?: 'asc' | 'desc'; offset?: number; limit?: number; only?: object }) =>
  call<TrackingPage>('results/tracking', {
    filters: arg.filters ?? {},
    search: arg.search ?? '',
    sort: { column: arg.column ?? 'pairing_id', direction: arg.direction ?? 'asc' },
    offset: arg.offset ?? 0,
    limit: arg.limit ?? 5000,
    ...(arg.only ? { only: arg.only } : {}),
  });

const outcomes = (arg: { filters?: Filters; search?: string; column?: OutcomeColumn; direction?: 'asc' | 'desc'; offset?: number; limit?: number }) =>
  call<OutcomesPage>('outcomes/list', {
    filters: arg.filters ?? {},
    search: arg.search ?? '',
    sort: { column: arg.column ?? 'date', direction: arg.direction ?? 'desc' },
    offset: arg.offset ?? 0,
    limit: arg.limit ?? 5000,
  });

const reciprocity = (arg: { filters?: Filters; search?: string; column?: ReciprocityColumn; direction?: 'asc' | 'desc'; offset?: number; limit?: number }) =>
  call<ReciprocityPage>('outcomes/reciprocity', {
    filters: arg.filters ?? {},
    search: arg.search ?? '',
    sort: { column: arg.column ?? 'reciprocity', direction: arg.direction ?? 'asc' },
    offset: arg.offset ?? 0,
    limit: arg.limit ?? 5000,
  });

/** Pages of `size` fetched one after another until the total is reached. */
async function allPages<R>(fetch: (offset: number, limit: number) => Promise<{ total: number; rows: R[] }>, size: number): Promise<R[]> {
  const out: R[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await fetch(offset, size);
    out.push(...page.rows);
    if (offset + size >= page.total) return out;
  }
}

/** The order the core promises: the column's values (blanks last either way), then the row's key ascending. */
function sortedBy<R>(rows: readonly R[], value: (r: R) => string | number | null, key: (r: R) => string, direction: 'asc' | 'desc'): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byKey = (a: R, b: R) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? byKey(a, b) : x === null ? 1 : -1;
    if (x === y) return byKey(a, b);
    return (x < y ? -1 : 1) * sign;
  });
}

const member = (t: TrackingRow) => t.entity_name ?? 'whole pairing';
const trackingValue = (column: TrackingColumn) => (t: TrackingRow) => (column === 'member' ? member(t) : t[column]);
const outcomeValue = (column: OutcomeColumn) => (o: OutcomeRow) => o[column];

/** The tracking table's cells and numeric columns as the Results view showed them, for its client-side search. */
const TRACKING_CELLS = (t: TrackingRow): CellValue[] => [t.indicator_id, t.pairing_id, member(t), t.level, t.title, t.unit, t.baseline, t.target, t.actual, t.achievement, t.status];
const TRACKING_NUMERIC = [false, false, false, false, false, false, true, true, true, true, false].map((numeric) => ({ numeric }));
const OUTCOME_CELLS = (o: OutcomeRow): CellValue[] => OUTCOME_SORT_COLUMNS.map((c) => o[c]);
const OUTCOME_NUMERIC = OUTCOME_SORT_COLUMNS.map((c) => ({ numeric: c === 'amount_eur' }));

describe('results/tracking', () => {
  let all: TrackingRow[];
  beforeAll(async () => {
    all = (await project.withConnection((c) => resultsTables(c, {}))).tracking;
  });

  test.each(TRACKING_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => [column, direction] as const)))(
    'pages of 4 sorted by %s %s concatenate to the whole sorted table, without overlap',
    async (column, direction) => {
      const pages = await allPages((offset, limit) => tracking({ column, direction, offset, limit }), 4);
      expect(pages.map((t) => t.indicator_id)).toEqual(sortedBy(all, trackingValue(column), (t) => t.indicator_id, direction).map((t) => t.indicator_id));
      expect(new Set(pages.map((t) => t.indicator_id)).size).toBe(13);
    },
  );

  test('a page holds whole tracking rows, the small line included; its total counts every row', async () => {
    const page = await tracking({ column: 'achievement', direction: 'desc', offset: 2, limit: 3 });
    expect(page.total).toBe(13);
    // Achievements 150 (I03), 90 (I13), 75 (I02), 72.3 (I11), 67.5 (I01), ...
    expect(page.rows.map((t) => t.indicator_id)).toEqual(['I02', 'I11', 'I01']);
    for (const row of page.rows) expect(row).toEqual(all.find((t) => t.indicator_id === row.indicator_id));
    expect(await tracking({ offset: 13, limit: 10 })).toEqual({ total: 13, rows: [] });
  });

  test.each(['rotterdam', 'WHOLE pairing', 'i1', '67.5', '-12.3', 'on track', ' TARGET ', 'people', 'zzz'])(
    'search "%s" finds the rows the client-side search found',
    async (search) => {
      const found = await tracking({ search, limit: 5 });
      const want = searchRows(all.map(TRACKING_CELLS), TRACKING_NUMERIC, search).map((cells) => cells[0]);
      expect(want.length > 0).toBe(search !== 'zzz');
      expect(found.total).toBe(want.length);
      expect(found.rows.map((t) => t.indicator_id)).toEqual(want.slice(0, 5));
    },
  );

  test('only one level and status: a segment of the status-by-level chart', async () => {
    const page = await tracking({ only: { level: 'output', status: 'off track' } });
    expect(page.rows.map((t) => t.indicator_id)).toEqual(['I01', 'I04']);
    expect((await tracking({ only: { level: 'impact', status: 'qualitative' } })).total).toBe(0);
  });

  test('as of a date and under a filter, as resultsTables has them', async () => {
    const filters = { asOf: AS_OF, region: ['South Asia'] };
    const want = (await project.withConnection((c) => resultsTables(c, filters))).tracking;
    expect(await tracking({ filters })).toEqual({ total: 3, rows: want });
  });

  test('the contract refuses a sort column outside the table, an unknown status and a page over 5000 rows', async () => {
    const arg = { filters: {}, search: '', sort: { column: 'title', direction: 'asc' }, offset: 0, limit: 10 };
    for (const bad of [
      { ...arg, sort: { column: 'haystack', direction: 'asc' } },
      { ...arg, sort: { column: 'title" DESC; DROP TABLE result_indicators; --', direction: 'asc' } },
      { ...arg, sort: { column: 'series', direction: 'asc' } },
      { ...arg, only: { level: 'output', status: 'fine' } },
      { ...arg, limit: 5001 },
    ]) {
      expect(await dispatch(handlers, 'results/tracking', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    }
  });
});

describe('outcomes/list', () => {
  let all: OutcomeRow[];
  beforeAll(async () => {
    all = await project.withConnection((c) => outcomeRows(c, {}));
  });

  test.each(OUTCOME_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => [column, direction] as const)))(
    'pages of 3 sorted by %s %s concatenate to the whole sorted list, without overlap',
    async (column, direction) => {
      const pages = await allPages((offset, limit) => outcomes({ column, direction, offset, limit }), 3);
      expect(pages.map((o) => o.outcome_id)).toEqual(sortedBy(all, outcomeValue(column), (o) => o.outcome_id, direction).map((o) => o.outcome_id));
      expect(new Set(pages.map((o) => o.outcome_id)).size).toBe(11);
    },
  );

  test.each(['rotterdam', 'BOLOGNA', '2019-0', '100,000', '250000.125', '250,000.13', 'substantiated', '4.7', 'zzz'])(
    'search "%s" finds the rows the client-side search found',
    async (search) => {
      const found = await outcomes({ search, column: 'outcome_id', direction: 'asc' });
      const want = searchRows(all.map(OUTCOME_CELLS), OUTCOME_NUMERIC, search)
        .map((cells) => String(cells[0]))
        .sort();
      expect(want.length > 0).toBe(search !== 'zzz');
      expect(found.rows.map((o) => o.outcome_id)).toEqual(want);
      expect(found.total).toBe(want.length);
    },
  );

  test('as of a date and under a filter', async () => {
    const page = await outcomes({ filters: { asOf: AS_OF, theme: [SOCIAL] }, column: 'date', direction: 'asc' });
    expect(page.rows.map((o) => o.outcome_id)).toEqual(['O04', 'O05', 'O06']);
    expect(page.rows).toEqual(await project.withConnection((c) => outcomeRows(c, { asOf: AS_OF, theme: [SOCIAL] })));
  });

  test('the contract refuses a sort column outside the explorer', async () => {
    const bad = { filters: {}, search: '', sort: { column: 'day', direction: 'asc' }, offset: 0, limit: 10 };
    expect(await dispatch(handlers, 'outcomes/list', bad)).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringMatching(/"sort\.column" must be one of outcome_id/) } });
  });
});

describe('outcomes/reciprocity', () => {
  const perMember = (r: PairingReciprocity) => r.members.map((m) => `${m.name} ${m.outcomes}`).join(' · ');
  const brief = (page: ReciprocityPage) => page.rows.map((r) => [r.pairing_id, perMember(r), r.membersWithOutcomes, r.reciprocity, r.twoWay]);
  /** The cells the Outcomes view shows (and searched on the client): reciprocity with four decimals, two-way as true/false. */
  const cells = (r: PairingReciprocity): CellValue[] => [
    r.pairing_id, r.title, perMember(r), `${r.membersWithOutcomes} of ${r.members.length}`, Math.round(r.reciprocity * 10_000) / 10_000, r.twoWay,
  ];
  const numeric = [false, false, false, false, true, false].map((n) => ({ numeric: n }));
  const value = (column: ReciprocityColumn) => (r: PairingReciprocity) =>
    ({ pairing_id: r.pairing_id, title: r.title, per_member: perMember(r), members_with: r.membersWithOutcomes, reciprocity: r.reciprocity, two_way: Number(r.twoWay) })[column];

  test('per pairing with outcomes: every member in the workbook\'s order, 0 for none; by reciprocity, then pairing', async () => {
    const page = await reciprocity({});
    expect(brief(page)).toEqual([
      ['P3', 'Bologna 1 · Austin 0', 1, 0, false],
      ['P1', 'Rotterdam 1 · Surat 2', 2, 0.5, true],
      ['P2', 'Belfast 1 · Cali 2 · Medellín 1', 3, 0.5, true],
      ['P4', 'Rotterdam 1 · Bologna 2', 2, 0.5, true],
    ]);
    expect(page.total).toBe(4);
    expect(page.rows[1]).toMatchObject({ title: 'Rotterdam - Surat', members: [{ entity_id: 'E1', name: 'Rotterdam', outcomes: 1 }, { entity_id: 'E2', name: 'Surat', outcomes: 2 }] });
  });

  test('as of a date: later outcomes left out, a pairing left without any dropped', async () => {
    expect(brief(await reciprocity({ filters: { asOf: AS_OF } }))).toEqual([
      ['P2', 'Belfast 1 · Cali 2 · Medellín 0', 2, 0, false],
      ['P4', 'Rotterdam 1 · Bologna 2', 2, 0.5, true],
      ['P1', 'Rotterdam 1 · Surat 1', 2, 1, true],
    ]);
  });

  test.each(RECIPROCITY_SORT_COLUMNS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => [column, direction] as const)))(
    'pages of 1 sorted by %s %s concatenate to the whole sorted table',
    async (column, direction) => {
      const all = (await reciprocity({})).rows;
      const pages = await allPages((offset, limit) => reciprocity({ column, direction, offset, limit }), 1);
      expect(pages.map((r) => r.pairing_id)).toEqual(sortedBy(all, value(column), (r) => r.pairing_id, direction).map((r) => r.pairing_id));
    },
  );

  test.each(['bologna 1', 'austin 0', '2 of 2', '0.5', 'YES', 'no', 'rotterdam - surat', 'zzz'])('search "%s" finds the rows the client-side search found', async (search) => {
    const all = (await reciprocity({})).rows;
    const want = searchRows(all.map(cells), numeric, search).map((c) => c[0]);
    expect(want.length > 0).toBe(search !== 'zzz');
    const found = await reciprocity({ search });
    expect(found.rows.map((r) => r.pairing_id)).toEqual(want);
    expect(found.total).toBe(want.length);
  });

  test.each<[string, Filters]>([
    ['everything', {}],
    ['as of a date', { asOf: AS_OF }],
    ['a theme', { theme: [SOCIAL] }],
    ['a region', { region: ['North America'] }],
    ['nothing', { theme: ['no such theme'] }],
  ])('the rows add up to the indicators (%s): mean reciprocity, two-way share, pairings with outcomes', async (_name, filters) => {
    const [page, ind] = await Promise.all([reciprocity({ filters }), project.withConnection((c) => computeIndicators(c, filters))]);
    const { rows } = page;
    const o = ind.outcomes;
    expect(rows).toHaveLength(o.pairingsWithOutcomes);
    expect(page.total).toBe(o.pairingsWithOutcomes);
    const round = (x: number) => Math.round(x * 10_000) / 10_000;
    expect(rows.length === 0 ? null : round(rows.reduce((s, r) => s + r.reciprocity, 0) / rows.length)).toBe(o.meanReciprocity);
    expect(rows.length === 0 ? 0 : round(rows.filter((r) => r.twoWay).length / rows.length)).toBe(o.twoWayShare);
    expect(rows.reduce((s, r) => s + r.members.reduce((n, m) => n + m.outcomes, 0), 0)).toBe(o.outcomes);
  });

  test('the contract refuses a sort column outside the table', async () => {
    const bad = { filters: {}, search: '', sort: { column: 'members', direction: 'asc' }, offset: 0, limit: 10 };
    expect(await dispatch(handlers, 'outcomes/reciprocity', bad)).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });
});

describe('pairings/detail: the card\'s own indicators and outcomes', () => {
  test.each<[string, string | undefined]>([
    ['P1', undefined],
    ['P1', AS_OF],
    ['P2', AS_OF],
    ['P3', ''],
    ['P4', '2018-06-30'],
  ])('%s as of %j: the rows the Results view and the explorer list for it', async (pairingId, asOf) => {
    const filters: Filters = asOf === undefined ? {} : { asOf };
    const detail = await call<{ indicators: TrackingRow[]; outcomes: OutcomeRow[] }>('pairings/detail', asOf === undefined ? { pairingId } : { pairingId, asOf });
    const tables = await project.withConnection((c) => resultsTables(c, filters));
    const list = await project.withConnection((c) => outcomeRows(c, filters));
    expect(detail.indicators).toEqual(tables.tracking.filter((t) => t.pairing_id === pairingId));
    expect(detail.outcomes).toEqual(list.filter((o) => o.pairing_id === pairingId));
  });

  test('P1 in full: three indicators, its outcomes by date; before its first outcome none', async () => {
    const detail = await call<{ indicators: TrackingRow[]; outcomes: OutcomeRow[]; pairing: { pairing_id: string } }>('pairings/detail', { pairingId: 'P1' });
    expect(detail.pairing.pairing_id).toBe('P1');
    expect(detail.indicators.map((t) => [t.indicator_id, t.status])).toEqual([['I01', 'off track'], ['I02', 'at risk'], ['I03', 'on track']]);
    expect(detail.outcomes.map((o) => o.outcome_id)).toEqual(['O01', 'O02', 'O03']);
    const early = await call<{ indicators: TrackingRow[]; outcomes: OutcomeRow[] }>('pairings/detail', { pairingId: 'P1', asOf: '2018-06-30' });
    expect(early.indicators.map((t) => t.status)).toEqual(['no actual', 'no actual', 'no actual']);
    expect(early.outcomes).toEqual([]);
  });

  test('an unknown pairing is a bad argument; so is a date that is not one', async () => {
    expect(await dispatch(handlers, 'pairings/detail', { pairingId: 'P9' })).toMatchObject({ ok: false, error: { code: 'bad-argument', details: { field: 'pairingId' } } });
    expect(await dispatch(handlers, 'pairings/detail', { pairingId: 'P1', asOf: '31/12/2019' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(await dispatch(handlers, 'pairings/detail', { pairingId: 'P1', asOf: '2019-02-30' })).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
  });
});
