import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { type ApiHandlers, type Result, dispatch, fail } from '../shared/api-contract.js';
import { IPC_CHANNELS } from '../shared/ipc-channels.js';
import { isTrustedSender } from './policy/ipc-sender.js';
import type { PathGrants } from './policy/path-grants.js';

/**
 * One invoke channel for the whole contract. A call from any frame but the app's own top
 * frame is refused; the method and argument are checked by `dispatch` before a handler sees
 * them; `import/files` reads only files the user handed over. Every outcome returns as a value.
 */
export function answerCall(handlers: ApiHandlers, grants: PathGrants, method: unknown, arg: unknown): Promise<Result<unknown>> {
  if (method === 'import/files' && typeof arg === 'object' && arg !== null && Array.isArray((arg as { paths?: unknown }).paths)) {
    const paths = (arg as { paths: unknown[] }).paths.filter((p): p is string => typeof p === 'string');
    const refused = grants.firstUngranted(paths);
    if (refused !== null) {
      return Promise.resolve(fail('forbidden', `import/files: "${refused.slice(0, 200)}" was not picked or dropped by you; choose it in the import dialog or drop it on the window`, { field: 'paths' }));
    }
  }
  return dispatch(handlers, method, arg);
}

export function registerIpc(ipcMain: IpcMain, handlers: ApiHandlers, grants: PathGrants): void {
  ipcMain.handle(IPC_CHANNELS.invoke, (event: IpcMainInvokeEvent, method: unknown, arg: unknown) =>
    isTrustedSender(event.senderFrame) ? answerCall(handlers, grants, method, arg) : Promise.resolve(fail('forbidden', 'call from an unknown frame')),
  );
  ipcMain.on(IPC_CHANNELS.grantPath, (event: IpcMainEvent, path: unknown) => {
    if (isTrustedSender(event.senderFrame) && typeof path === 'string') grants.grant(path);
  });
}
