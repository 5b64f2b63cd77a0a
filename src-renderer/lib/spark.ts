import { formatNumber } from './format.js';

export interface SparkPoint {
  period_end: string;
  actual: number | null;
}

/** "12 (2023-12-31) → 30 (2024-12-31)": the line in words, for export, copy and screen readers. */
export function sparkText(series: readonly SparkPoint[]): string {
  return series
    .filter((p) => p.actual !== null)
    .map((p) => `${formatNumber(p.actual!)} (${p.period_end})`)
    .join(' → ');
}
