import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { Filters, Indicators } from '../../src-main/shared/indicators.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { importedProject, tempDir } from '../helpers/programme.js';

// Every expected number below is worked out by hand from test/fixtures/small-programme.ts.
// Regions come from UN M49: NL, GB, IT Europe; IN South Asia; CO Latin America & Caribbean;
// US North America; JP East Asia.
const EU = 'Europe';
const LAC = 'Latin America & Caribbean';
const NA = 'North America';
const SA = 'South Asia';
const BLUE = 'Blue and green infrastructure';
const CLIMATE = 'Climate change adaptation and mitigation';
const SOCIAL = 'Social inclusion and urban regeneration';

let project: Project;
const compute = (filters: Filters = {}): Promise<Indicators> => project.withConnection((c) => computeIndicators(c, filters));

beforeAll(async () => {
  project = await importedProject([await writeSmallProgramme(tempDir())]);
});
afterAll(() => project.close());

describe('without filters (all four pairings)', () => {
  let ind: Indicators;
  beforeAll(async () => {
    ind = await compute();
  });

  test('summary', () => {
    // Members E1-E7 (Kyoto, E8, is in no pairing). Countries NL IN CO GB US IT. Regions
    // Europe, South Asia, LAC, North America. Themes blue, climate, social, Innovation.
    // Stakeholders 8 rows, 10+10+10+10+5+3+2+6 = 56 participants. Activities 5 rows.
    expect(ind.summary).toEqual({
      pairings: 4, entities: 7, countries: 6, regions: 4, themes: 4, organisations: 8, participants: 56, activities: 5,
    });
  });

  test('pairings by region: counts, then region names in byte order on ties', () => {
    // Europe: P1 (E1), P2 (E5), P3 (E7), P4 (E1, E7) -> 4 pairings, 3 entities.
    expect(ind.pairingsByRegion).toEqual([
      { region: EU, pairings: 4, entities: 3 },
      { region: LAC, pairings: 1, entities: 2 },
      { region: NA, pairings: 1, entities: 1 },
      { region: SA, pairings: 1, entities: 1 },
    ]);
  });

  test('region matrix: pairs of distinct members, a <= b, a = b needs two members there', () => {
    // P1 Europe-South Asia; P2 Europe-LAC (twice, one pairing) and LAC-LAC (Cali, Medellín);
    // P3 Europe-North America; P4 Europe-Europe (Rotterdam, Bologna).
    expect(ind.regionMatrix).toEqual([
      { a: EU, b: EU, pairings: 1 },
      { a: EU, b: LAC, pairings: 1 },
      { a: EU, b: NA, pairings: 1 },
      { a: EU, b: SA, pairings: 1 },
      { a: LAC, b: LAC, pairings: 1 },
    ]);
  });

  test('country matrix', () => {
    expect(ind.countryMatrix).toEqual([
      { a: 'CO', b: 'CO', pairings: 1 },
      { a: 'CO', b: 'GB', pairings: 1 },
      { a: 'IN', b: 'NL', pairings: 1 },
      { a: 'IT', b: 'NL', pairings: 1 },
      { a: 'IT', b: 'US', pairings: 1 },
    ]);
  });

  test('themes match the catalogue whatever the case and spacing', () => {
    // "climate change  adaptation..." and "Climate Change Adaptation..." are the catalogue theme.
    expect(ind.themes).toEqual([
      { theme: CLIMATE, pairings: 3 },
      { theme: BLUE, pairings: 1 },
      { theme: 'Innovation', pairings: 1 },
      { theme: SOCIAL, pairings: 1 },
    ]);
  });

  test('theme overlap with Jaccard', () => {
    // Each pair shares one pairing; climate has 3, the other 1: 1 / (3 + 1 - 1) = 0.3333.
    expect(ind.themeOverlap).toEqual([
      { a: BLUE, b: CLIMATE, pairings: 1, jaccard: 0.3333 },
      { a: CLIMATE, b: 'Innovation', pairings: 1, jaccard: 0.3333 },
      { a: CLIMATE, b: SOCIAL, pairings: 1, jaccard: 0.3333 },
    ]);
    // P1-P3 have two themes each, P4 none: 3 / 3.
    expect(ind.multiThemeShare).toBe(1);
  });

  test('stakeholder mix: all four helix values, synonyms mapped, shares of participants', () => {
    // academia: university (10), academia (2); business: Business (10), SME (6);
    // government: municipality (10), government (5), public sector (3); civil society: NGO (10).
    expect(ind.stakeholderMix.byHelix).toEqual([
      { helix: 'government', organisations: 3, participants: 18, share: 0.3214 }, // 18/56
      { helix: 'academia', organisations: 2, participants: 12, share: 0.2143 }, // 12/56
      { helix: 'business', organisations: 2, participants: 16, share: 0.2857 }, // 16/56
      { helix: 'civil society', organisations: 1, participants: 10, share: 0.1786 }, // 10/56
    ]);
    // Only P1 covers all four: 1/4. Coverage (4/4 + 1/4 + 2/4 + 0) / 4 = 0.4375.
    expect(ind.stakeholderMix.quadrupleHelixShare).toBe(0.25);
    expect(ind.stakeholderMix.meanHelixCoverage).toBe(0.4375);
    // Evenness: P1 1 (equal), P2 0 (one helix), P3 p = 2/8, 6/8:
    // -(0.25 ln 0.25 + 0.75 ln 0.75) / ln 4 = 0.405639; P4 has no stakeholders and is left out.
    // (1 + 0 + 0.405639) / 3 = 0.468546 -> 0.4685.
    expect(ind.stakeholderMix.meanEvenness).toBe(0.4685);
  });

  test('GCoM: join dates on the window edges count, the day before does not', () => {
    // Members E1-E7; signatories E1, E2, E4, E5, E7 -> 5/7 = 0.7143; plans E1, E4.
    // Joined during: E1 (inside P1), E2 (P1's last day), E5 (P2's first day), E7 (after
    // P3's start, P3 open-ended); not E4 (one day before P2). P4 has no start: never counts.
    expect(ind.gcom).toEqual({
      entities: 7,
      signatories: 5,
      share: 0.7143,
      actionPlans: 2,
      joinedDuringPairing: 4,
      byRegion: [
        { region: EU, entities: 3, signatories: 3, share: 1 },
        { region: LAC, entities: 2, signatories: 1, share: 0.5 },
        { region: NA, entities: 1, signatories: 0, share: 0 },
        { region: SA, entities: 1, signatories: 1, share: 1 },
      ],
    });
  });

  test('delivery', () => {
    // Plans: P1 adopted, P2 drafting, P3 none, P4 blank. Pilots 2 + 1.
    // Durations with both dates: P1 2018-01 -> 2019-06 = 17, P2 2018-01 -> 2019-12 = 23; median 20.
    // Activities: study visit 12 + 8, webinar (blank = 0) + 30, workshop 20.
    expect(ind.delivery).toEqual({
      actionPlans: { none: 1, drafting: 1, adopted: 1 },
      pilotProjects: 3,
      activitiesByType: [
        { type: 'study visit', activities: 2, participants: 20 },
        { type: 'webinar', activities: 2, participants: 30 },
        { type: 'workshop', activities: 1, participants: 20 },
      ],
      medianDurationMonths: 20,
    });
  });

  test('scope is empty and there are no warnings', () => {
    expect(ind.scope).toEqual({ asOf: null });
    expect(ind.warnings).toEqual([]);
  });
});

