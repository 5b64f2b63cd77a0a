import type ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { RESULT_LEVELS } from '../../src-main/shared/domain.js';
import { headlines, resultHeadlines } from '../../src-main/shared/headlines.js';
import type { Indicators, MatrixCell } from '../../src-main/shared/indicators.js';
import { AS_OF_RULE, DEFINITIONS } from '../../src-main/shared/methodology.js';
import { type AchievementGroup, type OutcomeRow, RESULT_STATUSES, type ResultsTables, STATUS_KEYS, type TrackingRow } from '../../src-main/shared/results.js';
import { SDG_TARGETS } from '../../src-main/shared/sdg-targets.js';
import { block, rowsBelow, sheet } from './report-workbook.js';

const byKey = <T>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), r]));

/** A square matrix table: every cell equals the indicator's cell for that pair (blank = none). */
function expectMatrix(ws: ExcelJS.Worksheet, title: string, cells: MatrixCell[]): void {
  const rows = block(ws, title);
  const names = [...new Set(cells.flatMap((c) => [c.a, c.b]))].sort();
  expect(rows.length).toBe(names.length);
  const want = new Map<string, number>();
  for (const c of cells) {
    want.set(`${c.a}|${c.b}`, c.pairings);
    want.set(`${c.b}|${c.a}`, c.pairings);
  }
  let filled = 0;
  for (const row of rows) {
    const label = Object.values(row)[0] as string;
    for (const name of names) {
      expect(row[name] ?? null, `${title} ${label} / ${name}`).toBe(want.get(`${label}|${name}`) ?? null);
      if (row[name] !== null && row[name] !== undefined) filled += 1;
    }
  }
  expect(filled).toBe(want.size);
}

/**
 * Every indicator cell of the evaluation workbook against the indicators it was made from,
 * and the per-pairing and per-entity sheets against the indicators they explain.
 */
