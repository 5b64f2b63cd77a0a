import { type Translator, translator } from './i18n/index.js';
import type { DashboardIndicators } from './indicators.js';
import { localFormats } from './local-format.js';

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

const english = translator('en');

/** The headline figures of one result, each with one generated sentence, in a language (English by default). */
export function headlines(ind: DashboardIndicators, t: Translator = english): Headline[] {
  const f = localFormats(t);
  const s = ind.summary;
  const mix = ind.stakeholderMix;
  const g = ind.gcom;
  const d = ind.delivery;
  const n = s.pairings;
  if (n === 0) {
    return [{ id: 'summary.pairings', label: t.t('headline.label.pairings'), value: 0, kind: 'count', display: f.count(0), sentence: t.t('headline.empty') }];
  }
  const topRegion = ind.pairingsByRegion[0];
  const cross = ind.regionMatrix.find((c) => c.a !== c.b);
  const topTheme = ind.themes[0];
  const adopted = d.actionPlans.adopted;
  const months = d.medianDurationMonths;
  const list: Headline[] = [
    {
      id: 'summary.pairings',
      label: t.t('headline.label.pairings'),
      value: n,
      kind: 'count',
      display: f.count(n),
      sentence:
        t.t('headline.pairings', { pairings: n, entities: s.entities, countries: s.countries, regions: s.regions }) +
        (cross
          ? t.t('headline.pairings.cross', { a: t.label('region', cross.a), b: t.label('region', cross.b), part: cross.pairings, whole: n })
          : topRegion
            ? t.t('headline.pairings.allIn', { region: t.label('region', topRegion.region) })
            : t.t('headline.pairings.end')),
    },
    {
      id: 'summary.themes',
      label: t.t('headline.label.themes'),
      value: s.themes,
      kind: 'count',
      display: f.count(s.themes),
      sentence: topTheme
        ? t.t('headline.themes', { themes: s.themes, top: t.label('theme', topTheme.theme), part: topTheme.pairings, whole: n, multi: f.percent(ind.multiThemeShare) })
        : t.t('headline.themes.none'),
    },
    {
      id: 'stakeholderMix.quadrupleHelixShare',
      label: t.t('headline.label.quadrupleHelixShare'),
      value: mix.quadrupleHelixShare,
      kind: 'percent',
      display: f.percent(mix.quadrupleHelixShare),
      sentence: t.t('headline.quadrupleHelix', { share: f.percent(mix.quadrupleHelixShare), coverage: f.percent(mix.meanHelixCoverage) }),
    },
    {
      id: 'stakeholderMix.meanEvenness',
      label: t.t('headline.label.meanEvenness'),
      value: mix.meanEvenness,
      kind: 'ratio',
      display: f.ratio(mix.meanEvenness),
      sentence: t.t('headline.evenness', { evenness: f.ratio(mix.meanEvenness), organisations: s.organisations, participants: s.participants }),
    },
    {
      id: 'gcom.share',
      label: t.t('headline.label.gcomShare'),
      value: g.share,
      kind: 'percent',
      display: f.percent(g.share),
      sentence: t.t('headline.gcom', { signatories: g.signatories, entities: g.entities, share: f.percent(g.share), joined: g.joinedDuringPairing, plans: g.actionPlans }),
    },
    {
      id: 'delivery.actionPlans',
      label: t.t('headline.label.actionPlans'),
      value: adopted,
      kind: 'count',
      display: f.count(adopted),
      sentence: t.t('headline.actionPlans', {
        adopted,
        pairings: n,
        share: f.percent(adopted / n),
        drafting: d.actionPlans.drafting,
        pilots: d.pilotProjects,
        activities: s.activities,
      }),
    },
    {
      id: 'delivery.medianDurationMonths',
      label: t.t('headline.label.medianDuration'),
      value: months,
      kind: 'months',
      display: months === null ? t.t('headline.na') : t.t('headline.duration.display', { months }),
      sentence: months === null ? t.t('headline.duration.none') : t.t('headline.duration', { months }),
    },
  ];
  return list;
}

