import { type Translator, translator } from '../../src-main/shared/i18n/index.js';

export interface SparkPoint {
  period_end: string;
  actual: number | null;
}

/** "12 (2023-12-31) → 30 (2024-12-31)": the line in words, for export, copy and screen readers; numbers in the translator's language (English by default). */
export function sparkText(series: readonly SparkPoint[], t: Translator = translator('en')): string {
  return series
    .filter((p) => p.actual !== null)
    .map((p) => `${t.number(p.actual!)} (${p.period_end})`)
    .join(' → ');
}
