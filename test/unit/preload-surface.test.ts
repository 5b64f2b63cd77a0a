import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, test } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/shared/ipc-channels.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { REPO } from '../helpers/cli.js';

/**
 * The built preload (out/preload/index.cjs), run as Electron runs a sandboxed preload: a
 * CommonJS script whose `require` gives `electron` and nothing else. Electron's own objects
 * are replaced by recorders: the preload is our code, the surface it exposes is what we test.
 */
interface Exposed {
  [name: string]: unknown;
}

function loadPreload() {
  const exposed: Exposed = {};
  const sent: unknown[][] = [];
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve({ ok: true, value: 'answer' });
      },
      send: (...args: unknown[]) => sent.push(args),
      on: (channel: string, listener: (...args: unknown[]) => void) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => void listeners.get(channel)?.delete(listener),
    },
    webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
  };
  const required: string[] = [];
  const module = { exports: {} };
  runInNewContext(readFileSync(join(REPO, 'out/preload/index.cjs'), 'utf8'), {
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    },
    module,
    exports: module.exports,
    console,
  });
  const emit = (event: unknown) => {
    for (const l of listeners.get(IPC_CHANNELS.event) ?? []) l({ sender: 'the IPC event object' }, event);
  };
  return { exposed, sent, invoked, listeners, required, emit };
}

beforeAll(() => ensureBuilt(), 180_000);

describe('the preload script', () => {
  test('requires only electron (a sandboxed preload can load nothing else)', () => {
    expect(new Set(loadPreload().required)).toEqual(new Set(['electron']));
  });

  test('exposes exactly window.twinlens = { invoke, onEvent, pathForFile }', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['twinlens']);
    const bridge = exposed.twinlens as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'pathForFile']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  test('invoke sends method and argument on the one invoke channel and returns the answer', async () => {
    const { exposed, invoked } = loadPreload();
    const bridge = exposed.twinlens as { invoke(m: string, a: unknown): Promise<unknown> };
    expect(await bridge.invoke('indicators/compute', { theme: ['x'] })).toEqual({ ok: true, value: 'answer' });
    expect(invoked).toEqual([[IPC_CHANNELS.invoke, 'indicators/compute', { theme: ['x'] }]]);
  });

  test('onEvent hands the page the AppEvent only, never the IPC event, and unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload();
    const bridge = exposed.twinlens as { onEvent(l: (...a: unknown[]) => void): () => void };
    const got: unknown[][] = [];
    const off = bridge.onEvent((...args) => got.push(args));
    emit({ type: 'project-changed' });
    expect(got).toEqual([[{ type: 'project-changed' }]]);
    off();
    emit({ type: 'project-changed' });
    expect(got).toHaveLength(1);
    expect(listeners.get(IPC_CHANNELS.event)?.size).toBe(0);
    expect(() => bridge.onEvent('not a function' as never)).toThrow(/needs a function/);
  });

  test('pathForFile returns a dropped file path and grants it to imports; files not on disk give ""', () => {
    const { exposed, sent } = loadPreload();
    const bridge = exposed.twinlens as { pathForFile(f: unknown): string };
    expect(bridge.pathForFile({ path: '/home/u/iuc.xlsx' })).toBe('/home/u/iuc.xlsx');
    expect(bridge.pathForFile({})).toBe('');
    expect(sent).toEqual([[IPC_CHANNELS.grantPath, '/home/u/iuc.xlsx']]);
  });
});
