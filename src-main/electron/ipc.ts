import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, type ApiHandlers, dispatch, fail } from '../shared/api-contract.js';

/**
 * Registers one `ipcMain.handle` channel per contract method. Calls from any frame other
 * than the app's own page are refused; arguments are checked by `dispatch` before a
 * handler sees them, and every outcome (errors included) returns as a value.
 */
export function registerIpc(ipcMain: IpcMain, handlers: ApiHandlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(method, (event, arg: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, method, arg) : Promise.resolve(fail('forbidden', 'call from an unknown frame')),
    );
  }
}
