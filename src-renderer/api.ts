import { type ApiArg, type ApiMethod, type ApiResult, type Result, type TwinlensBridge, fail } from '../src-main/shared/api-contract.js';

declare global {
  interface Window {
    /** Present in the Electron app (exposed by the preload script); absent in a browser. */
    twinlens?: TwinlensBridge;
  }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  return v.ok === true ? 'value' in v : v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

async function overHttp(method: ApiMethod, arg: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(arg),
    });
  } catch {
    return fail('internal', 'Twinlens cannot be reached: is it still running?');
  }
  const body: unknown = await response.json().catch(() => null);
  return isResult(body) ? body : fail('internal', `Twinlens answered ${response.status} ${response.statusText}`.trim());
}

/** Calls one contract method: through the preload bridge in Electron, over HTTP in a browser. */
export function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<Result<ApiResult<M>>> {
  const bridge = window.twinlens;
  if (bridge) return bridge.invoke(method, arg);
  return overHttp(method, arg) as Promise<Result<ApiResult<M>>>;
}