/**
 * The key figures of results.md (on-track share, median achievement, completeness, progress,
 * outcomes, two-way share), each with one generated sentence; none when the scope has neither
 * result indicators nor outcomes. Ids start with `results.` or `outcomes.`, so a view can
 * take its own.
 */
export function resultHeadlines(ind: DashboardIndicators, t: Translator = english): Headline[] {
  const f = localFormats(t);
  const na = t.t('headline.na');
  const r = ind.results;
  const o = ind.outcomes;
  if (r.indicators === 0 && o.outcomes === 0) return [];
  const achieved = r.byStatus.onTrack + r.byStatus.atRisk + r.byStatus.offTrack;
  const { due, reported, share } = r.completeness;
  const { compared, improved, meanChangePoints } = r.progress;
  const topType = o.byType[0];
  const asOf = ind.scope.asOf;
  const date = asOf ? t.date(asOf) : '';
  return [
    {
      id: 'results.onTrackShare',
      label: t.t('headline.label.onTrack'),
      value: achieved === 0 ? null : r.onTrackShare,
      kind: 'percent',
      display: achieved === 0 ? na : f.percent(r.onTrackShare),
      sentence:
        r.indicators === 0
          ? t.t('headline.onTrack.noIndicators')
          : achieved === 0
            ? t.t('headline.onTrack.noAchievement', { indicators: r.indicators })
            : t.t('headline.onTrack', {
                onTrack: r.byStatus.onTrack,
                achieved,
                share: f.percent(r.onTrackShare),
                atRisk: r.byStatus.atRisk,
                offTrack: r.byStatus.offTrack,
                indicators: r.indicators,
              }),
    },
    {
      id: 'results.medianAchievement',
      label: t.t('headline.label.medianAchievement'),
      value: r.medianAchievement,
      kind: 'points',
      display: r.medianAchievement === null ? na : f.points(r.medianAchievement),
      sentence:
        r.medianAchievement === null
          ? t.t('headline.median.none')
          : t.t('headline.median', { median: f.points(r.medianAchievement), achieved }),
    },
    {
      id: 'results.completeness',
      label: t.t('headline.label.completeness'),
      value: due === 0 ? null : share,
      kind: 'percent',
      display: due === 0 ? na : f.percent(share),
      sentence:
        due === 0
          ? asOf
            ? t.t('headline.completeness.noneAsOf', { date })
            : t.t('headline.completeness.none')
          : t.t(asOf ? 'headline.completeness.asOf' : 'headline.completeness', { reported, due, date, share: f.percent(share) }),
    },
    {
      id: 'results.progress',
      label: t.t('headline.label.progress'),
      value: meanChangePoints,
      kind: 'points',
      display: meanChangePoints === null ? na : t.t('headline.progress.display', { change: f.signed(meanChangePoints) }),
      sentence:
        meanChangePoints === null
          ? t.t('headline.progress.none')
          : t.t('headline.progress', { improved, compared, change: f.signed(meanChangePoints) }),
    },
    {
      id: 'outcomes.outcomes',
      label: t.t('headline.label.outcomes'),
      value: o.outcomes,
      kind: 'count',
      display: f.count(o.outcomes),
      sentence:
        o.outcomes === 0
          ? t.t('headline.outcomes.none')
          : t.t('headline.outcomes', {
              outcomes: o.outcomes,
              withOutcomes: o.pairingsWithOutcomes,
              pairings: ind.summary.pairings,
              share: f.percent(o.pairingsWithOutcomesShare),
              type: t.label('changeType', topType!.type),
              typeCount: topType!.outcomes,
              substantiated: f.percent(o.substantiatedShare),
            }),
    },
    {
      id: 'outcomes.twoWayShare',
      label: t.t('headline.label.twoWayShare'),
      value: o.pairingsWithOutcomes === 0 ? null : o.twoWayShare,
      kind: 'percent',
      display: o.pairingsWithOutcomes === 0 ? na : f.percent(o.twoWayShare),
      sentence:
        o.pairingsWithOutcomes === 0 || o.meanReciprocity === null
          ? t.t('headline.twoWay.none')
          : t.t('headline.twoWay', { share: f.percent(o.twoWayShare), pairings: o.pairingsWithOutcomes, reciprocity: f.ratio(o.meanReciprocity) }),
    },
  ];
}
