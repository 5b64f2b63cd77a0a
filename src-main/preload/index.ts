import { contextBridge, ipcRenderer } from 'electron';
import { type AppEvent, type TwinlensBridge, fail, isApiMethod } from '../shared/api-contract.js';

/** The channel main sends AppEvents on (progress, menu commands, project changes). */
const EVENT_CHANNEL = 'twinlens:event';

/** The renderer's only door to main: `window.twinlens.invoke(method, arg)` for contract methods, `onEvent` for events. */
const bridge: TwinlensBridge = {
  invoke(method, arg) {
    if (!isApiMethod(method)) return Promise.resolve(fail('unknown-method', `unknown method "${String(method).slice(0, 80)}"`));
    return ipcRenderer.invoke(method, arg);
  },
  onEvent(listener) {
    // The IPC event object stays here: the renderer only ever sees the AppEvent.
    const relay = (_event: unknown, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('twinlens', bridge);
