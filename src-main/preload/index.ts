import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ApiMethod, AppEvent, AppEventListener, Result, TwinlensBridge } from '../shared/api-contract.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';

/**
 * The renderer's only door to main, exposed as `window.twinlens`:
 * - `invoke(method, arg)`: one contract call (main checks the sender, the method and the argument);
 * - `onEvent(listener)`: progress, menu commands and project changes; returns the unsubscribe;
 * - `pathForFile(file)`: the path of a File the user dropped or picked ('' for others), which
 *   also tells main that imports may read it.
 * Only types come from the contract: a sandboxed preload can load no npm package (zod).
 */
export type ElectronBridge = TwinlensBridge & { pathForFile(file: File): string };

const bridge: ElectronBridge = {
  invoke<M extends ApiMethod>(method: M, arg: unknown) {
    return ipcRenderer.invoke(IPC_CHANNELS.invoke, method, arg) as Promise<Result<never>>;
  },
  onEvent(listener: AppEventListener) {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
    // The IPC event object (with its sender) stays here: the page only ever sees the AppEvent.
    const relay = (_event: unknown, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_CHANNELS.event, relay);
    return () => void ipcRenderer.removeListener(IPC_CHANNELS.event, relay);
  },
  pathForFile(file: File) {
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(IPC_CHANNELS.grantPath, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('twinlens', bridge);
