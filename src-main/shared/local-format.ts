import type { Translator } from './i18n/index.js';

/**
 * The figures of headlines and reports in a language's way (fr: `1 234`, `45,2 %`, `0,71`),
 * rounded as format.ts rounds them, so English reads exactly as before.
 */
export interface LocalFormats {
  count(value: number): string;
  /** A ratio 0..1 as a percentage with at most one decimal. */
  percent(ratio: number): string;
  /** A ratio shown as such (Jaccard, evenness): two decimals. */
  ratio(value: number): string;
  /** A value already in percent (an achievement, 73.7) with its percent sign. */
  points(value: number): string;
  /** A change in percentage points with its sign: "+23.1", "−4". */
  signed(value: number): string;
  /** An amount with at most two decimals. */
  amount(value: number): string;
  /** An ISO day: kept ISO in English (the reports' form so far), the language's way otherwise (01/04/2019). */
  day(iso: string): string;
}

const made = new Map<string, LocalFormats>();

export function localFormats(t: Translator): LocalFormats {
  let formats = made.get(t.language);
  if (formats) return formats;
  const integer = new Intl.NumberFormat(t.language, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(t.language, { maximumFractionDigits: 1 });
  const ratio = new Intl.NumberFormat(t.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const amount = new Intl.NumberFormat(t.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(t.language, { style: 'percent', maximumFractionDigits: 1 });
  // Halves away from zero at the tenth, as format.ts does, before Intl adds the language's signs.
  const roundTenth = (x: number) => Math.sign(x) * (Math.round(Math.abs(x) * 10) / 10);
  formats = {
    count: (v) => integer.format(v),
    percent: (r) => percent.format(roundTenth(r * 100) / 100),
    ratio: (v) => ratio.format(v),
    points: (v) => percent.format(roundTenth(v) / 100),
    signed: (v) => `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${tenths.format(roundTenth(Math.abs(v)))}`,
    amount: (v) => amount.format(v),
    day: (iso) => (t.language === 'en' ? iso : t.date(iso)),
  };
  made.set(t.language, formats);
  return formats;
}
