import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { exportIati } from '../../src-main/core/export/iati/index.js';
import { Project } from '../../src-main/core/store/project.js';
import { REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/programme.js';
import { hasXmllint, validateIati, xmllintMissing } from '../helpers/xmllint.js';
import { writeResultsProgramme } from '../fixtures/results-programme.js';

/**
 * The IATI file of the small results programme (test/fixtures/results-programme.ts: two
 * programmes, IUC and IURC; a pairing without dates; numeric, percentage and qualitative
 * indicators; outcomes), exported "on" 2020-09-30, byte for byte. The golden file was read
 * by eye against docs/iati.md's mapping; after a deliberate change to the mapping, rewrite
 * it with TWINLENS_UPDATE_GOLDEN=1 and read the diff the same way.
 */
const GOLDEN = join(REPO, 'test/fixtures/iati/results-programme.xml');

test('the small results programme exports exactly as the golden file', async () => {
  const dir = tempDir('twinlens-iati-golden-');
  const project = await Project.open(':memory:');
  try {
    expect((await project.importFiles([await writeResultsProgramme(dir)])).ok).toBe(true);
    const out = join(dir, 'results-programme.xml');
    const summary = await exportIati(project, {}, out, {
      reportingOrg: { ref: 'XI-IATI-EC_INTPA', type: '15', name: 'European Commission' },
      now: new Date('2020-09-30T12:00:00Z'),
    });
    expect(summary).toMatchObject({ programmes: 2, pairings: 4 });
    const written = readFileSync(out, 'utf8');
    if (process.env.TWINLENS_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, written);
    expect(written).toBe(readFileSync(GOLDEN, 'utf8'));
  } finally {
    project.close();
  }
}, 60_000);

test.skipIf(!hasXmllint)('the golden file validates against the IATI schema', () => {
  const check = validateIati(GOLDEN);
  expect(check.ok, check.output).toBe(true);
});

if (!hasXmllint) test.skip(xmllintMissing, () => {});
