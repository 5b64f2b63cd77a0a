import { contextBridge, ipcRenderer } from 'electron';
import { type TwinlensBridge, fail, isApiMethod } from '../shared/api-contract.js';

/** The renderer's only door to main: `window.twinlens.invoke(method, arg)` for contract methods. */
const bridge: TwinlensBridge = {
  invoke(method, arg) {
    if (!isApiMethod(method)) return Promise.resolve(fail('unknown-method', `unknown method "${String(method).slice(0, 80)}"`));
    return ipcRenderer.invoke(method, arg);
  },
};

contextBridge.exposeInMainWorld('twinlens', bridge);
