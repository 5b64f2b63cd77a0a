import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { iatiCodelistsModule } from '../../scripts/build-iati-codelists.js';
import { buildActivities } from '../../src-main/core/export/iati/activities.js';
import { SECTOR } from '../../src-main/core/export/iati/codelists.js';
import { THEME_SECTORS } from '../../src-main/core/export/iati/codes.js';
import type { IatiData, IatiIndicator, IatiPairing } from '../../src-main/core/export/iati/iati-data.js';
import { claimIdentifier, identifierPart } from '../../src-main/core/export/iati/identifiers.js';
import type { IatiActivity, IatiProblem } from '../../src-main/core/export/iati/model.js';
import { decimalText } from '../../src-main/core/export/iati/numbers.js';
import { CHECKED_RULES, checkActivities, checkReportingOrg } from '../../src-main/core/export/iati/rules.js';
import { equalShares, percentText, weightedShares } from '../../src-main/core/export/iati/shares.js';
import { translator } from '../../src-main/shared/i18n/index.js';
import { issueMessage } from '../../src-main/shared/issues.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const ORG = { ref: 'XI-IATI-EC_INTPA', type: '15', name: 'European Commission' };
const TODAY = '2024-06-30';

describe('percentages: rounded to 2 decimals, the last taking the remainder, summing to exactly 100', () => {
  test('three shares: 33.33, 33.33, 33.34', () => {
    expect(equalShares(['a', 'b', 'c']).map((s) => percentText(s.hundredths))).toEqual(['33.33', '33.33', '33.34']);
  });

  test('seven shares: 14.29 six times (100/7 = 14.2857...), then 100 - 6 x 14.29 = 14.26', () => {
    const shares = equalShares([1, 2, 3, 4, 5, 6, 7]);
    expect(shares.map((s) => percentText(s.hundredths))).toEqual(['14.29', '14.29', '14.29', '14.29', '14.29', '14.29', '14.26']);
    expect(shares.reduce((n, s) => n + s.hundredths, 0)).toBe(10_000);
  });

  test('one share is 100, two are 50 and 50, written without trailing zeros', () => {
    expect(equalShares(['x']).map((s) => percentText(s.hundredths))).toEqual(['100']);
    expect(equalShares(['x', 'y']).map((s) => percentText(s.hundredths))).toEqual(['50', '50']);
    expect(percentText(3050)).toBe('30.5');
    expect(percentText(7)).toBe('0.07');
  });

  test('weighted shares never leave the last one below 0: when rounding to nearest would, all but the last round down', () => {
    // 33.335 %, 33.335 %, 33.325 %, 0.005 %: to nearest, 33.34 + 33.34 + 33.33 leave -0.01 for the last.
    const shares = weightedShares([6667, 6667, 6665, 1].map((weight, key) => ({ key, weight })));
    expect(shares.map((s) => s.hundredths)).toEqual([3333, 3333, 3332, 2]);
    // Otherwise to nearest: 50.004 % and 49.996 % are 50 and 50.
    expect(weightedShares([{ key: 'a', weight: 50.004 }, { key: 'b', weight: 49.996 }]).map((s) => s.hundredths)).toEqual([5000, 5000]);
  });
});

describe('identifiers', () => {
  test('spaces, slashes, ampersands, pipes and question marks become "-"', () => {
    expect(identifierPart(' P 1/A&B ')).toBe('P-1-A-B');
    expect(identifierPart('IUC / Phase 2 & more?')).toBe('IUC-Phase-2-more-');
    expect(identifierPart('a|b')).toBe('a-b');
  });

  test('an identifier already in the file gets -2, -3', () => {
    const used = new Set<string>(['X-P-1']);
    expect(claimIdentifier(used, 'X-P-1')).toBe('X-P-1-2');
    expect(claimIdentifier(used, 'X-P-1')).toBe('X-P-1-3');
  });

  test('numbers as plain decimals, never an exponent', () => {
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(decimalText(-0)).toBe('0');
    expect(decimalText(-12.25)).toBe('-12.25');
  });
});

describe('the reporting organisation', () => {
  test('a registered prefix passes; none, a withdrawn one, spaces or a slash are errors naming the ref', () => {
    expect(checkReportingOrg(ORG)).toEqual([]);
    expect(checkReportingOrg({ ...ORG, ref: 'XM-DAC-41114' })).toEqual([]);
    expect(checkReportingOrg({ ...ORG, ref: 'ZZ-NOPE-1' })[0]).toMatchObject({ severity: 'error', rule: '1.14.8', message: expect.stringMatching(/"ZZ-NOPE-1" does not start with a registered prefix/) });
    expect(checkReportingOrg({ ...ORG, ref: 'BE-GTCF-123' })[0]!.message).toMatch(/BE-GTCF, a registration agency IATI has withdrawn/);
    expect(checkReportingOrg({ ...ORG, ref: 'XI-IATI EC' })[0]!.rule).toBe('1.14.1');
    expect(checkReportingOrg({ ...ORG, ref: 'XI-IATI-EC/INTPA' })[0]!.rule).toBe('1.14.13');
    expect(checkReportingOrg({ ...ORG, type: '12' })[0]!.message).toMatch(/type "12" is not an OrganisationType code/);
    expect(checkReportingOrg({ ...ORG, name: ' ' })[0]!.message).toMatch(/name is empty/);
  });
});

