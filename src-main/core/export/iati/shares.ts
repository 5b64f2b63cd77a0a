/**
 * Percentages that sum to exactly 100 (IATI rules 2.1.2 and 3.1.2 compare the sum strictly):
 * each share rounded to 2 decimals, the last one taking the remainder. Worked in hundredths
 * of a percent, integers, so no float sum drifts to 99.99999.
 */
export interface Share<K> {
  key: K;
  /** Hundredths of a percent: 3333 is 33.33 %. */
  hundredths: number;
}

/** `keys` share 100 % equally: three give 33.33, 33.33, 33.34. */
export function equalShares<K>(keys: readonly K[]): Array<Share<K>> {
  return weightedShares(keys.map((key) => ({ key, weight: 1 })));
}

/**
 * 100 % split in proportion to each weight, in the order given. Rounded to the nearest
 * hundredth; when those round up so far that the remainder would be negative, every share
 * but the last is rounded down instead, so none is ever below 0.
 */
export function weightedShares<K>(items: ReadonlyArray<{ key: K; weight: number }>): Array<Share<K>> {
  if (items.length === 0) return [];
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (!(total > 0)) throw new Error('weightedShares: the weights must sum to more than 0');
  const split = (round: (x: number) => number) => {
    const head = items.slice(0, -1).map((item) => ({ key: item.key, hundredths: round((item.weight / total) * 10_000) }));
    const rest = 10_000 - head.reduce((sum, s) => sum + s.hundredths, 0);
    return [...head, { key: items.at(-1)!.key, hundredths: rest }];
  };
  const nearest = split(Math.round);
  return nearest.at(-1)!.hundredths >= 0 ? nearest : split(Math.floor);
}

/** 3333 -> "33.33", 10000 -> "100", 5050 -> "50.5". */
export function percentText(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
