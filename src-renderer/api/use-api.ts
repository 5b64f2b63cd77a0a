import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArg, ApiError, ApiMethod, ApiResult } from '../../src-main/shared/api-contract.js';
import { call } from './client.js';

export type Load<T> =
  | { status: 'loading'; value?: T }
  | { status: 'error'; error: ApiError; value?: T }
  | { status: 'ready'; value: T };

/**
 * Calls `method` whenever its argument (compared as JSON) or `version` changes; the latest
 * call wins, so a fast filter change never shows a stale answer. Keeps the previous value
 * while loading so charts update in place instead of flashing.
 */
export function useApi<M extends ApiMethod>(method: M, arg: ApiArg<M>, version = 0): Load<ApiResult<M>> & { reload: () => void } {
  const key = JSON.stringify(arg ?? null);
  const [state, setState] = useState<Load<ApiResult<M>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const last = useRef<ApiResult<M> | undefined>(undefined);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState(last.current === undefined ? { status: 'loading' } : { status: 'loading', value: last.current });
    call(method, JSON.parse(key) as ApiArg<M>).then((result) => {
      if (!current) return;
      if (result.ok) {
        last.current = result.value;
        setState({ status: 'ready', value: result.value });
      } else {
        setState(last.current === undefined ? { status: 'error', error: result.error } : { status: 'error', error: result.error, value: last.current });
      }
    });
    return () => {
      current = false;
    };
  }, [method, key, version, attempt]);

  return { ...state, reload };
}