export function expectWorkbookMatches(wb: ExcelJS.Workbook, ind: Indicators): void {
  const n = ind.summary.pairings;
  const share = (part: number) => (n === 0 ? 0 : part / n);

  // Summary.
  const summary = sheet(wb, 'Summary');
  const counts = byKey(block(summary, 'Programme in numbers'), (r) => String(r.Figure));
  for (const d of DEFINITIONS.filter((x) => x.family === 'summary')) {
    expect(counts.get(d.label)?.Value, d.id).toBe(ind.summary[d.id.split('.')[1] as keyof Indicators['summary']]);
  }
  const keys = block(summary, 'Key figures');
  expect(keys.map((k) => [k['Key figure'], k.Value])).toEqual(headlines(ind).map((h) => [h.label, h.value]));

  // Regions.
  const regions = sheet(wb, 'Regions');
  expect(block(regions, 'Pairings by region')).toEqual(
    ind.pairingsByRegion.map((r) => ({ Region: r.region, Pairings: r.pairings, Entities: r.entities, 'Share of pairings': share(r.pairings) })),
  );
  expectMatrix(regions, 'Region-to-region matrix (pairings)', ind.regionMatrix);
  expectMatrix(regions, 'Country-to-country matrix (pairings, ISO alpha-2)', ind.countryMatrix);

  // Themes.
  const themes = sheet(wb, 'Themes');
  expect(block(themes, 'Pairings by theme')).toEqual(ind.themes.map((t) => ({ Theme: t.theme, Pairings: t.pairings, 'Share of pairings': share(t.pairings) })));
  expect(block(themes, 'Multi-theme share')[0]!.Value).toBe(ind.multiThemeShare);
  expect(block(themes, 'Theme overlap')).toEqual(ind.themeOverlap.map((o) => ({ 'Theme a': o.a, 'Theme b': o.b, 'Pairings with both': o.pairings, Jaccard: o.jaccard })));
  const overlapMatrix = block(themes, 'Theme overlap matrix (Jaccard)');
  for (const o of ind.themeOverlap) {
    expect(overlapMatrix.find((r) => Object.values(r)[0] === o.a)![o.b]).toBe(o.jaccard);
    expect(overlapMatrix.find((r) => Object.values(r)[0] === o.b)![o.a]).toBe(o.jaccard);
  }

  // Stakeholders.
  const mix = ind.stakeholderMix;
  const st = sheet(wb, 'Stakeholders');
  expect(block(st, 'Helix mix')).toEqual(mix.byHelix.map((h) => ({ Helix: h.helix, Organisations: h.organisations, Participants: h.participants, 'Share of participants': h.share })));
  expect(block(st, 'Coverage and evenness').map((r) => r.Value)).toEqual([mix.quadrupleHelixShare, mix.meanHelixCoverage, mix.meanEvenness]);
  const perPairing = rowsBelow(sheet(wb, 'Stakeholders by pairing'), 1);
  expect(perPairing.length).toBe(n);
  expect(perPairing.reduce((s, r) => s + Number(r.Participants), 0)).toBe(ind.summary.participants);
  expect(perPairing.reduce((s, r) => s + Number(r.Organisations), 0)).toBe(ind.summary.organisations);
  if (n > 0) {
    const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
    expect(round4(perPairing.filter((r) => r['All four helices'] === 'yes').length / n)).toBe(mix.quadrupleHelixShare);
    expect(round4(perPairing.reduce((s, r) => s + Number(r['Helix coverage']), 0) / n)).toBe(mix.meanHelixCoverage);
    const withStakeholders = perPairing.filter((r) => Number(r.Organisations) > 0);
    const meanEven = withStakeholders.reduce((s, r) => s + Number(r.Evenness), 0) / Math.max(1, withStakeholders.length);
    expect(Math.abs(meanEven - mix.meanEvenness)).toBeLessThan(1e-4);
  }

  // GCoM.
  const g = ind.gcom;
  const gcom = sheet(wb, 'GCoM');
  expect(block(gcom, 'GCoM signatories by region')).toEqual(g.byRegion.map((r) => ({ Region: r.region, Entities: r.entities, Signatories: r.signatories, Share: r.share })));
  expect(block(gcom, 'GCoM figures').map((r) => r.Value)).toEqual([g.entities, g.signatories, g.share, g.actionPlans, g.joinedDuringPairing]);
  const perEntity = rowsBelow(sheet(wb, 'GCoM by entity'), 1);
  expect(perEntity.length).toBe(g.entities);
  expect(perEntity.filter((r) => r['GCoM signatory'] === 'yes').length).toBe(g.signatories);
  expect(perEntity.filter((r) => r['GCoM signatory'] === 'yes' && r['GCoM action plan'] === 'yes').length).toBe(g.actionPlans);
  expect(perEntity.filter((r) => r['Joined during a pairing'] === 'yes').length).toBe(g.joinedDuringPairing);

  // Delivery.
  const d = ind.delivery;
  const delivery = sheet(wb, 'Delivery');
  expect(block(delivery, 'Action plans')).toEqual((['none', 'drafting', 'adopted'] as const).map((k) => ({ 'Action plan': k, Pairings: d.actionPlans[k], 'Share of pairings': share(d.actionPlans[k]) })));
  expect(block(delivery, 'Delivery figures').map((r) => r.Value)).toEqual([d.pilotProjects, d.medianDurationMonths]);
  expect(block(delivery, 'Activities by type')).toEqual(d.activitiesByType.map((a) => ({ 'Activity type': a.type, Activities: a.activities, Participants: a.participants })));
  const deliveryRows = rowsBelow(sheet(wb, 'Delivery by pairing'), 1);
  expect(deliveryRows.length).toBe(n);
  expect(deliveryRows.reduce((s, r) => s + Number(r['Pilot projects'] ?? 0), 0)).toBe(d.pilotProjects);
  expect(deliveryRows.reduce((s, r) => s + Number(r.Activities), 0)).toBe(ind.summary.activities);

  // Network.
  const net = ind.network;
  const network = sheet(wb, 'Network');
  expect(block(network, 'Network figures').map((r) => r.Value)).toEqual([net.multiPairingEntities, net.components, net.largestComponent]);
  if (net.hubs.length > 0) {
    expect(block(network, 'Hubs: entities in two or more pairings')).toEqual(net.hubs.map((h) => ({ Entity: h.entity, Name: h.name, Country: h.country, 'Pairings in scope': h.pairings })));
  }

  // Normalised data of the scope.
  expect(rowsBelow(sheet(wb, 'Data pairings'), 1).length).toBe(n);
  expect(rowsBelow(sheet(wb, 'Data entities'), 1).length).toBe(ind.summary.entities);
  expect(rowsBelow(sheet(wb, 'Data stakeholders'), 1).length).toBe(ind.summary.organisations);
  expect(rowsBelow(sheet(wb, 'Data activities'), 1).length).toBe(ind.summary.activities);
  expect(new Set(rowsBelow(sheet(wb, 'Data themes'), 1).map((r) => r.theme)).size).toBe(ind.summary.themes);

  // Methodology: every definition of indicators.md.
  const method = rowsBelow(sheet(wb, 'Methodology'), 1);
  for (const def of DEFINITIONS) expect(method.find((r) => r['Key in indicators --json'] === def.id)?.['How this is measured'], def.id).toBe(def.definition);
  expect(method.find((r) => r['Key in indicators --json'] === 'scope.asOf')?.['How this is measured']).toBe(AS_OF_RULE);
}

