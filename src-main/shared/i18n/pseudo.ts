import type { Translator } from './translator.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const SWAP = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));

/**
 * A pseudo-locale for layout checks (as Chrome's en-XA): every letter accented and the text
 * about 35% longer, in brackets, so that a label cut by its box, a text not from the
 * catalogue (still plain) and a string concatenated in code (brackets in the middle) show at
 * a glance. Numbers, punctuation and the arguments' values keep their form.
 */
export function pseudoLocalize(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const accented = [...text].map((c) => SWAP.get(c) ?? c).join('');
  // The growth as short words, as a longer language adds them: lines still break between them.
  const grow = Math.max(0, Math.ceil(text.length * 0.35) - 2);
  const padding = Array.from({ length: Math.ceil(grow / 4) }, () => '~~~').join(' ');
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

/** A translator whose messages and labels are pseudo-localized; formats stay the language's. */
export function pseudoTranslator(base: Translator): Translator {
  return { ...base, t: (key, values) => pseudoLocalize(base.t(key, values)), label: (kind, value) => pseudoLocalize(base.label(kind, value)) };
}