const pairing = (over: Partial<IatiPairing> = {}): IatiPairing => ({ pairing_id: 'P1', title: 'Rotterdam - Surat', programme: 'IUC', start_date: '2019-01-01', end_date: '2020-12-31', status: 'completed', ...over });
const indicator = (over: Partial<IatiIndicator> = {}): IatiIndicator => ({
  indicator_id: 'I1', pairing_id: 'P1', level: 'output', title: 'Staff trained', unit: 'people', measure: 'number', direction: 'increase',
  accumulation: 'level', baseline: 5, baseline_date: null, framework_ref: null, sdg_targets: null, ...over,
});

function build(data: Partial<IatiData>): { activities: IatiActivity[]; problems: IatiProblem[] } {
  const problems: IatiProblem[] = [];
  const full: IatiData = {
    pairings: [pairing()],
    members: [
      { pairing_id: 'P1', entity_id: 'E1', name: 'Rotterdam', country: 'NL', kind: 'city', region: 'Europe' },
      { pairing_id: 'P1', entity_id: 'E2', name: 'Surat', country: 'IN', kind: 'city', region: 'South Asia' },
    ],
    themes: [], indicators: [], values: [], outcomes: [], importedAt: '2024-01-01T00:00:00Z',
    ...data,
  };
  return { activities: buildActivities(full, ORG, TODAY, problems), problems };
}

const child = (activities: IatiActivity[]) => activities.find((a) => a.hierarchy === 2)!;

