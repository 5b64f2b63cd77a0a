import { isAppBlobUrl, isAppUrl } from './app-origin.js';

/**
 * `webRequest.onBeforeRequest`: the page may load its own assets (app://twinlens/), the
 * blobs and data: images it makes itself, and DevTools' own pages; nothing else. No remote
 * content (http, https, ws), and no file:// fetch of the user's files from the renderer.
 */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url) || isAppBlobUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  return url.startsWith('devtools://');
}

/** The listener itself: `session.webRequest.onBeforeRequest(requestFilterListener)`. */
export function requestFilterListener(details: { url: string }, callback: (response: { cancel: boolean }) => void): void {
  callback({ cancel: !isRequestAllowed(details.url) });
}
