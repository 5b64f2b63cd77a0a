import { type Translator, translator } from '../i18n/index.js';

/** The charts speak English unless a caller (the app, a report in another language) passes its translator. */
export const ENGLISH: Translator = translator('en');

const ratios = new Map<string, Intl.NumberFormat>();

/** A ratio shown as such (Jaccard, evenness) with two decimals, in the translator's language: 0.42 / 0,42. */
export function ratioText(t: Translator, value: number): string {
  let format = ratios.get(t.language);
  if (!format) ratios.set(t.language, (format = new Intl.NumberFormat(t.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format.format(value);
}

/** A count in the translator's language: 1,234 / 1 234. */
export const countText = (t: Translator, value: number) => t.number(value, 0);
