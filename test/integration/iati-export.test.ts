import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { programmeFiles } from '../../bench/generate.js';
import { IatiExportError, exportIati } from '../../src-main/core/export/iati/index.js';
import { Project } from '../../src-main/core/store/project.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { REPO, runCli } from '../helpers/cli.js';
import { tempDir, writeWorkbook } from '../helpers/programme.js';
import { IATI_SCHEMA, hasXmllint, validateIati, xmllintMissing, xpath, xpathList, xpathNumber } from '../helpers/xmllint.js';
import { CJK_NAMES, HOSTILE_VALUES, writeHostileProgramme } from '../fixtures/hostile-programme.js';
import { SMALL_PROGRAMME } from '../fixtures/small-programme.js';

const SAMPLE = join(REPO, 'sample-data/iuc-programme.xlsx');
const ORG = { ref: 'XI-IATI-EC_INTPA', type: '15', name: 'European Commission' };
const ORG_ARGS = ['--reporting-org', ORG.ref, '--reporting-org-type', ORG.type, '--reporting-org-name', ORG.name];
const dir = tempDir('twinlens-iati-');

async function count(project: Project, sql: string): Promise<number> {
  return project.withConnection(async (c) => Number((await c.runAndReadAll(sql)).getRows()[0]![0]));
}

/** Every activity's percentages, per activity, as xmllint reads them. */
function percentageSums(file: string, element: 'sector' | 'recipient-country'): number[] {
  const n = xpathNumber(file, 'count(//iati-activity)');
  return Array.from({ length: n }, (_, i) => xpathNumber(file, `sum(//iati-activity[${i + 1}]/${element}/@percentage)`));
}

test('our schema copy is the spec\'s, byte for byte', () => {
  const spec = join(REPO, '../shared/spec/iati/iati-activities-schema.xsd');
  let original: Buffer | null = null;
  try {
    original = readFileSync(spec);
  } catch {
    return; // a clone without the shared spec beside it: nothing to compare
  }
  expect(readFileSync(IATI_SCHEMA).equals(original)).toBe(true);
});