/** The tracking table row of the Results sheet an indicator should have (results-sheets.ts). */
function trackingCells(t: TrackingRow): Record<string, unknown> {
  return {
    Indicator: t.indicator_id, Pairing: t.pairing_id, Member: t.entity_id === null ? 'whole pairing' : t.entity_name, Level: t.level, Title: t.title, Unit: t.unit,
    Baseline: t.baseline, 'Target to date': t.target, 'Actual to date': t.actual, 'Achievement (%)': t.achievement, Status: t.status,
    Direction: t.direction, Accumulation: t.accumulation, Framework: t.framework_ref, 'SDG targets': t.sdg_targets,
  };
}

const groupCells = (g: AchievementGroup, label: string) => ({
  [label]: g.group, 'Indicators with an achievement': g.indicators, 'Median achievement (%)': g.medianAchievement, 'On track': g.onTrack, 'At risk': g.atRisk, 'Off track': g.offTrack,
});

/**
 * The Results, Outcomes and SDG targets sheets, the results key figures of the Summary and
 * the results Data sheets against the indicators, the Results view's detail and the outcome
 * explorer's rows of the same scope.
 */
export function expectResultsSheetsMatch(wb: ExcelJS.Workbook, ind: Indicators, detail: ResultsTables, outcomes: OutcomeRow[]): void {
  const r = ind.results;
  const results = sheet(wb, 'Results');
  expect(block(results, 'Results in numbers').map((row) => row.Value)).toEqual([
    r.indicators, r.onTrackShare, r.medianAchievement, r.completeness.due, r.completeness.reported, r.completeness.share,
    r.progress.compared, r.progress.improved, r.progress.meanChangePoints,
  ]);
  const levels = block(results, 'Indicators by level and status');
  expect(levels.map((row) => row.Level)).toEqual([...RESULT_LEVELS, 'All levels']);
  for (const row of levels.slice(0, 3)) {
    for (const status of RESULT_STATUSES) {
      const want = detail.byLevelStatus.find((c) => c.level === row.Level && c.status === status)?.indicators ?? 0;
      expect(row[status], `${String(row.Level)} ${status}`).toBe(want);
    }
    expect(row['All statuses']).toBe(r.byLevel.find((l) => l.level === row.Level)!.indicators);
  }
  expect(RESULT_STATUSES.map((s) => levels[3]![s])).toEqual(RESULT_STATUSES.map((s) => r.byStatus[STATUS_KEYS[s]]));
  expect(levels[3]!['All statuses']).toBe(r.indicators);
  expect(block(results, 'Achievement by theme')).toEqual(detail.byTheme.map((g) => groupCells(g, 'Theme')));
  expect(block(results, 'Achievement by region')).toEqual(detail.byRegion.map((g) => groupCells(g, 'Region')));
  expect(block(results, 'Results-framework totals')).toEqual(
    r.frameworkTotals.map((f) => ({
      'Framework reference': f.frameworkRef, Unit: f.unit === '' ? null : f.unit, Indicators: f.indicators, Pairings: f.pairings,
      Baseline: f.baseline, 'Actual to date': f.actual, 'Target to date': f.target,
    })),
  );
  expect(block(results, 'Indicator tracking table')).toEqual(detail.tracking.map(trackingCells));

  const o = ind.outcomes;
  const out = sheet(wb, 'Outcomes');
  expect(block(out, 'Outcomes in numbers').map((row) => row.Value)).toEqual([
    o.outcomes, o.pairingsWithOutcomes, o.pairingsWithOutcomesShare, o.twoWayShare, o.meanReciprocity, o.substantiatedShare, o.disputed, o.investmentEur,
  ]);
  expect(block(out, 'Outcomes by type and significance')).toEqual(o.byType.map((t) => ({ 'Change type': t.type, Outcomes: t.outcomes, 'High significance': t.high })));
  expect(block(out, 'Outcomes by actor helix')).toEqual(o.byHelix.map((h) => ({ 'Actor helix': h.helix, Outcomes: h.outcomes })));
  expect(block(out, 'Outcomes by year')).toEqual(o.byYear.map((y) => ({ Year: String(y.year), Outcomes: y.outcomes })));
  expect(block(out, 'Outcome list')).toEqual(
    outcomes.map((x) => ({
      Outcome: x.outcome_id, Pairing: x.pairing_id, 'Pairing title': x.pairing_title, Member: x.entity_id, 'Member name': x.entity_name, Date: x.date,
      Description: x.description, 'Change type': x.change_type, 'Actor helix': x.actor_helix, Significance: x.significance, Contribution: x.contribution,
      Evidence: x.evidence, Substantiation: x.substantiation, 'Amount (EUR)': x.amount_eur, 'SDG targets': x.sdg_targets, 'Result indicator': x.indicator_id,
    })),
  );

  const sdg = block(sheet(wb, 'SDG targets'), 'SDG targets named by result indicators and outcomes');
  expect(sdg).toEqual(
    r.sdgTargets.map((t) => ({
      Target: t.target, Goal: SDG_TARGETS.find((s) => s.target === t.target)!.goal, Title: SDG_TARGETS.find((s) => s.target === t.target)!.title,
      'Result indicators': t.indicators, Outcomes: t.outcomes, Pairings: t.pairings,
    })),
  );

  const keys = resultHeadlines(ind);
  if (keys.length > 0) expect(block(sheet(wb, 'Summary'), 'Results and outcomes').map((k) => [k['Key figure'], k.Value])).toEqual(keys.map((h) => [h.label, h.value]));
  expect(rowsBelow(sheet(wb, 'Data result_indicators'), 1).length).toBe(r.indicators);
  expect(rowsBelow(sheet(wb, 'Data outcomes'), 1).map((x) => x.outcome_id).sort()).toEqual(outcomes.map((x) => x.outcome_id).sort());
  const asOf = ind.scope.asOf;
  const values = rowsBelow(sheet(wb, 'Data result_values'), 1);
  if (asOf !== null) for (const v of values) expect(String(v.period_end) <= asOf, String(v.period_end)).toBe(true);
  const periods = detail.tracking.reduce((s, t) => s + t.series.length, 0);
  expect(values.length).toBe(periods);
}
