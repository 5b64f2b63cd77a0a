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

/** Each cell style's number format (`<cellXfs>` entries in order): its id, and its code when custom. */
function styleFormats(stylesXml: string): Array<{ id: number; code: string | undefined }> {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = Number.parseInt(a.get('numFmtId') ?? '', 10);
    // A backslash escapes the next character in a format code; it is not part of the text.
    if (Number.isFinite(id)) custom.set(id, (a.get('formatCode') ?? '').replace(/\\(.)/g, '$1'));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs\s*>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number.parseInt(attributes(m[0]).get('numFmtId') ?? '0', 10) || 0;
    return { id, code: custom.get(id) };
  });
}

/**
 * For each cell style (`<cellXfs>` entry, in order, the index a cell's `s` names), whether
 * its number format shows a date: the serial numbers of such cells are dates.
 */
export function dateStyles(stylesXml: string): boolean[] {
  return styleFormats(stylesXml).map(({ id, code }) => id !== 0 && (code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code)));
}

/** Built-in number formats 9 (`0%`) and 10 (`0.00%`). */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);

/** Whether a number format code shows a percentage: a `%` outside quoted text and brackets. */
export function isPercentFormat(code: string): boolean {
  return code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').includes('%');
}

/**
 * For each cell style, whether its number format shows a percentage: such a cell holds a
 * fraction (0.45) that Excel shows as 45%.
 */
export function percentStyles(stylesXml: string): boolean[] {
  return styleFormats(stylesXml).map(({ id, code }) => (code === undefined ? BUILT_IN_PERCENT_FORMATS.has(id) : !isDateFormat(code) && isPercentFormat(code)));
}
