/**
 * The dashboard's indicators run on a connection the project keeps, with their scope and
 * prepared queries left in place between calls (Project.withKeptConnection). Whatever came
 * before on it (other filters, an import that replaced the dataset, a report over the same
 * connection, calls arriving together), each answer must equal that of a fresh connection.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeIndicators } from '../../src-main/core/indicators/compute.js';
import { loadReportData } from '../../src-main/core/report/report-data.js';
import type { Project } from '../../src-main/core/store/project.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { REPO } from '../helpers/cli.js';
import { importedProject, tempDir } from '../helpers/programme.js';

const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
let project: Project;
let small: string;

beforeAll(async () => {
  small = await writeSmallProgramme(tempDir());
  project = await importedProject([SAMPLE]);
});
afterAll(() => project.close());

const kept = (filters: Filters) => project.withKeptConnection('indicators', (c) => computeIndicators(c, filters));
const fresh = (filters: Filters) => project.withConnection((c) => computeIndicators(c, filters));

const SEQUENCE: Filters[] = [
  {},
  { theme: ['Circular economy'] },
  { region: ['Europe'], theme: ['Circular economy'] },
  { theme: ['no such theme'] },
  { status: ['completed'], from: '2017-01-01', to: '2018-12-31' },
  {},
  { region: ['latin america & caribbean'] },
];

test('each filter set in turn gives what a fresh connection gives', async () => {
  for (const filters of SEQUENCE) expect(await kept(filters), JSON.stringify(filters)).toEqual(await fresh(filters));
});

test('calls arriving together each get their own filters', async () => {
  const answers = await Promise.all(SEQUENCE.map(kept));
  for (const [i, filters] of SEQUENCE.entries()) expect(answers[i], JSON.stringify(filters)).toEqual(await fresh(filters));
});

test('after a report on the kept connection and an import that replaces the dataset, the answers follow', async () => {
  const before = await kept({ theme: ['Circular economy'] });
  await project.withKeptConnection('indicators', (c) => loadReportData(c, { region: ['Europe'] }));
  expect(await kept({ theme: ['Circular economy'] })).toEqual(before);

  const outcome = await project.importFiles([small]);
  expect(outcome.ok).toBe(true);
  for (const filters of [{}, { region: ['Europe'] }, { theme: ['Innovation'] }]) {
    const answer = await kept(filters);
    expect(answer).toEqual(await fresh(filters));
    expect(answer.summary.pairings).toBeLessThanOrEqual(4); // the small programme's, not the sample's 67
  }
});