describe.skipIf(!hasXmllint)('IATI export: every file validates against the IATI 2.03 schema', () => {
  let sample: Project;
  beforeAll(async () => {
    sample = await Project.open(':memory:');
    const outcome = await sample.importFiles([SAMPLE]);
    expect(outcome.ok).toBe(true);
  }, 60_000);
  afterAll(() => sample.close());

  test('the sample programme: one programme activity, one child per pairing, parent and child links', async () => {
    const out = join(dir, 'sample.xml');
    const summary = await exportIati(sample, {}, out, { reportingOrg: ORG });
    const check = validateIati(out);
    expect(check.ok, check.output).toBe(true);
    const pairings = await count(sample, 'SELECT count(*) FROM pairings');
    const programmes = await count(sample, 'SELECT count(DISTINCT programme) FROM pairings');
    expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="1"])')).toBe(programmes);
    expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="2"])')).toBe(pairings);
    expect(summary.pairings).toBe(pairings);
    // Every child names its parent and its parent names it back.
    expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="2"]/related-activity[@type="1"])')).toBe(pairings);
    expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="1"]/related-activity[@type="2"])')).toBe(pairings);
    const ids = xpathList(out, '//iati-identifier/text()');
    expect(new Set(ids).size).toBe(ids.length);
    // Each result indicator and each pairing with outcomes is a result.
    const indicators = await count(sample, 'SELECT count(*) FROM result_indicators');
    const withOutcomes = await count(sample, 'SELECT count(DISTINCT pairing_id) FROM outcomes');
    expect(xpathNumber(out, 'count(//result)')).toBe(indicators + withOutcomes);
    for (const sum of [...percentageSums(out, 'sector'), ...percentageSums(out, 'recipient-country')]) expect(sum).toBeCloseTo(100, 9);
  }, 60_000);

  test('a filtered sample: only the pairings of the theme, the same identifiers as unfiltered', async () => {
    const out = join(dir, 'filtered.xml');
    const all = join(dir, 'sample-again.xml');
    const filters: Filters = { theme: ['Circular economy'], status: ['completed'] };
    await exportIati(sample, filters, out, { reportingOrg: ORG });
    await exportIati(sample, {}, all, { reportingOrg: ORG });
    expect(validateIati(out).ok, validateIati(out).output).toBe(true);
    const expected = await count(sample, "SELECT count(DISTINCT p.pairing_id) FROM pairings p JOIN themes t USING (pairing_id) WHERE lower(t.theme) = 'circular economy' AND lower(p.status) = 'completed'");
    expect(expected).toBeGreaterThan(0);
    expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="2"])')).toBe(expected);
    const everyId = new Set(xpathList(all, '//iati-identifier/text()'));
    for (const id of xpathList(out, '//iati-identifier/text()')) expect(everyId.has(id), id).toBe(true);
  }, 60_000);

  test('the same data exports to the same file but for the time stamps', async () => {
    const a = join(dir, 'a.xml');
    const b = join(dir, 'b.xml');
    await exportIati(sample, {}, a, { reportingOrg: ORG, now: new Date('2025-06-30T12:00:00Z') });
    await exportIati(sample, {}, b, { reportingOrg: ORG, now: new Date('2025-06-30T12:00:00Z') });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  }, 60_000);

  test('as-of leaves out later periods and outcomes', async () => {
    const out = join(dir, 'as-of.xml');
    await exportIati(sample, { asOf: '2018-12-31' }, out, { reportingOrg: ORG });
    expect(validateIati(out).ok).toBe(true);
    const periods = await count(sample, "SELECT count(*) FROM result_values WHERE period_end <= DATE '2018-12-31'");
    expect(xpathNumber(out, 'count(//result[not(title/narrative="Harvested outcomes")]/indicator/period)')).toBe(periods);
    expect(xpath(out, 'count(//period-end[@iso-date > "2018-12-31"])')).toBe('0');
  }, 60_000);

  test('a programme without results, of two programmes (IUC and IURC): one hierarchy-1 activity each, no result', async () => {
    const workbook = await writeWorkbook(join(dir, 'small.xlsx'), SMALL_PROGRAMME);
    const out = join(dir, 'small.xml');
    const run = runCli(['export', workbook, '--iati', out, ...ORG_ARGS]);
    expect(run.code, run.stderr).toBe(0);
    expect(validateIati(out).ok, validateIati(out).output).toBe(true);
    expect(xpathList(out, '//iati-activity[@hierarchy="1"]/iati-identifier/text()')).toEqual(['XI-IATI-EC_INTPA-IUC', 'XI-IATI-EC_INTPA-IURC']);
    expect(xpathNumber(out, 'count(//result)')).toBe(0);
    // Each pairing under its own programme.
    expect(xpath(out, '//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IURC-P3"]/related-activity/@ref')).toBe('ref="XI-IATI-EC_INTPA-IURC"');
    expect(xpathNumber(out, 'count(//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IUC"]/related-activity[@type="2"])')).toBe(3);
    // P4 has no start date: it takes its programme's earliest start as planned, and the user hears so.
    expect(xpath(out, 'string(//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IUC-P4"]/activity-date[@type="1"]/@iso-date)')).toBe('2018-01-01');
    expect(run.stderr).toMatch(/warning: .*pairing P4 \("Rotterdam - Bologna"\) has no start date/);
  }, 60_000);
});

describe.skipIf(!hasXmllint)('IATI export of a generated M programme (10,000 pairings)', () => {
  test('validates, and is timed', { timeout: 600_000 }, async () => {
    const files = await programmeFiles('M');
    const project = await Project.open(':memory:');
    try {
      expect((await project.importFiles(files.csv)).ok).toBe(true);
      const out = join(dir, 'm.xml');
      const started = performance.now();
      const summary = await exportIati(project, {}, out, { reportingOrg: ORG });
      const seconds = (performance.now() - started) / 1000;
      const bytes = statSync(out).size;
      console.log(`IATI export at M: ${summary.pairings} pairings, ${summary.results} results, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s; ${summary.warnings.length} warning(s)`);
      expect(summary.pairings).toBe(10_000);
      const check = validateIati(out);
      expect(check.ok, check.output).toBe(true);
      expect(xpathNumber(out, 'count(//iati-activity[@hierarchy="2"])')).toBe(10_000);
    } finally {
      project.close();
    }
  });
});

