import { formatCount, formatPercent, formatRatio, partOf, plural } from './format.js';
import type { Indicators } from './indicators.js';

/** A key figure with the sentence that says what it means (Overview, workbook Summary, PDF executive summary). */
export interface Headline {
  /** Indicator id of methodology.ts. */
  id: string;
  label: string;
  /** The number as computed (ratios 0..1); null when it cannot be computed. */
  value: number | null;
  kind: 'count' | 'ratio' | 'percent' | 'months';
  /** The value as printed: "67", "41.8%", "0.71", "24 months". */
  display: string;
  sentence: string;
}

/** The headline figures of one result, each with one generated sentence. */
export function headlines(ind: Indicators): Headline[] {
  const s = ind.summary;
  const mix = ind.stakeholderMix;
  const g = ind.gcom;
  const d = ind.delivery;
  const n = s.pairings;
  if (n === 0) {
    return [{ id: 'summary.pairings', label: 'Pairings', value: 0, kind: 'count', display: '0', sentence: 'No pairings are in this scope, so every other figure is zero.' }];
  }
  const topRegion = ind.pairingsByRegion[0];
  const cross = ind.regionMatrix.find((c) => c.a !== c.b);
  const topTheme = ind.themes[0];
  const adopted = d.actionPlans.adopted;
  const list: Headline[] = [
    {
      id: 'summary.pairings',
      label: 'Pairings',
      value: n,
      kind: 'count',
      display: formatCount(n),
      sentence:
        `${plural(n, 'pairing')} link ${plural(s.entities, 'entity', 'entities')} in ${plural(s.countries, 'country', 'countries')} ` +
        `and ${plural(s.regions, 'region')}` +
        (cross ? `; ${cross.a} and ${cross.b} pair most often (${partOf(cross.pairings, n, 'pairing')}).` : topRegion ? `; all in ${topRegion.region}.` : '.'),
    },
    {
      id: 'summary.themes',
      label: 'Themes',
      value: s.themes,
      kind: 'count',
      display: formatCount(s.themes),
      sentence: topTheme
        ? `${plural(s.themes, 'theme')} are addressed; ${topTheme.theme} is the most common (${partOf(topTheme.pairings, n, 'pairing')}), and ${formatPercent(ind.multiThemeShare)} of pairings with a theme combine two or more.`
        : 'No pairing in scope has a theme.',
    },
    {
      id: 'stakeholderMix.quadrupleHelixShare',
      label: 'Quadruple-helix share',
      value: mix.quadrupleHelixShare,
      kind: 'percent',
      display: formatPercent(mix.quadrupleHelixShare),
      sentence: `${formatPercent(mix.quadrupleHelixShare)} of pairings involve all four helices (academia, business, government, civil society); on average a pairing covers ${formatPercent(mix.meanHelixCoverage)} of them.`,
    },
    {
      id: 'stakeholderMix.meanEvenness',
      label: 'Mean evenness',
      value: mix.meanEvenness,
      kind: 'ratio',
      display: formatRatio(mix.meanEvenness),
      sentence: `Participants are spread across the helices with a mean evenness of ${formatRatio(mix.meanEvenness)} (1 = perfectly even), from ${plural(s.organisations, 'organisation')} and ${plural(s.participants, 'participant')}.`,
    },
    {
      id: 'gcom.share',
      label: 'GCoM signatory share',
      value: g.share,
      kind: 'percent',
      display: formatPercent(g.share),
      sentence: `${partOf(g.signatories, g.entities, 'entity', 'entities')} (${formatPercent(g.share)}) are GCoM signatories; ${formatCount(g.joinedDuringPairing)} joined during a pairing and ${formatCount(g.actionPlans)} have a GCoM action plan.`,
    },
    {
      id: 'delivery.actionPlans',
      label: 'Adopted action plans',
      value: adopted,
      kind: 'count',
      display: formatCount(adopted),
      sentence: `${partOf(adopted, n, 'pairing')} (${formatPercent(adopted / n)}) have adopted an action plan and ${formatCount(d.actionPlans.drafting)} are drafting one; they report ${plural(d.pilotProjects, 'pilot project')} and ${plural(s.activities, 'activity', 'activities')}.`,
    },
    {
      id: 'delivery.medianDurationMonths',
      label: 'Median duration',
      value: d.medianDurationMonths,
      kind: 'months',
      display: d.medianDurationMonths === null ? 'n/a' : `${d.medianDurationMonths} months`,
      sentence:
        d.medianDurationMonths === null
          ? 'No pairing in scope has both a start and an end date, so no duration can be given.'
          : `The median pairing runs ${d.medianDurationMonths} months from start to end date.`,
    },
  ];
  return list;
}
