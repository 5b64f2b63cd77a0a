import { formatCount, formatPercent, formatRatio, partOf, plural } from './format.js';
import type { Indicators } from './indicators.js';

/** A key figure with the sentence that says what it means (Overview, workbook Summary, PDF executive summary). */
export interface Headline {
  /** Indicator id of methodology.ts. */
  id: string;
  label: string;
  /** The number as computed (ratios 0..1); null when it cannot be computed. */
  value: number | null;
  /** `points`: a value already in percent or percentage points (an achievement), not a 0..1 ratio. */
  kind: 'count' | 'ratio' | 'percent' | 'months' | 'points';
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

/** 73.7 -> "73.7", 90 -> "90": achievements are rounded to tenths already. */
function points(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1);
}

const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '\u2212' : ''}${points(Math.abs(value))}`;

/**
 * The key figures of results.md (on-track share, median achievement, completeness, progress,
 * outcomes, two-way share), each with one generated sentence; none when the scope has neither
 * result indicators nor outcomes. Ids start with `results.` or `outcomes.`, so a view can
 * take its own.
 */
export function resultHeadlines(ind: Indicators): Headline[] {
  const r = ind.results;
  const o = ind.outcomes;
  if (r.indicators === 0 && o.outcomes === 0) return [];
  const achieved = r.byStatus.onTrack + r.byStatus.atRisk + r.byStatus.offTrack;
  const { due, reported, share } = r.completeness;
  const { compared, improved, meanChangePoints } = r.progress;
  const topType = o.byType[0];
  const dueBy = ind.scope.asOf ? `due by ${ind.scope.asOf}` : 'due so far';
  return [
    {
      id: 'results.onTrackShare',
      label: 'On track',
      value: achieved === 0 ? null : r.onTrackShare,
      kind: 'percent',
      display: achieved === 0 ? 'n/a' : formatPercent(r.onTrackShare),
      sentence:
        r.indicators === 0
          ? 'No pairing in scope has result indicators.'
          : achieved === 0
            ? `None of the ${plural(r.indicators, 'result indicator')} has an achievement yet (it needs an actual, a target and, for a level indicator, a baseline).`
            : `${partOf(r.byStatus.onTrack, achieved, 'indicator')} with an achievement (${formatPercent(r.onTrackShare)}) are on track, ` +
              `${formatCount(r.byStatus.atRisk)} at risk and ${formatCount(r.byStatus.offTrack)} off track; ${plural(r.indicators, 'result indicator')} in all.`,
    },
    {
      id: 'results.medianAchievement',
      label: 'Median achievement',
      value: r.medianAchievement,
      kind: 'points',
      display: r.medianAchievement === null ? 'n/a' : `${points(r.medianAchievement)}%`,
      sentence:
        r.medianAchievement === null
          ? 'No indicator has an achievement to take a median of.'
          : `The median indicator has achieved ${points(r.medianAchievement)}% of the change it targets, over ${plural(achieved, 'indicator')} with an achievement.`,
    },
    {
      id: 'results.completeness',
      label: 'Reporting completeness',
      value: due === 0 ? null : share,
      kind: 'percent',
      display: due === 0 ? 'n/a' : formatPercent(share),
      sentence:
        due === 0
          ? `No target value is ${dueBy}, so completeness cannot be told.`
          : `${partOf(reported, due, 'target value')} ${dueBy} have an actual reported (${formatPercent(share)}).`,
    },
    {
      id: 'results.progress',
      label: 'Progress',
      value: meanChangePoints,
      kind: 'points',
      display: meanChangePoints === null ? 'n/a' : `${signed(meanChangePoints)} points`,
      sentence:
        meanChangePoints === null
          ? 'No indicator has two reporting periods with an achievement to compare yet.'
          : `${partOf(improved, compared, 'indicator')} compared with their previous reporting period improved; ` +
            `achievement changed by ${signed(meanChangePoints)} percentage points on average.`,
    },
    {
      id: 'outcomes.outcomes',
      label: 'Harvested outcomes',
      value: o.outcomes,
      kind: 'count',
      display: formatCount(o.outcomes),
      sentence:
        o.outcomes === 0
          ? 'No outcome has been harvested in this scope.'
          : `${plural(o.outcomes, 'outcome')} observed in ${partOf(o.pairingsWithOutcomes, ind.summary.pairings, 'pairing')} ` +
            `(${formatPercent(o.pairingsWithOutcomesShare)}); the most common change is ${topType!.type} (${formatCount(topType!.outcomes)}), ` +
            `and ${formatPercent(o.substantiatedShare)} are substantiated.`,
    },
    {
      id: 'outcomes.twoWayShare',
      label: 'Two-way share',
      value: o.pairingsWithOutcomes === 0 ? null : o.twoWayShare,
      kind: 'percent',
      display: o.pairingsWithOutcomes === 0 ? 'n/a' : formatPercent(o.twoWayShare),
      sentence:
        o.pairingsWithOutcomes === 0 || o.meanReciprocity === null
          ? 'No pairing has outcomes, so whether learning went both ways cannot be told.'
          : `In ${formatPercent(o.twoWayShare)} of the ${plural(o.pairingsWithOutcomes, 'pairing')} with outcomes every member changed; ` +
            `the mean reciprocity is ${formatRatio(o.meanReciprocity)} (1 = every member changed as much as the others).`,
    },
  ];
}
