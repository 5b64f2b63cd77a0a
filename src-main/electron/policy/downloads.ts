import { basename, extname, join } from 'node:path';
import { isAppBlobUrl } from './app-origin.js';

/**
 * The renderer saves exports (Excel, PDF, CSV, IATI XML) through an <a download> link to a blob it
 * made. Only such blobs of our own page may download; anything else is cancelled.
 */
export function isDownloadAllowed(url: string): boolean {
  return isAppBlobUrl(url);
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.csv': { name: 'CSV file', extensions: ['csv'] },
  '.png': { name: 'PNG image', extensions: ['png'] },
  '.svg': { name: 'SVG image', extensions: ['svg'] },
  '.xml': { name: 'IATI activity XML', extensions: ['xml'] },
};

/** A file name a page suggested, made safe to offer: no folders, no control characters. */
export function safeFileName(suggested: string): string {
  // eslint-disable-next-line no-control-regex
  const name = basename(suggested.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
  return name === '' || name === '.' || name === '..' ? 'Twinlens export' : name.slice(0, 200);
}

/** Options for the native save dialog Electron shows for an allowed download. */
export function saveDialogOptions(suggested: string, downloadsDir: string): { title: string; defaultPath: string; filters: Array<{ name: string; extensions: string[] }> } {
  const name = safeFileName(suggested);
  const filter = FILTERS[extname(name).toLowerCase()];
  return {
    title: 'Save export',
    defaultPath: join(downloadsDir, name),
    filters: filter ? [filter, { name: 'All files', extensions: ['*'] }] : [{ name: 'All files', extensions: ['*'] }],
  };
}
