import type { Comparison } from './compare.js';
import { type Headline, headlines, resultHeadlines } from './headlines.js';
import { type Translator, translator } from './i18n/index.js';
import type { Indicators } from './indicators.js';
import { localFormats } from './local-format.js';
import { definitionOf } from './methodology.js';

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
function networkFigures(ind: Indicators, t: Translator): Headline[] {
  const n = ind.network;
  const figure = (id: string, value: number): Headline => ({ id, label: definitionOf(id, t).label, value, kind: 'count', display: localFormats(t).count(value), sentence: '' });
  return [
    figure('network.multiPairingEntities', n.multiPairingEntities),
    figure('network.components', n.components),
    figure('network.largestComponent', n.largestComponent),
  ];
}

/** A difference of two figures of one kind, as printed (in a language, English by default): percentages as percentage points. */
export function formatSpread(kind: Headline['kind'], spread: number | null, t: Translator = translator('en')): string {
  if (spread === null) return t.t('headline.na');
  const f = localFormats(t);
  // Tenths, halves away from zero, in the language's digits.
  const tenths = (v: number) => t.number(Math.sign(v) * (Math.round(Math.abs(v) * 10) / 10), 1);
  switch (kind) {
    case 'count':
      return f.count(spread);
    case 'percent':
      return t.t('compare.spread.pp', { value: tenths(spread * 100) });
    case 'ratio':
      return f.ratio(spread);
    case 'months':
      return t.t('compare.spread.months', { value: tenths(spread) });
    case 'points':
      return t.t('headline.progress.display', { change: tenths(spread) });
  }
}

/**
 * Every headline figure (headlines.ts, the network's three, and the results' when a group
 * has results) as a row with one value per group and the spread (max - min): the table the
 * CLI prints, the Compare view shows and the reports' comparison section holds.
 */
export function compareRows(comparison: Comparison, t: Translator = translator('en')): CompareRow[] {
  const perGroup = comparison.groups.map((g) => {
    const list = [...headlines(g.indicators, t), ...networkFigures(g.indicators, t), ...resultHeadlines(g.indicators, t)];
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
      displays: found.map((h) => h?.display ?? t.t('headline.na')),
      spread,
      spreadDisplay: formatSpread(first.kind, spread, t),
    };
  });
}
