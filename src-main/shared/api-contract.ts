import { isIsoDate } from './dates.js';
import { type Filters, type Indicators, LIST_FILTERS } from './indicators.js';

/**
 * The one contract between the renderer and main: methods named `domain/verb`, each with
 * an argument checked at the boundary and a typed result. Errors travel as values.
 */

export type ApiErrorCode = 'bad-argument' | 'unknown-method' | 'forbidden' | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ApiErrorCode, message: string, details?: unknown): Result<T> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

export interface ApiMethods {
  'indicators/compute': { arg: Filters; result: Indicators };
}

export type ApiMethod = keyof ApiMethods;
export type ApiArg<M extends ApiMethod> = ApiMethods[M]['arg'];
export type ApiResult<M extends ApiMethod> = ApiMethods[M]['result'];

/** What main (IPC) and the browser host (HTTP) run once an argument has passed its check. */
export type ApiHandlers = { [M in ApiMethod]: (arg: ApiArg<M>) => Promise<Result<ApiResult<M>>> };

/** The object the preload script exposes as `window.twinlens`. */
export interface TwinlensBridge {
  invoke<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<Result<ApiResult<M>>>;
}

const FILTER_DATES = ['from', 'to'] as const;
const MAX_LIST_VALUES = 1000;
const MAX_TEXT_LENGTH = 500;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks an untrusted `indicators/compute` argument: an object with only the known filter
 * keys, lists of strings, and `from`/`to` as `YYYY-MM-DD` (or empty). Returns a fresh copy.
 */
export function parseFilters(arg: unknown): Result<Filters> {
  if (!isPlainObject(arg)) return fail('bad-argument', 'filters must be an object such as {"theme": ["Circular economy"]}');
  const filters: Filters = {};
  for (const key of Object.keys(arg)) {
    const value = arg[key];
    if ((LIST_FILTERS as readonly string[]).includes(key)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        return fail('bad-argument', `filter "${key}" must be a list of strings`);
      }
      if (value.length > MAX_LIST_VALUES || value.some((v: string) => v.length > MAX_TEXT_LENGTH)) {
        return fail('bad-argument', `filter "${key}" is too long`);
      }
      filters[key as (typeof LIST_FILTERS)[number]] = [...(value as string[])];
    } else if ((FILTER_DATES as readonly string[]).includes(key)) {
      if (typeof value !== 'string') return fail('bad-argument', `filter "${key}" must be a date string (YYYY-MM-DD)`);
      if (value.trim() !== '' && !isIsoDate(value.trim())) {
        return fail('bad-argument', `filter "${key}" is not a date: write it as YYYY-MM-DD, such as 2018-03-01`);
      }
      filters[key as (typeof FILTER_DATES)[number]] = value;
    } else {
      return fail('bad-argument', `unknown filter "${key.slice(0, 40)}"; known filters: ${[...LIST_FILTERS, ...FILTER_DATES].join(', ')}`);
    }
  }
  return ok(filters);
}

/** One checker per method: the only way an argument from outside reaches a handler. */
const ARGUMENT_CHECKS: { [M in ApiMethod]: (arg: unknown) => Result<ApiArg<M>> } = {
  'indicators/compute': parseFilters,
};

export const API_METHODS = Object.freeze(Object.keys(ARGUMENT_CHECKS)) as readonly ApiMethod[];

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && (API_METHODS as readonly string[]).includes(method);
}

function validateArgument<M extends ApiMethod>(method: M, arg: unknown): Result<ApiArg<M>> {
  return ARGUMENT_CHECKS[method](arg);
}

/**
 * Runs one call from outside: checks the method name and the argument, then the handler.
 * Never throws; an unexpected failure becomes an `internal` error value.
 */
export async function dispatch(handlers: ApiHandlers, method: unknown, arg: unknown): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('unknown-method', `unknown method "${String(method).slice(0, 80)}"`);
  const checked = validateArgument(method, arg);
  if (!checked.ok) return checked;
  const handler = handlers[method] as (value: unknown) => Promise<Result<unknown>>;
  try {
    return await handler(checked.value);
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
