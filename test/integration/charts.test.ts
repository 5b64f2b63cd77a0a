import { beforeAll, describe, expect, test } from 'vitest';
import { buildChart, buildCharts, type ChartDescriptor } from '../../src-main/shared/charts/index.js';
import { COUNTRY_MATRIX_LIMIT } from '../../src-main/shared/charts/regions.js';
import { headlines } from '../../src-main/shared/headlines.js';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { DEFINITIONS } from '../../src-main/shared/methodology.js';
import { REPO } from '../helpers/cli.js';
import { indicatorsOf } from '../helpers/programme.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;

type Bar = { type: string; name: string; data: number[]; label: { formatter?: (p: { dataIndex: number }) => string } };
type Heat = { type: string; data: Array<{ value: [number, number, number] }> };
const series = (c: ChartDescriptor) => c.option.series as unknown as Bar[];
const categories = (c: ChartDescriptor) => (c.option.yAxis as { data: string[] }).data;
const axisX = (c: ChartDescriptor) => (c.option.xAxis as { data: string[] }).data;

let ind: Indicators;
let empty: Indicators;
beforeAll(async () => {
  ind = await indicatorsOf([SAMPLE]);
  empty = await indicatorsOf([SAMPLE], { theme: ['no theme has this name'] });
});

describe('chart builders over the sample programme', () => {
  test('one chart per indicator, none empty, each explained by indicators.md', () => {
    const charts = buildCharts(ind);
    expect(charts.map((c) => c.id)).toEqual([
      'pairings-by-region', 'region-matrix', 'country-matrix', 'themes', 'theme-overlap', 'helix-mix', 'gcom-by-region', 'action-plans', 'activities-by-type',
    ]);
    const known = new Set(DEFINITIONS.map((d) => d.id));
    for (const c of charts) {
      expect(c.empty, c.id).toBe(false);
      expect(c.indicators.every((id) => known.has(id)), c.id).toBe(true);
      for (const id of c.indicators) expect(c.howMeasured).toContain(DEFINITIONS.find((d) => d.id === id)!.definition);
    }
  });

  test('pairings by region: bars are the indicator numbers, the title names the leading region', () => {
    const c = buildChart('pairings-by-region', ind);
    expect(categories(c)).toEqual(ind.pairingsByRegion.map((r) => r.region));
    expect(series(c)[0]!.data).toEqual(ind.pairingsByRegion.map((r) => r.pairings));
    const top = ind.pairingsByRegion[0]!;
    expect(c.title).toContain(top.region);
    expect(c.title).toContain(`${top.pairings} of ${ind.summary.pairings} pairings`);
  });

  test('region matrix: every non-zero cell drawn in both halves with its count, the title names the strongest cross-region link', () => {
    const c = buildChart('region-matrix', ind);
    const labels = axisX(c);
    const cells = (c.option.series as unknown as Heat[])[0]!.data.map((d) => d.value);
    for (const m of ind.regionMatrix) {
      const a = labels.indexOf(m.a);
      const b = labels.indexOf(m.b);
      expect(cells).toContainEqual([a, b, m.pairings]);
      expect(cells).toContainEqual([b, a, m.pairings]);
    }
    expect(cells.length).toBe(ind.regionMatrix.reduce((n, m) => n + (m.a === m.b ? 1 : 2), 0));
    const cross = ind.regionMatrix.find((m) => m.a !== m.b)!;
    expect(c.title).toContain(cross.a);
    expect(c.title).toContain(cross.b);
    expect(c.title).toContain(`${cross.pairings} of ${ind.summary.pairings}`);
  });

  test('country matrix: limited to the most connected countries, with every cell among them', () => {
    const c = buildChart('country-matrix', ind);
    const labels = axisX(c);
    expect(labels.length).toBeLessThanOrEqual(COUNTRY_MATRIX_LIMIT);
    const cells = (c.option.series as unknown as Heat[])[0]!.data.map((d) => d.value);
    const shown = ind.countryMatrix.filter((m) => labels.includes(m.a) && labels.includes(m.b));
    expect(cells.length).toBe(shown.reduce((n, m) => n + (m.a === m.b ? 1 : 2), 0));
    const cross = ind.countryMatrix.find((m) => m.a !== m.b)!;
    expect(c.title).toContain(`${cross.a}–${cross.b} (${cross.pairings} pairing`);
  });

  test('themes: bars equal the theme counts; the title names the top theme and the multi-theme share', () => {
    const c = buildChart('themes', ind);
    expect(series(c)[0]!.data).toEqual(ind.themes.map((t) => t.pairings));
    expect(c.title).toContain(ind.themes[0]!.theme);
    expect(c.title).toContain(`${Math.round(ind.multiThemeShare * 1000) / 10}%`);
  });

  test('theme overlap: cells are the Jaccard values of the indicator', () => {
    const c = buildChart('theme-overlap', ind);
    const labels = axisX(c);
    const cells = (c.option.series as unknown as Heat[])[0]!.data.map((d) => d.value);
    for (const o of ind.themeOverlap) expect(cells).toContainEqual([labels.indexOf(o.a), labels.indexOf(o.b), o.jaccard]);
    expect(c.title).toContain(ind.themeOverlap[0]!.a);
    expect(c.title).toContain(ind.themeOverlap[0]!.b);
  });

  test('helix mix: four bars of participants, labels carry the shares', () => {
    const c = buildChart('helix-mix', ind);
    const s = series(c)[0]!;
    expect(categories(c)).toEqual(ind.stakeholderMix.byHelix.map((h) => h.helix));
    expect(s.data).toEqual(ind.stakeholderMix.byHelix.map((h) => h.participants));
    const lead = [...ind.stakeholderMix.byHelix].sort((a, b) => b.participants - a.participants)[0]!;
    expect(c.title.toLowerCase()).toContain(lead.helix);
  });

  test('GCoM by region: signatories plus non-signatories make each region\'s entities', () => {
    const c = buildChart('gcom-by-region', ind);
    const [sig, rest] = series(c);
    expect(sig!.data).toEqual(ind.gcom.byRegion.map((r) => r.signatories));
    expect(sig!.data.map((v, i) => v + rest!.data[i]!)).toEqual(ind.gcom.byRegion.map((r) => r.entities));
    expect(c.title).toContain(`${ind.gcom.signatories} of ${ind.gcom.entities}`);
  });

  test('delivery: action plan states and activity types', () => {
    const plans = buildChart('action-plans', ind);
    const p = ind.delivery.actionPlans;
    expect(series(plans)[0]!.data).toEqual([p.none, p.drafting, p.adopted]);
    expect(plans.title).toContain(`${p.adopted} of ${ind.summary.pairings}`);
    const acts = buildChart('activities-by-type', ind);
    expect(series(acts)[0]!.data).toEqual(ind.delivery.activitiesByType.map((a) => a.activities));
    expect(acts.title.toLowerCase()).toContain(ind.delivery.activitiesByType[0]!.type);
  });

  test('print mode: static, no label halo, fixed size', () => {
    for (const c of buildCharts(ind, { mode: 'print' })) {
      expect(c.option.animation, c.id).toBe(false);
      for (const s of c.option.series as unknown as Array<{ label: { show: boolean; textBorderWidth?: number } }>) {
        if (s.label.show) expect(s.label.textBorderWidth, c.id).toBe(0);
      }
      expect(c.size.width).toBeGreaterThan(0);
    }
    for (const c of buildCharts(ind)) expect(c.option.animation).toBe(true);
  });

  test('headlines: one sentence per figure, with the figure in it', () => {
    const list = headlines(ind);
    const quad = list.find((h) => h.id === 'stakeholderMix.quadrupleHelixShare')!;
    expect(quad.value).toBe(ind.stakeholderMix.quadrupleHelixShare);
    expect(quad.sentence).toContain(quad.display);
    expect(list.find((h) => h.id === 'summary.pairings')!.sentence).toContain(`${ind.summary.pairings} pairings`);
  });
});

describe('an empty scope', () => {
  test('every chart is marked empty and says why', () => {
    expect(empty.summary.pairings).toBe(0);
    for (const c of buildCharts(empty, { mode: 'print' })) {
      expect(c.empty, c.id).toBe(true);
      expect(c.title, c.id).toMatch(/^No /);
      expect(c.option.series, c.id).toBeUndefined();
    }
    expect(headlines(empty)[0]!.sentence).toContain('No pairings');
  });
});

describe('imported text in tooltips', () => {
  test('names are escaped, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const doctored: Indicators = { ...ind, themes: [{ theme: hostile, pairings: 3 }, ...ind.themes] };
    const c = buildChart('themes', doctored);
    const formatter = (c.option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
