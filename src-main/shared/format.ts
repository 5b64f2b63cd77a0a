/** Number wording shared by chart titles, the workbook and the PDF, so all say it alike. */

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 1234 -> "1,234". */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A ratio shown as such (Jaccard, evenness): two decimals, "0.42". */
export function formatRatio(ratio: number): string {
  return ratio.toFixed(2);
}

/** "1 pairing", "12 pairings". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "x of y" with y's noun: part(12, 30, 'pairing') -> "12 of 30 pairings". */
export function partOf(part: number, whole: number, noun: string, pluralForm = `${noun}s`): string {
  return `${formatCount(part)} of ${plural(whole, noun, pluralForm)}`;
}
