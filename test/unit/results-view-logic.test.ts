import { describe, expect, test } from 'vitest';
import type { OutcomeRow } from '../../src-main/shared/results.js';
import { cleanFilters, isEmptyScope } from '../../src-renderer/lib/filters.js';
import { sparkText } from '../../src-renderer/lib/spark.js';
import { searchRows } from '../../src-renderer/lib/table-text.js';
import { reciprocityByPairing } from '../../src-renderer/views/reciprocity.js';

const outcome = (pairing_id: string, entity_id: string): OutcomeRow => ({
  outcome_id: `${pairing_id}-${entity_id}-${Math.random()}`,
  pairing_id,
  pairing_title: `Pairing ${pairing_id}`,
  entity_id,
  entity_name: entity_id,
  date: '2020-01-01',
  description: 'changed',
  change_type: 'policy',
  actor_helix: null,
  significance: null,
  contribution: null,
  evidence: null,
  substantiation: 'unverified',
  amount_eur: null,
  sdg_targets: null,
  indicator_id: null,
});

describe('the filter bar keeps the as-of date', () => {
  test('cleanFilters keeps asOf and drops it when blank; the scope is not empty with it', () => {
    expect(cleanFilters({ asOf: '2019-12-31', theme: [] })).toEqual({ asOf: '2019-12-31' });
    expect(cleanFilters({ asOf: '' })).toEqual({});
    expect(isEmptyScope({ asOf: '2019-12-31' })).toBe(false);
    expect(isEmptyScope({})).toBe(true);
  });
});

describe('reciprocity per pairing (results.md section 5)', () => {
  const members = [
    { pairing_id: 'P1', entity_id: 'A' },
    { pairing_id: 'P1', entity_id: 'B' },
    { pairing_id: 'P2', entity_id: 'C' },
    { pairing_id: 'P2', entity_id: 'D' },
    { pairing_id: 'P2', entity_id: 'E' },
    { pairing_id: 'P3', entity_id: 'F' },
    { pairing_id: 'P3', entity_id: 'G' },
  ];
  const rows = reciprocityByPairing(
    [outcome('P1', 'A'), outcome('P1', 'A'), outcome('P1', 'B'), outcome('P2', 'C'), outcome('P2', 'D')],
    members,
    (id) => `City ${id}`,
  );

  test('min / max of the members\' outcome counts, members without outcomes counting 0; pairings without outcomes left out', () => {
    expect(rows.map((r) => [r.pairing_id, r.members, r.membersWithOutcomes, r.reciprocity, r.twoWay])).toEqual([
      ['P2', 3, 2, 0, false],
      ['P1', 2, 2, 0.5, true],
    ]);
    expect(rows.find((r) => r.pairing_id === 'P2')!.perMember).toBe('City C 1 · City D 1 · City E 0');
  });

  test('they add up to the two-way share and the mean reciprocity', () => {
    expect(rows.filter((r) => r.twoWay).length / rows.length).toBe(0.5);
    expect(rows.reduce((s, r) => s + r.reciprocity, 0) / rows.length).toBe(0.25);
  });
});

describe('table helpers', () => {
  test('searchRows matches any cell, as written or as printed, ignoring case', () => {
    const columns = [{ key: 'a', label: 'A' }, { key: 'n', label: 'N', numeric: true }];
    const rows = [['Rotterdam', 1234.5], ['Surat', 7], ['Medellín', null]];
    expect(searchRows(rows, columns, 'rotter')).toEqual([rows[0]]);
    expect(searchRows(rows, columns, '1,234.5')).toEqual([rows[0]]);
    expect(searchRows(rows, columns, '  ')).toEqual(rows);
  });

  test('a small line in words skips the periods without an actual', () => {
    expect(sparkText([{ period_end: '2019-12-31', actual: 12 }, { period_end: '2020-12-31', actual: null }, { period_end: '2021-12-31', actual: 1500 }])).toBe(
      '12 (2019-12-31) → 1,500 (2021-12-31)',
    );
  });
});
