import { describe, expect, test } from 'vitest';
import { componentSizes, labelComponents } from '../../src-main/core/indicators/network-components.js';

/** Memberships from pairing key -> member keys, in the order given. */
function memberships(pairings: Record<number, number[]>): [Int32Array, Int32Array] {
  const rows = Object.entries(pairings).flatMap(([pk, eks]) => eks.map((ek) => [Number(pk), ek] as const));
  return [Int32Array.from(rows, ([pk]) => pk), Int32Array.from(rows, ([, ek]) => ek)];
}

describe('labelComponents (union-find over memberships)', () => {
  test('a chain met from its far end, a three-member pairing and a lone pair: labelled by each component\'s smallest key', () => {
    // 9-7, 7-5, 5-2 is one chain {2 5 7 9} whose smallest key (2) arrives last; 4 6 8 in one
    // pairing; 3-10 a pair. Worked out by hand.
    const { entities, labels } = labelComponents(...memberships({ 1: [9, 7], 2: [7, 5], 3: [5, 2], 4: [8, 6, 4], 5: [10, 3] }));
    expect([...entities]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...labels]).toEqual([2, 3, 4, 2, 4, 2, 4, 2, 3]);
    expect(componentSizes(labels)).toEqual({ components: 3, largestComponent: 4 });
  });

  test('two components joined late by a pairing that bridges them', () => {
    const { labels } = labelComponents(...memberships({ 1: [5, 6], 2: [1, 2], 3: [6, 2] }));
    expect([...labels]).toEqual([1, 1, 1, 1]);
    expect(componentSizes(labels)).toEqual({ components: 1, largestComponent: 4 });
  });

  test('a membership listed twice changes nothing; no memberships is an empty graph', () => {
    expect([...labelComponents(...memberships({ 1: [3, 4, 3] })).labels]).toEqual([3, 3]);
    const empty = labelComponents(new Int32Array(0), new Int32Array(0));
    expect(empty.entities.length).toBe(0);
    expect(componentSizes(empty.labels)).toEqual({ components: 0, largestComponent: 0 });
  });

  test('columns of different lengths or negative keys are refused', () => {
    expect(() => labelComponents(new Int32Array(2), new Int32Array(1))).toThrow(/one pairing key per entity key/);
    expect(() => labelComponents(Int32Array.of(1), Int32Array.of(-1))).toThrow(/non-negative/);
  });
});
