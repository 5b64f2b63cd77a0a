import { type Session, app } from 'electron';
import { isDownloadAllowed, saveDialogOptions } from './policy/downloads.js';
import { permissionCheckHandler, permissionRequestHandler } from './policy/permissions.js';
import { requestFilterListener } from './policy/requests.js';
import { securityHeadersListener } from './policy/security-headers.js';

/**
 * The session's policies (each a pure function in ./policy, unit-tested): permissions
 * refused, requests outside the app refused, the CSP on every response, and downloads only
 * of the page's own export blobs, each through a native save dialog.
 */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(requestFilterListener);
  session.webRequest.onHeadersReceived(securityHeadersListener);
  session.on('will-download', (event, item) => {
    if (!isDownloadAllowed(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), app.getPath('downloads')));
  });
}
