/**
 * Issue 15's display gaps: a percentage written by hand ("20%") where the language writes
 * "20 %", and methodology texts that a wrapped translator (the pseudo-locale) did not reach.
 * The expected forms are written here by hand: French and Spanish put a no-break space
 * before the sign (U+00A0 or, in newer ICU data, the narrow U+202F), English none.
 */
import { describe, expect, test } from 'vitest';
import { formatAchievement } from '../../src-main/shared/charts/results.js';
import { pseudoTranslator, translator } from '../../src-main/shared/i18n/index.js';
import { DEFINITIONS, definitionOf, definitions, howMeasured } from '../../src-main/shared/methodology.js';
import type { PairingReciprocity } from '../../src-main/shared/results.js';
import { reciprocityCells } from '../../src-renderer/views/reciprocity.js';

describe('achievements in the language', () => {
  test.each([
    ['en', 92.5, /^92\.5%$/],
    ['en', 100, /^100%$/],
    ['fr', 92.5, /^92,5[\u00a0\u202f]%$/],
    ['es', 92.5, /^92,5[\u00a0\u202f]%$/],
    ['fr', 100, /^100[\u00a0\u202f]%$/],
  ] as const)('%s: %d points -> %s', (language, points, expected) => {
    expect(formatAchievement(points, translator(language))).toMatch(expected);
  });
});

describe('methodology in the translator it is given', () => {
  test('the pseudo-locale reaches labels and definitions even after the plain language was asked first', () => {
    const plain = translator('en');
    const pseudo = pseudoTranslator(plain);
    // The plain English list is made first, as the app does at start (DEFINITIONS).
    expect(DEFINITIONS.length).toBeGreaterThan(0);
    expect(definitionOf('results.indicators', plain).label).toBe('Result indicators');
    const wrapped = definitionOf('results.indicators', pseudo);
    expect(wrapped.label).toMatch(/^\[Ŕéšûļţ îñðîçáţöŕš/);
    expect(wrapped.definition).toMatch(/^\[/);
    expect(definitions(pseudo).every((d) => d.label.startsWith('[') && d.definition.startsWith('['))).toBe(true);
    expect(howMeasured(['summary.pairings'], pseudo)).toMatch(/^\[Þáîŕîñĝš/);
    // And the plain translator still gets plain words: the two are kept apart.
    expect(definitionOf('results.indicators', plain).label).toBe('Result indicators');
  });

  test('each language gets its own words', () => {
    expect(definitionOf('summary.pairings', translator('fr')).definition).toBe('Jumelages du périmètre.');
    expect(definitionOf('summary.pairings', translator('es')).definition).toBe('Hermanamientos del ámbito.');
  });
});

test('the Outcomes view\'s "members changed" cell is in the language ("1 of 2" was English in every language)', () => {
  const row: PairingReciprocity = {
    pairing_id: 'C02',
    title: 'Parma - Fredericton',
    members: [
      { entity_id: 'E1', name: 'Parma', outcomes: 0 },
      { entity_id: 'E2', name: 'Fredericton', outcomes: 1 },
    ],
    membersWithOutcomes: 1,
    reciprocity: 0,
    twoWay: false,
  };
  expect(reciprocityCells(row)[3]).toBe('1 of 2');
  expect(reciprocityCells(row, translator('fr'))[3]).toBe('1 sur 2');
  expect(reciprocityCells(row, translator('es'))[3]).toBe('1 de 2');
});
