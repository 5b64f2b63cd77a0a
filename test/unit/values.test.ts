import { describe, expect, test } from 'vitest';
import { countryToAlpha2, defaultRegion } from '../../src-main/core/import/countries.js';
import { headerKey } from '../../src-main/core/import/header-key.js';
import { englishText } from '../../src-main/shared/issues.js';
import {
  excelSerialToIso,
  newThemeCatalogue,
  parseDate,
  parseHelix,
  parseCount,
  parseInteger,
  parseNumber,
  parseStatus,
  parseYesNo,
} from '../../src-main/core/import/values.js';

const value = <T>(p: { ok: boolean; value?: T }) => (p.ok ? p.value : 'ERROR');

describe('header matching key', () => {
  test.each(['Pairing ID', 'pairing_id', 'PAIRING-ID', ' Pàiring  Íd ', 'pairingId'])('%s', (h) => {
    expect(headerKey(h)).toBe('pairingid');
  });
  test('different words stay different', () => {
    expect(headerKey('EU city')).not.toBe(headerKey('Partner city'));
  });
});

describe('dates', () => {
  test.each([
    ['2018-03-01', '2018-03-01'],
    ['01/03/2018', '2018-03-01'], // day first
    ['1.3.2018', '2018-03-01'],
    ['March 2018', '2018-03-01'],
    ['mar 2018', '2018-03-01'],
    ['Sept. 2019', '2019-09-01'],
    ['2020-02-29', '2020-02-29'],
  ])('%s -> %s', (text, iso) => {
    expect(value(parseDate(text))).toBe(iso);
  });
  test.each(['31/02/2019', '2019-02-29', '2018-13-01', '32/01/2018', 'Marchember 2018', 'soon', '2018'])('%s is refused', (text) => {
    const p = parseDate(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(englishText(p.text)).toMatch(/2018-03-01/);
  });
  test('Excel dates (UTC midnight) and serial numbers', () => {
    expect(value(parseDate(new Date(Date.UTC(2018, 2, 1))))).toBe('2018-03-01');
    expect(excelSerialToIso(43160)).toBe('2018-03-01');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(value(parseDate(null))).toBeNull();
  });
});

describe('yes / no', () => {
  test.each(['yes', 'Y', 'TRUE', '1', 'x', 'X', true, 1])('%s is yes', (v) => expect(value(parseYesNo(v))).toBe(true));
  test.each(['no', 'N', 'false', '0', '', null, false, 0])('%s is no', (v) => expect(value(parseYesNo(v))).toBe(false));
  test('anything else is an error', () => expect(parseYesNo('maybe').ok).toBe(false));
});

describe('numbers', () => {
  test('integers', () => {
    expect(value(parseInteger('1 200'))).toBe(1200);
    expect(value(parseInteger(42))).toBe(42);
    expect(parseInteger('12k').ok).toBe(false);
    expect(parseInteger(2.5).ok).toBe(false);
    expect(value(parseInteger(' '))).toBeNull();
  });
  test('decimals, with a decimal comma too', () => {
    expect(value(parseNumber('51,92'))).toBe(51.92);
    expect(value(parseNumber('-4.5'))).toBe(-4.5);
    expect(parseNumber('4,5,6').ok).toBe(false);
  });
});

describe('coded values', () => {
  test('helix synonyms, case-insensitive', () => {
    expect(value(parseHelix('University'))).toBe('academia');
    expect(value(parseHelix('SME'))).toBe('business');
    expect(value(parseHelix('Local Government'))).toBe('government');
    expect(value(parseHelix('non-profit'))).toBe('civil society');
    expect(parseHelix('bank').ok).toBe(false);
  });
  test.each([
    ['academia', ['academia', 'university', 'research', 'academic', 'knowledge institution']],
    ['business', ['business', 'private sector', 'industry', 'company', 'SME', 'enterprise']],
    ['government', ['government', 'public sector', 'public authority', 'municipality', 'local government', 'agency']],
    ['civil society', ['civil society', 'NGO', 'CSO', 'community', 'citizens', 'non-profit', 'association']],
  ])('every synonym the data model lists for %s', (helix, words) => {
    for (const w of words as string[]) {
      expect(value(parseHelix(w))).toBe(helix);
      expect(value(parseHelix(` ${w.toUpperCase()} `))).toBe(helix);
    }
  });
  test('status', () => {
    expect(value(parseStatus('ACTIVE'))).toBe('active');
    expect(parseStatus('ongoing').ok).toBe(false);
  });
  test('themes: catalogue spelling, unknown kept as first written', () => {
    const c = newThemeCatalogue();
    expect(c.match('circular  ECONOMY')).toEqual({ value: 'Circular economy', known: true });
    expect(c.match('Urban Agriculture')).toEqual({ value: 'Urban Agriculture', known: false });
    expect(c.match('urban agriculture')).toEqual({ value: 'Urban Agriculture', known: false });
  });
});

describe('countries and default regions', () => {
  test.each([
    ['NL', 'NL'], ['nl', 'NL'], ['Netherlands', 'NL'], ['The Netherlands', 'NL'], ['USA', 'US'],
    ['United States', 'US'], ['UK', 'GB'], ['India', 'IN'], ['MEX', 'MX'], ['Côte d\'Ivoire', 'CI'], ['Cote d\'Ivoire', 'CI'],
  ])('%s -> %s', (name, code) => expect(countryToAlpha2(name)).toBe(code));
  test('unknown names are null', () => {
    expect(countryToAlpha2('Atlantis')).toBeNull();
    expect(countryToAlpha2('ZZ')).toBeNull();
  });
  test.each([
    ['NL', 'Europe'], ['GB', 'Europe'], ['NO', 'Europe'], ['US', 'North America'], ['CA', 'North America'],
    ['MX', 'Latin America & Caribbean'], ['BR', 'Latin America & Caribbean'], ['JM', 'Latin America & Caribbean'],
    ['CN', 'East Asia'], ['JP', 'East Asia'], ['IN', 'South Asia'], ['IR', 'Middle East & Central Asia'],
    ['VN', 'Southeast Asia'], ['AU', 'Oceania'], ['ZA', 'Africa'], ['EG', 'Africa'], ['TR', 'Middle East & Central Asia'],
    ['KZ', 'Middle East & Central Asia'], ['TW', 'East Asia'],
  ])('%s is in %s', (code, region) => expect(defaultRegion(code)).toBe(region));
});

describe('counts', () => {
  // Found by test/hardening/random-inputs.test.ts: 2^53 - 1 reached DuckDB's INTEGER appender and threw.
  test.each([0, 12, '1 200', 2_147_483_647])('%s is a count', (v) => expect(value(parseCount(v))).not.toBe('ERROR'));
  test.each([-1, 2_147_483_648, Number.MAX_SAFE_INTEGER, '9007199254740991'])('%s is refused with a sentence', (v) => {
    const parsed = parseCount(v);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.code).toBe('invalid-number');
  });
});
