import type { Comparison } from './compare.js';
import { formatCount, formatRatio } from './format.js';
import { type Headline, headlines, resultHeadlines } from './headlines.js';
import type { Indicators } from './indicators.js';

/** One headline figure across the groups of a comparison, with the spread between them. */
export interface CompareRow {
  /** Indicator id of methodology.ts. */
  id: string;
  label: string;
  kind: Headline['kind'];
  /** One per group, in the comparison's order; null where the group has no such figure. */
  values: Array<number | null>;
  displays: string[];
  /** Largest minus smallest of the values that exist; null with fewer than two. */
  spread: number | null;
  spreadDisplay: string;
}

/** The network's key figures, beside the headlines for a comparison of groups. */
function networkFigures(ind: Indicators): Headline[] {
  const n = ind.network;
  const figure = (id: string, label: string, value: number): Headline => ({ id, label, value, kind: 'count', display: formatCount(value), sentence: '' });
  return [
    figure('network.multiPairingEntities', 'Multi-pairing entities', n.multiPairingEntities),
    figure('network.components', 'Connected components', n.components),
    figure('network.largestComponent', 'Largest component', n.largestComponent),
  ];
}

const tenths = (v: number) => {
  const t = Math.round(v * 10) / 10;
  return Number.isInteger(t) ? t.toFixed(0) : t.toFixed(1);
};

/** A difference of two figures of one kind, as printed: percentages as percentage points. */
export function formatSpread(kind: Headline['kind'], spread: number | null): string {
  if (spread === null) return 'n/a';
  switch (kind) {
    case 'count':
      return formatCount(spread);
    case 'percent':
      return `${tenths(spread * 100)} pp`;
    case 'ratio':
      return formatRatio(spread);
    case 'months':
      return `${tenths(spread)} months`;
    case 'points':
      return `${tenths(spread)} points`;
  }
}

/**
 * Every headline figure (headlines.ts, the network's three, and the results' when a group
 * has results) as a row with one value per group and the spread (max - min): the table the
 * CLI prints, the Compare view shows and the reports' comparison section holds.
 */
export function compareRows(comparison: Comparison): CompareRow[] {
  const perGroup = comparison.groups.map((g) => {
    const list = [...headlines(g.indicators), ...networkFigures(g.indicators), ...resultHeadlines(g.indicators)];
    return new Map(list.map((h) => [h.id, h]));
  });
  const order: Headline[] = [];
  const seen = new Set<string>();
  for (const figures of perGroup) {
    for (const h of figures.values()) {
      if (!seen.has(h.id)) {
        seen.add(h.id);
        order.push(h);
      }
    }
  }
  return order.map((first) => {
    const found = perGroup.map((figures) => figures.get(first.id) ?? null);
    const values = found.map((h) => h?.value ?? null);
    const present = values.filter((v): v is number => v !== null);
    const spread = present.length < 2 ? null : Math.max(...present) - Math.min(...present);
    return {
      id: first.id,
      label: first.label,
      kind: first.kind,
      values,
      displays: found.map((h) => h?.display ?? 'n/a'),
      spread,
      spreadDisplay: formatSpread(first.kind, spread),
    };
  });
}
