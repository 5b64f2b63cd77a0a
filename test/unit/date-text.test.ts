import { describe, expect, test } from 'vitest';
import { isComplete, isoToText, textToIso } from '../../src-renderer/lib/date-text.js';

/** The filter bar's date fields: each language's way of writing a day, to and from ISO. */
describe('date fields', () => {
  test('show a day in the language’s order', () => {
    expect(isoToText('2019-04-01', 'fr')).toBe('01/04/2019');
    expect(isoToText('2019-04-01', 'es')).toBe('01/04/2019');
    expect(isoToText('2019-04-01', 'en')).toBe('2019-04-01');
    expect(isoToText('', 'fr')).toBe('');
  });

  test('read day/month/year in French and Spanish, and ISO everywhere', () => {
    expect(textToIso('01/04/2019', 'fr')).toBe('2019-04-01');
    expect(textToIso('1.4.2019', 'es')).toBe('2019-04-01');
    expect(textToIso('2019-04-01', 'fr')).toBe('2019-04-01');
    expect(textToIso('2019-04-01', 'en')).toBe('2019-04-01');
    // English reads ISO only: 04/01/2019 is April 1st to an American and January 4th to a Briton.
    expect(textToIso('04/01/2019', 'en')).toBeNull();
  });

  test('refuse what is no day', () => {
    expect(textToIso('31/02/2020', 'fr')).toBeNull();
    expect(textToIso('29/02/2021', 'es')).toBeNull();
    expect(textToIso('29/02/2020', 'es')).toBe('2020-02-29');
    expect(textToIso('2019-13-01', 'en')).toBeNull();
    expect(textToIso('01/04/19', 'fr')).toBeNull();
    expect(textToIso('hier', 'fr')).toBeNull();
  });

  test('apply while typing only once the whole day is there', () => {
    expect(isComplete('01/04/201', 'fr')).toBe(false);
    expect(isComplete('01/04/2019', 'fr')).toBe(true);
    expect(isComplete('2019-04-1', 'en')).toBe(false);
    expect(isComplete('2019-04-15', 'en')).toBe(true);
    expect(isComplete('01/04/2019', 'en')).toBe(false);
  });
});
