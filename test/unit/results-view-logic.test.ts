import { describe, expect, test } from 'vitest';
import type { PairingReciprocity } from '../../src-main/shared/results.js';
import { cleanFilters, isEmptyScope } from '../../src-renderer/lib/filters.js';
import { sparkText } from '../../src-renderer/lib/spark.js';
import { searchRows } from '../../src-renderer/lib/table-text.js';
import { perMember, reciprocityCells } from '../../src-renderer/views/reciprocity.js';

describe('the filter bar keeps the as-of date', () => {
  test('cleanFilters keeps asOf and drops it when blank; the scope is not empty with it', () => {
    expect(cleanFilters({ asOf: '2019-12-31', theme: [] })).toEqual({ asOf: '2019-12-31' });
    expect(cleanFilters({ asOf: '' })).toEqual({});
    expect(isEmptyScope({ asOf: '2019-12-31' })).toBe(false);
    expect(isEmptyScope({})).toBe(true);
  });
});

describe('the pairings behind the two-way share (rows from outcomes/reciprocity)', () => {
  const row: PairingReciprocity = {
    pairing_id: 'P2',
    title: 'Belfast - Cali - Medellín',
    members: [
      { entity_id: 'E5', name: 'Belfast', outcomes: 1 },
      { entity_id: 'E3', name: 'Cali', outcomes: 3 },
      { entity_id: 'E4', name: 'Medellín', outcomes: 0 },
    ],
    membersWithOutcomes: 2,
    reciprocity: 1 / 3,
    twoWay: false,
  };

  test('each member\'s outcomes in the workbook\'s order; the reciprocity to four decimals, as the indicators round it', () => {
    expect(perMember(row)).toBe('Belfast 1 · Cali 3 · Medellín 0');
    expect(reciprocityCells(row)).toEqual(['P2', 'Belfast - Cali - Medellín', 'Belfast 1 · Cali 3 · Medellín 0', '2 of 3', 0.3333, false]);
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
