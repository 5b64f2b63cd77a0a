import type { ApiArg, ApiMethod, ApiResult, AppEvent, AppEventListener, Result, TwinlensBridge } from '../../src-main/shared/api-contract.js';
// Values from api-values, never api-contract: its zod schemas belong in main, not in this bundle.
import { fail, failSaying } from '../../src-main/shared/api-values.js';
import { issueText } from '../../src-main/shared/issues.js';

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
      body: JSON.stringify(arg ?? null),
    });
  } catch {
    return failSaying('internal', issueText('issue.api.unreachable'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body)) return body;
  if (response.status === 413) return failSaying('bad-argument', issueText('issue.api.tooLarge'));
  return failSaying('internal', issueText('issue.api.httpStatus', { status: `${response.status} ${response.statusText}`.trim() }));
}

/** Calls one contract method: through the preload bridge in Electron, over HTTP in a browser. */
export async function call<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<Result<ApiResult<M>>> {
  const bridge = window.twinlens;
  try {
    if (bridge) return await bridge.invoke(method, arg);
    return (await overHttp(method, arg)) as Result<ApiResult<M>>;
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Like `call`, but throws: for code that shows errors through one boundary. The thrown error
 * keeps the catalogue key and arguments, so the boundary says it in the app's language.
 */
export async function request<M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> {
  const result = await call(method, arg);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { key: result.error.key, args: result.error.args });
  return result.value;
}

const listeners = new Set<AppEventListener>();
let source: EventSource | null = null;
let bridgeOff: (() => void) | null = null;

function relay(event: AppEvent) {
  for (const listener of [...listeners]) listener(event);
}

/**
 * Subscribes to events from main: the preload bridge's onEvent in Electron, the host's
 * Server-Sent Events stream in a browser (one stream, shared by every listener).
 */
export function onEvent(listener: AppEventListener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    const bridge = window.twinlens;
    if (bridge) bridgeOff = bridge.onEvent(relay);
    else if (typeof EventSource !== 'undefined') {
      source = new EventSource('/api/events', { withCredentials: true });
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          relay(JSON.parse(message.data) as AppEvent);
        } catch {
          // A malformed event is dropped; the next one may be fine.
        }
      };
    }
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
      bridgeOff?.();
      bridgeOff = null;
    }
  };
}
