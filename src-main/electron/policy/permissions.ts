import { isAppUrl } from './app-origin.js';

/**
 * Every permission a page can ask for (camera, location, notifications, HID, ...) is refused,
 * with one exception: the app's own page may write to the clipboard, which "copy table as
 * tab-separated text" needs. Reading the clipboard stays refused.
 */
const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_FOR_APP.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

/** For `session.setPermissionRequestHandler`. */
export function permissionRequestHandler(_contents: unknown, permission: string, callback: (granted: boolean) => void, details?: { requestingUrl?: string }): void {
  callback(isPermissionAllowed(permission, details?.requestingUrl));
}

/** For `session.setPermissionCheckHandler`. */
export function permissionCheckHandler(_contents: unknown, permission: string, requestingOrigin: string): boolean {
  return isPermissionAllowed(permission, requestingOrigin);
}