describe('filters', () => {
  test('theme: the pairings having it, but their co-themes still counted', async () => {
    const ind = await compute({ theme: ['  climate change adaptation AND mitigation '] });
    expect(ind.summary.pairings).toBe(3); // P1-P3
    expect(ind.themes.map((t) => t.theme)).toEqual([CLIMATE, BLUE, 'Innovation', SOCIAL]);
    expect(ind.scope).toEqual({ asOf: null, theme: ['climate change adaptation AND mitigation'] });
    // Without P4 (no stakeholders) coverage is (1 + 0.25 + 0.5) / 3 = 0.5833.
    expect(ind.stakeholderMix.meanHelixCoverage).toBe(0.5833);
    expect(ind.stakeholderMix.quadrupleHelixShare).toBe(0.3333);
  });

  test('region: pairings with a member there keep their other members', async () => {
    const ind = await compute({ region: ['latin america & caribbean'] });
    // P2 only: Belfast (Europe) stays in scope.
    expect(ind.summary).toMatchObject({ pairings: 1, entities: 3, countries: 2, regions: 2 });
    expect(ind.pairingsByRegion).toEqual([
      { region: EU, pairings: 1, entities: 1 },
      { region: LAC, pairings: 1, entities: 2 },
    ]);
    // Evenness of P2 alone is 0 (one helix): a real zero, not a missing value.
    expect(ind.stakeholderMix.meanEvenness).toBe(0);
    expect(ind.delivery.medianDurationMonths).toBe(23);
  });

  test('from / to on the start date, inclusive; pairings without a start are out', async () => {
    expect((await compute({ from: '2018-07-01' })).summary.pairings).toBe(1); // P3
    expect((await compute({ to: '2018-01-01' })).summary.pairings).toBe(2); // P1, P2
    const both = await compute({ from: '2018-01-02', to: '2018-06-30' });
    expect(both.summary.pairings).toBe(0);
  });

  test('values OR-ed within a filter, filters AND-ed', async () => {
    expect((await compute({ programme: ['IURC', 'nothing'] })).summary.pairings).toBe(1);
    expect((await compute({ programme: ['iuc', 'iurc'] })).summary.pairings).toBe(4);
    expect((await compute({ programme: ['IUC'], status: ['COMPLETED'] })).summary.pairings).toBe(2);
    expect((await compute({ component: ['region-to-region'] })).summary).toMatchObject({ pairings: 1, entities: 2 });
  });

  test('P3 alone: evenness of a two-helix pairing', async () => {
    const ind = await compute({ programme: ['IURC'] });
    expect(ind.stakeholderMix.meanEvenness).toBe(0.4056);
    expect(ind.stakeholderMix.meanHelixCoverage).toBe(0.5);
    expect(ind.delivery.medianDurationMonths).toBeNull(); // no end date
    expect(ind.gcom).toMatchObject({ entities: 2, signatories: 1, share: 0.5, joinedDuringPairing: 1 });
  });

  test('an empty scope gives zeros, empty lists and all four helix rows', async () => {
    const ind = await compute({ status: ['planned'], theme: [CLIMATE] }); // P4 has no theme
    expect(ind.summary).toEqual({ pairings: 0, entities: 0, countries: 0, regions: 0, themes: 0, organisations: 0, participants: 0, activities: 0 });
    expect(ind.pairingsByRegion).toEqual([]);
    expect(ind.regionMatrix).toEqual([]);
    expect(ind.themes).toEqual([]);
    expect(ind.themeOverlap).toEqual([]);
    expect(ind.multiThemeShare).toBe(0);
    expect(ind.stakeholderMix).toEqual({
      byHelix: [
        { helix: 'academia', organisations: 0, participants: 0, share: 0 },
        { helix: 'business', organisations: 0, participants: 0, share: 0 },
        { helix: 'civil society', organisations: 0, participants: 0, share: 0 },
        { helix: 'government', organisations: 0, participants: 0, share: 0 },
      ],
      quadrupleHelixShare: 0,
      meanHelixCoverage: 0,
      meanEvenness: 0,
    });
    expect(ind.gcom).toEqual({ entities: 0, signatories: 0, share: 0, actionPlans: 0, joinedDuringPairing: 0, byRegion: [] });
    expect(ind.delivery).toEqual({ actionPlans: { none: 0, drafting: 0, adopted: 0 }, pilotProjects: 0, activitiesByType: [], medianDurationMonths: null });
  });

  test('a bad date filter is refused with a sentence', async () => {
    await expect(compute({ from: '31/02/2019' })).rejects.toThrow(/--from "31\/02\/2019" is not a date/);
    await expect(compute({ to: '2019-02-31' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  test('concurrent computations with different filters do not see each other', async () => {
    const filters: Filters[] = [{}, { programme: ['IURC'] }, { region: [LAC] }, { status: ['planned'] }];
    const expected = [4, 1, 1, 1];
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => compute(filters[i % 4])));
    expect(results.map((r) => r.summary.pairings)).toEqual(Array.from({ length: 24 }, (_, i) => expected[i % 4]));
  });
});