describe.skipIf(!hasXmllint)('IATI export of hostile text', () => {
  test('markup, formulas, control characters and CJK names come out as the same text in a valid file', async () => {
    const project = await Project.open(':memory:');
    try {
      expect((await project.importFiles([await writeHostileProgramme(dir)])).ok).toBe(true);
      const out = join(dir, 'hostile.xml');
      await exportIati(project, {}, out, { reportingOrg: ORG });
      const check = validateIati(out);
      expect(check.ok, check.output).toBe(true);
      const orgs = xpathList(out, '//participating-org/narrative/text()');
      // xmllint prints text nodes escaped again: "<" as "&lt;".
      expect(orgs).toContain('&lt;img src=x onerror=alert(1)&gt;');
      for (const name of CJK_NAMES) expect(orgs).toContain(name);
      expect(xpath(out, 'string(//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IUC-P2"]/title/narrative)')).toBe(HOSTILE_VALUES[3]);
      // "\t=1+1" as a programme: trimmed, a clean identifier, the name as its title.
      expect(xpathList(out, '//iati-activity[@hierarchy="1"]/iati-identifier/text()')).toContain('XI-IATI-EC_INTPA-=1+1');
    } finally {
      project.close();
    }
  }, 60_000);
});

describe('IATI export refuses what would not pass', () => {
  test('a reporting-org ref without a registered prefix: an error, and no file', async () => {
    const project = await Project.open(':memory:');
    try {
      await project.importFiles([SAMPLE]);
      const out = join(dir, 'refused.xml');
      const error = await exportIati(project, {}, out, { reportingOrg: { ...ORG, ref: 'EC-INTPA' } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IatiExportError);
      expect((error as IatiExportError).message).toMatch(/"EC-INTPA" does not start with a registered prefix/);
      expect(() => statSync(out)).toThrow();
    } finally {
      project.close();
    }
  }, 60_000);

  test('the command line: data that would fail the rules exits 1, naming the programme, and writes nothing', async () => {
    const workbook = await writeWorkbook(join(dir, 'small-refused.xlsx'), SMALL_PROGRAMME);
    const out = join(dir, 'no-start.xml');
    // P4, the only planned pairing, has no start date: its programme would have none.
    const run = runCli(['export', workbook, '--status', 'planned', '--iati', out, ...ORG_ARGS]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/error: \[IATI rule 6\.11\.1\] programme IUC: none of its 1 pairing\(s\) in scope has a start date/);
    expect(run.stderr).toMatch(/nothing was written to .*no-start\.xml/);
    expect(() => statSync(out)).toThrow();
  }, 60_000);

  test('the command line: bad or missing reporting org is bad usage (exit 2), naming the option', () => {
    const out = join(dir, 'cli-refused.xml');
    const missing = runCli(['export', SAMPLE, '--iati', out, '--reporting-org', ORG.ref]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--reporting-org-type CODE, --reporting-org-name NAME/);
    const unregistered = runCli(['export', SAMPLE, '--iati', out, '--reporting-org', 'NOPE-123', '--reporting-org-type', '15', '--reporting-org-name', 'X']);
    expect(unregistered.code).toBe(2);
    expect(unregistered.stderr).toMatch(/"NOPE-123" does not start with a registered prefix/);
    const badType = runCli(['export', SAMPLE, '--iati', out, '--reporting-org', ORG.ref, '--reporting-org-type', '99', '--reporting-org-name', 'X']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/type "99" is not an OrganisationType code: use one of 10 \(Government\)/);
    const nowhere = runCli(['export', SAMPLE, '--iati', join(dir, 'missing-folder', 'x.xml'), ...ORG_ARGS]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/missing-folder\/x\.xml cannot be written \(ENOENT\): check that its folder exists/);
    const noTarget = runCli(['export', SAMPLE]);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toMatch(/export needs a target: --iati OUT.xml or --parquet DIR/);
    expect(() => statSync(out)).toThrow();
  }, 120_000);
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Identifiers that need cleaning, seven partner countries, three DAC sectors, dates past the export's "now" (2024-06-30). */
const EDGES = {
  Entities: [
    ['entity_id', 'name', 'country', 'kind'],
    ['E1', 'Rotterdam', 'NL', 'city'], ['E2', 'Surat', 'IN', 'city'], ['E3', 'Wuhan', 'CN', 'city'], ['E4', 'Kyoto', 'JP', 'city'],
    ['E5', 'Austin', 'US', 'city'], ['E6', 'Puebla', 'MX', 'city'], ['E7', 'Curitiba', 'BR', 'city'], ['E8', 'Cali', 'CO', 'city'],
    ['E9', 'Bologna', 'IT', 'metropolitan area'],
  ],
  Pairings: [
    ['pairing_id', 'title', 'programme', 'component', 'start_date', 'end_date', 'status'],
    ['P 1/A&B', 'Seven partners & three sectors', 'IUC / Phase 2 & more', 'city-to-city', day('2019-01-01'), day('2021-12-31'), 'completed'],
    ['P-1-A-B', 'Same id once cleaned', 'IUC / Phase 2 & more', 'city-to-city', day('2019-02-01'), null, 'active'],
    ['F1', 'Starts in the future', 'IUC / Phase 2 & more', 'city-to-city', day('2025-01-01'), day('2026-12-31'), 'planned'],
    ['F2', 'Completed, ends in the future', 'IUC / Phase 2 & more', 'city-to-city', day('2020-01-01'), day('2024-12-31'), 'completed'],
  ],
  Members: [
    ['pairing_id', 'entity_id', 'side'],
    ['P 1/A&B', 'E1', 'EU'], ...['E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8'].map((e) => ['P 1/A&B', e, 'partner']),
    ['P-1-A-B', 'E1', 'EU'], ['P-1-A-B', 'E9', 'EU'],
    ['F1', 'E9', 'EU'], ['F1', 'E2', 'partner'],
    ['F2', 'E1', 'EU'], ['F2', 'E3', 'partner'],
  ],
  Themes: [
    ['pairing_id', 'theme', 'primary'],
    ['P 1/A&B', 'Circular economy', 'yes'], ['P 1/A&B', 'Mobility and transport', 'no'], ['P 1/A&B', 'Innovation', 'no'], ['P 1/A&B', 'Smart cities and innovation', 'no'],
  ],
};

/** Percentages of one activity's elements as written, in hundredths, summed as integers (no float doubt). */
function hundredthsOf(file: string, id: string, element: string): number[] {
  return xpathList(file, `//iati-activity[iati-identifier="${id}"]/${element}/@percentage`).map((a) => Math.round(Number(/"([^"]+)"/.exec(a)![1]) * 100));
}

describe.skipIf(!hasXmllint)('IATI rules in a written file (xmllint reads it back)', () => {
  let out: string;
  let stderr: string;
  beforeAll(async () => {
    const workbook = await writeWorkbook(join(dir, 'edges.xlsx'), EDGES);
    const project = await Project.open(':memory:');
    try {
      const imported = await project.importFiles([workbook]);
      expect(imported.ok, JSON.stringify(imported.report.errors)).toBe(true);
      out = join(dir, 'edges.xml');
      const summary = await exportIati(project, {}, out, { reportingOrg: ORG, now: new Date('2024-06-30T12:00:00Z') });
      stderr = summary.warnings.map((w) => w.message).join('\n');
    } finally {
      project.close();
    }
  }, 60_000);

  test('the file validates', () => {
    const check = validateIati(out);
    expect(check.ok, check.output).toBe(true);
  });

  test('identifiers with spaces, slashes and ampersands: cleaned, unique, starting with the reporting org', () => {
    expect(xpathList(out, '//iati-identifier/text()')).toEqual([
      'XI-IATI-EC_INTPA-IUC-Phase-2-more',
      'XI-IATI-EC_INTPA-IUC-Phase-2-more-F1',
      'XI-IATI-EC_INTPA-IUC-Phase-2-more-F2',
      'XI-IATI-EC_INTPA-IUC-Phase-2-more-P-1-A-B',
      'XI-IATI-EC_INTPA-IUC-Phase-2-more-P-1-A-B-2',
    ]);
    // "P 1/A&B" comes first by pairing_id (a space sorts before "-"): it keeps the clean id and "P-1-A-B" gets -2, on every run.
    expect(xpath(out, 'string(//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IUC-Phase-2-more-P-1-A-B"]/title/narrative)')).toBe('Seven partners & three sectors');
  });

  test('seven recipient countries and three sectors sum to exactly 100', () => {
    const id = 'XI-IATI-EC_INTPA-IUC-Phase-2-more-P-1-A-B';
    expect(hundredthsOf(out, id, 'recipient-country')).toEqual([1429, 1429, 1429, 1429, 1429, 1429, 1426]);
    expect(hundredthsOf(out, id, 'sector')).toEqual([3333, 3333, 3334]);
    // Every member in Europe: all their countries (NL, IT), half each.
    expect(hundredthsOf(out, `${id}-2`, 'recipient-country')).toEqual([5000, 5000]);
    for (const element of ['recipient-country', 'sector']) {
      for (const a of xpathList(out, '//iati-identifier/text()')) {
        const shares = hundredthsOf(out, a, element);
        if (shares.length > 0) expect(shares.reduce((s, n) => s + n, 0), `${a} ${element}`).toBe(10_000);
      }
    }
  });

  test('dates in the future are planned, never actual; the completed pairing ending in the future is said', () => {
    const dates = (id: string) => xpathList(out, `//iati-activity[iati-identifier="XI-IATI-EC_INTPA-IUC-Phase-2-more-${id}"]/activity-date/@*`).join(' ');
    expect(dates('F1')).toBe('iso-date="2025-01-01" type="1" iso-date="2026-12-31" type="3"');
    expect(dates('F2')).toBe('iso-date="2020-01-01" type="2" iso-date="2024-12-31" type="3"');
    expect(xpathNumber(out, 'count(//activity-date[(@type="2" or @type="4") and @iso-date > "2024-06-30"])')).toBe(0);
    expect(stderr).toMatch(/pairing F2 \("Completed, ends in the future"\) is completed but ends in the future \(2024-12-31\)/);
  });
});

describe.skipIf(!hasXmllint)('the app\'s export/iati: the reporting org is remembered in the project file', () => {
  test('saved once it passes the checks, read back after reopening, used by the command line when no option is given', async () => {
    const { createHandlers } = await import('../../src-main/core/api.js');
    const { importIntoProjectFile } = await import('../../src-main/core/store/project-file.js');
    const { dispatch } = await import('../../src-main/shared/api-contract.js');
    const file = join(dir, 'remembered.duckdb');
    expect((await importIntoProjectFile(file, [SAMPLE])).ok).toBe(true);
    let project = await Project.open(file);
    try {
      const handlers = createHandlers(project);
      expect(await dispatch(handlers, 'iati/settings', null)).toMatchObject({ ok: true, value: { reportingOrg: null, organisationTypes: expect.arrayContaining([{ code: '11', name: 'Local Government' }]) } });
      const refused = await dispatch(handlers, 'export/iati', { filters: {}, reportingOrg: { ...ORG, ref: 'EC-INTPA' } });
      expect(refused).toMatchObject({ ok: true, value: { file: null, errors: [expect.objectContaining({ rule: '1.14.8' })] } });
      expect(await dispatch(handlers, 'iati/settings', null)).toMatchObject({ ok: true, value: { reportingOrg: null } });
      const written = (await dispatch(handlers, 'export/iati', { filters: { theme: ['Circular economy'] }, reportingOrg: { ...ORG, name: ' European Commission ' } })) as { ok: true; value: { file: { base64: string }; warnings: unknown[] } };
      expect(written.ok).toBe(true);
      const xml = join(dir, 'from-handler.xml');
      (await import('node:fs')).writeFileSync(xml, Buffer.from(written.value.file.base64, 'base64'));
      expect(validateIati(xml).ok).toBe(true);
    } finally {
      project.close();
    }
    project = await Project.open(file);
    try {
      expect(await dispatch(createHandlers(project), 'iati/settings', null)).toMatchObject({ ok: true, value: { reportingOrg: ORG } });
    } finally {
      project.close();
    }
    const out = join(dir, 'from-remembered.xml');
    const run = runCli(['export', file, '--iati', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(xpath(out, 'string(//iati-activity[1]/reporting-org/@ref)')).toBe(ORG.ref);
  }, 120_000);
});

if (!hasXmllint) test.skip(xmllintMissing, () => {});
