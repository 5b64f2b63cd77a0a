import type { Language } from '../../src-main/shared/i18n/index.js';

/**
 * How a date field of each language writes a day. French and Spanish: day/month/year, as
 * their readers write it. English: ISO year-month-day, because the English-speaking readers
 * of a programme are both British (dd/mm) and American (mm/dd) and either order would
 * mislead the other; the ISO order misleads no one and is the data's own.
 */
const ORDERS: Record<Language, { order: 'dmy' | 'ymd'; separator: string }> = {
  en: { order: 'ymd', separator: '-' },
  fr: { order: 'dmy', separator: '/' },
  es: { order: 'dmy', separator: '/' },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO day (2019-04-01) as the field of a language shows it (01/04/2019 in French); other text as it is. */
export function isoToText(iso: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const { order, separator } = ORDERS[language];
  return order === 'dmy' ? [m[3], m[2], m[1]].join(separator) : [m[1], m[2], m[3]].join(separator);
}

/**
 * Whether the text is a whole day in the field's full form (two-digit day and month, four-digit
 * year): the field applies it while typing, not at "2019-04-1" on the way to "2019-04-15".
 */
export function isComplete(text: string, language: Language): boolean {
  const t = text.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(t) || (ORDERS[language].order === 'dmy' && /^\d{2}[/.-]\d{2}[/.-]\d{4}$/.test(t));
}

/**
 * What a person typed, as an ISO day, or null when it is no real day. Accepts the language's
 * order with `/`, `.` or `-` between the parts, and the ISO order (four-digit year first) in
 * every language, so a pasted 2019-04-01 works everywhere.
 */
export function textToIso(text: string, language: Language): string | null {
  const parts = text.trim().split(/[/.\-\s]+/);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  let [a, b, c] = parts.map(Number) as [number, number, number];
  let year: number;
  let month: number;
  let day: number;
  if (parts[0]!.length === 4) [year, month, day] = [a, b, c];
  else if (ORDERS[language].order === 'dmy' && parts[2]!.length === 4) [day, month, year] = [a, b, c];
  else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return null;
  [a, b, c] = [year, month, day];
  return `${pad(a, 4)}-${pad(b)}-${pad(c)}`;
}
