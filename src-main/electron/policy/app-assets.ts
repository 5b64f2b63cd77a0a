import { resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

export { contentTypeOf } from '../../shared/content-types.js';

/**
 * The file under `root` (the built renderer) an app:// request names, or null when the
 * request is for another host or would leave `root` (`..`, encoded separators, NUL).
 * Symbolic links are the caller's to check (realpath) before reading.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}
