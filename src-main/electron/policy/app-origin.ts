/**
 * The renderer is served from `app://twinlens/` (a privileged, standard, secure scheme), never
 * from file://: its origin is then one fixed value that every policy can compare against,
 * and file:// stays closed to the page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'twinlens';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for an address of the app's own pages and assets (app://twinlens/...). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}

/** True for a blob: URL the app's own page created (`blob:app://twinlens/<uuid>`). */
export function isAppBlobUrl(url: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length));
}