describe('dates: never an actual date in the future', () => {
  test('a start in the past is actual, in the future planned; a completed pairing\'s past end is actual', () => {
    expect(child(build({}).activities).dates).toEqual([{ type: '2', isoDate: '2019-01-01' }, { type: '4', isoDate: '2020-12-31' }]);
    const future = build({ pairings: [pairing({ start_date: '2025-01-01', end_date: '2026-12-31', status: 'planned' })] });
    expect(child(future.activities).dates).toEqual([{ type: '1', isoDate: '2025-01-01' }, { type: '3', isoDate: '2026-12-31' }]);
    expect(future.problems).toEqual([]);
  });

  test('a completed pairing ending in the future: a planned end, and a warning naming the pairing', () => {
    const { activities, problems } = build({ pairings: [pairing({ end_date: '2024-07-01' })] });
    expect(child(activities).dates).toEqual([{ type: '2', isoDate: '2019-01-01' }, { type: '3', isoDate: '2024-07-01' }]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', rule: '11.1.5', message: expect.stringMatching(/^pairing P1 \("Rotterdam - Surat"\) is completed but ends in the future \(2024-07-01\)/) })]);
  });

  test('a pairing ending before it starts loses its end, with a warning', () => {
    const { activities, problems } = build({ pairings: [pairing({ end_date: '2018-01-01' })] });
    expect(child(activities).dates).toEqual([{ type: '2', isoDate: '2019-01-01' }]);
    expect(problems[0]!.message).toMatch(/pairing P1 .* ends \(2018-01-01\) before it starts \(2019-01-01\)/);
  });

  test('a programme whose pairings have no start date is an error naming it', () => {
    const { problems } = build({ pairings: [pairing({ start_date: null })] });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', rule: '6.11.1', message: expect.stringMatching(/^programme IUC: none of its 1 pairing\(s\) in scope has a start date/) }));
  });
});

describe('qualitative versus numeric measures', () => {
  const values = [
    { indicator_id: 'I1', period_start: '2019-01-01', period_end: '2019-12-31', target: 10, actual: 8, comment: 'Late' },
    { indicator_id: 'I1', period_start: '2020-01-01', period_end: '2020-12-31', target: 12, actual: null, comment: 'Not reported' },
    { indicator_id: 'I1', period_start: '2021-01-01', period_end: '2021-12-31', target: null, actual: null, comment: 'Lost' },
  ];

  test('numeric: values on target and actual, the comment on the actual, else the target, else left out with a warning', () => {
    const { activities, problems } = build({ indicators: [indicator()], values });
    const r = child(activities).results[0]!;
    expect(r).toMatchObject({ type: '1', aggregationStatus: false, title: 'Staff trained (people)' });
    expect(r.indicator).toMatchObject({ measure: '1', ascending: true, baseline: { year: 2019, isoDate: null, value: '5' } });
    expect(r.indicator.periods.map((p) => [p.targets, p.actuals])).toEqual([
      [[{ value: '10', comment: null }], [{ value: '8', comment: 'Late' }]],
      [[{ value: '12', comment: 'Not reported' }], []],
      [[], []],
    ]);
    expect(problems.map((p) => p.rule)).toEqual(['8.10.1']);
    expect(checkActivities(activities, ORG, TODAY, '2024-01-01T00:00:00Z')).toEqual([]);
  });

  test('qualitative: no value anywhere, no baseline, the comment only; percentage measure 2, decrease not ascending', () => {
    const { activities } = build({
      indicators: [indicator({ measure: 'qualitative', unit: null, baseline: 3 }), indicator({ indicator_id: 'I2', measure: 'percentage', unit: '%', direction: 'decrease', accumulation: 'incremental' })],
      values: [...values.slice(0, 1), { indicator_id: 'I2', period_start: '2019-01-01', period_end: '2019-12-31', target: 40, actual: 45.5, comment: null }],
    });
    const [q, pct] = child(activities).results;
    expect(q!.indicator).toMatchObject({ measure: '5', ascending: null, baseline: null });
    expect(q!.indicator.periods[0]).toMatchObject({ targets: [], actuals: [{ value: null, comment: 'Late' }] });
    expect(pct).toMatchObject({ aggregationStatus: true, indicator: { measure: '2', ascending: false, title: 'Staff trained (%)' } });
    expect(pct!.indicator.periods[0]!.actuals).toEqual([{ value: '45.5', comment: null }]);
    expect(checkActivities(activities, ORG, TODAY, '2024-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('what the mapping mends, saying so', () => {
  test('a unit already in the title is not repeated', () => {
    const { activities } = build({ indicators: [indicator({ title: 'CO2 avoided (tCO2e/year)', unit: 'tCO2e/year' })] });
    expect(child(activities).results[0]!.title).toBe('CO2 avoided (tCO2e/year)');
  });

  test('a country outside IATI\'s Country codelist is left out of the recipient countries, with a warning', () => {
    const { activities, problems } = build({
      members: [
        { pairing_id: 'P1', entity_id: 'E1', name: 'Rotterdam', country: 'NL', kind: 'city', region: 'Europe' },
        { pairing_id: 'P1', entity_id: 'E2', name: 'Somewhere', country: 'XX', kind: 'city', region: 'Africa' },
        { pairing_id: 'P1', entity_id: 'E3', name: 'Cali', country: 'CO', kind: 'consortium', region: 'Latin America & Caribbean' },
      ],
    });
    expect(child(activities).recipientCountries).toEqual([{ code: 'CO', hundredths: 10_000 }]);
    expect(child(activities).participatingOrgs.map((o) => o.type)).toEqual(['11', '11', null]);
    expect(problems.map((p) => p.message)).toEqual(['pairing P1 ("Rotterdam - Surat"): country "XX" is not in IATI\'s Country codelist, so it is left out of the recipient countries.']);
  });

  test('a pairing without members has the reporting org as its participating org, with a warning', () => {
    const { activities, problems } = build({ members: [] });
    expect(child(activities).participatingOrgs).toEqual([{ ref: ORG.ref, type: ORG.type, role: '1', name: ORG.name }]);
    expect(problems[0]!.message).toMatch(/^pairing P1 \("Rotterdam - Surat"\) has no members/);
    expect(checkActivities(activities, ORG, TODAY, '2024-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('the checks Twinlens runs before writing catch what would fail', () => {
  const { activities } = build({ indicators: [indicator()], values: [{ indicator_id: 'I1', period_start: '2019-01-01', period_end: '2019-12-31', target: 10, actual: 8, comment: null }] });
  const broken = (mutate: (a: IatiActivity) => void) => {
    const copy = structuredClone(activities);
    mutate(copy.find((a) => a.hierarchy === 2)!);
    return checkActivities(copy, ORG, TODAY, '2024-01-01T00:00:00Z').map((p) => p.rule);
  };

  test('each broken rule is named', () => {
    expect(broken(() => undefined)).toEqual([]);
    expect(broken((a) => (a.sectors = [{ code: '43030', hundredths: 5000 }, { code: '14050', hundredths: 4999 }]))).toEqual(['2.1.2']);
    expect(broken((a) => (a.sectors = [{ code: '43030', hundredths: 9000 }]))).toEqual(['2.1.4']);
    expect(broken((a) => (a.sectors = []))).toEqual(['6.2.2']);
    expect(broken((a) => (a.recipientCountries = [{ code: 'IN', hundredths: 10_001 }, { code: 'CN', hundredths: -1 }]))).toEqual(['12.1.1', '12.1.1']);
    expect(broken((a) => (a.dates = [{ type: '2', isoDate: '2025-01-01' }]))).toEqual(['11.1.4']);
    expect(broken((a) => (a.dates = [{ type: '2', isoDate: '2019-01-01' }, { type: '4', isoDate: '2024-07-01' }]))).toEqual(['11.1.5']);
    expect(broken((a) => (a.dates = [{ type: '3', isoDate: '2019-01-01' }]))).toEqual(['6.11.1']);
    expect(broken((a) => (a.identifier = `${ORG.ref}-P/1`))).toEqual(['1.3.13']);
    expect(broken((a) => (a.identifier = 'OTHER-P1'))).toEqual(['1.1.21']);
    expect(broken((a) => (a.results[0]!.indicator.periods[0]!.actuals = [{ value: null, comment: 'x' }]))).toEqual(['8.10.1']);
    expect(broken((a) => (a.results[0]!.indicator.periods[0]!.targets = [{ value: '1e3', comment: null }]))).toEqual(['8.9.2']);
    expect(broken((a) => (a.results[0]!.indicator.measure = '5'))).toEqual(['8.8.3', '8.9.3', '8.10.3']);
    expect(broken((a) => (a.results[0]!.indicator.periods[0]!.end = '2018-12-31'))).toEqual(['8.6.1']);
    expect(broken((a) => (a.sectors = [{ code: '99999', hundredths: 10_000 }]))).toEqual([null]);
    expect(broken((a) => (a.identifier = activities[0]!.identifier))).toEqual([null]);
  });

  test('each problem is a catalogue sentence: its English is the message the CLI prints, French and Spanish say it otherwise, naming the same activity and values', () => {
    const problems = [
      ...checkReportingOrg({ ref: 'XX 1', type: '99', name: ' ' }),
      ...checkReportingOrg({ ref: 'NOPREFIX', type: '15', name: 'Org' }),
      ...[
        (a: IatiActivity) => (a.sectors = [{ code: '43030', hundredths: 5000 }, { code: '14050', hundredths: 4999 }]),
        (a: IatiActivity) => (a.recipientCountries = [{ code: 'IN', hundredths: 10_001 }]),
        (a: IatiActivity) => (a.dates = [{ type: '2', isoDate: '2025-01-01' }]),
        (a: IatiActivity) => (a.identifier = `${ORG.ref}-P/1`),
        (a: IatiActivity) => (a.results[0]!.indicator.periods[0]!.targets = [{ value: '1e3', comment: null }]),
        (a: IatiActivity) => (a.results[0]!.indicator.measure = '5'),
      ].flatMap((mutate) => {
        const copy = structuredClone(activities);
        mutate(copy.find((a) => a.hierarchy === 2)!);
        return checkActivities(copy, ORG, TODAY, '2024-01-01T00:00:00Z');
      }),
      ...build({ pairings: [pairing({ end_date: '2024-07-01' })] }).problems,
      ...build({ pairings: [pairing({ start_date: null })] }).problems,
    ];
    expect(problems.length).toBeGreaterThanOrEqual(12);
    for (const problem of problems) {
      expect(problem.key).toMatch(/^issue\.iati\./);
      expect(issueMessage(translator('en'), problem)).toBe(problem.message);
      for (const language of ['fr', 'es'] as const) {
        const said = issueMessage(translator(language), problem);
        expect(said, `${language}: ${problem.message}`).not.toBe(problem.message);
        if (problem.subject && problem.subject !== 'reporting organisation') expect(said).toContain(problem.subject);
      }
    }
    const sum = problems.find((p) => p.rule === '2.1.2')!;
    expect(issueMessage(translator('fr'), sum)).toMatch(/ : les pourcentages de ses secteurs totalisent 99,99, et non 100\.$/);
    expect(issueMessage(translator('es'), sum)).toMatch(/: los porcentajes de sus sectores suman 99,99, no 100\.$/);
  });
});

test('every rule Twinlens checks is a rule of the IATI Standard ruleset 2.03', () => {
  const ruleset = read('docs/iati/rulesets/standard.json');
  const ids = new Set([...ruleset.matchAll(/"id": "([\d.]+)"/g)].map((m) => m[1]));
  for (const rule of CHECKED_RULES) expect(ids.has(rule.id), rule.id).toBe(true);
});

test('the codelists module is generated from docs/iati/codelists; every theme\'s sector is an active DAC code', () => {
  expect(read('src-main/core/export/iati/codelists.ts')).toBe(iatiCodelistsModule((name) => read(`docs/iati/codelists/${name}.xml`)));
  expect(SECTOR.size).toBe(325);
  for (const code of [...Object.values(THEME_SECTORS), '43030']) expect(SECTOR.get(code)?.active, code).toBe(true);
});
