import { describe, expect, test } from 'vitest';
import { API_METHODS, type ApiHandlers, dispatch, ok, parseFilters, validateArgument } from '../../src-main/shared/api-contract.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';

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
