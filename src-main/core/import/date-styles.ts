import { attributes } from './xml-text.js';

/** Built-in number formats (ECMA-376 §18.8.30) that show dates or times. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format code shows a date or time: a y, m, d, h, s (or Buddhist-era b)
 * outside quoted text and [bracketed] colours, conditions and locales, the rule exceljs
 * and most readers apply.
 */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * For each cell style (`<cellXfs>` entry, in order, the index a cell's `s` names), whether
 * its number format shows a date: the serial numbers of such cells are dates.
 */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = Number.parseInt(a.get('numFmtId') ?? '', 10);
    // A backslash escapes the next character in a format code; it is not part of the text.
    if (Number.isFinite(id)) custom.set(id, (a.get('formatCode') ?? '').replace(/\\(.)/g, '$1'));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs\s*>/.exec(stylesXml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const m of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number.parseInt(attributes(m[0]).get('numFmtId') ?? '0', 10) || 0;
    const code = custom.get(id);
    styles.push(id !== 0 && (code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code)));
  }
  return styles;
}
