/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/programme.js';
import { hasXmllint, validateIati, xpathNumber } from '../../helpers/xmllint.js';
import { expect, test } from './host-fixture.js';

// Screenshots go outside the repository, to be looked at (TWINLENS_SHOTS overrides).
const SHOTS = process.env.TWINLENS_SHOTS ?? '/tmp/shots';
mkdirSync(SHOTS, { recursive: true });

test('Export > IATI XML: a bad reporting org is refused in the dialog, a good one downloads a valid file and shows the warnings, and is remembered', async ({ page }) => {
  await page.getByTestId('export-iati').click();
  const dialog = page.getByTestId('iati-dialog');
  await expect(dialog.getByRole('heading', { name: 'Export IATI XML' })).toBeVisible();
  // The sample project remembers no reporting org yet.
  await expect(dialog.getByLabel('Organisation identifier')).toHaveValue('');
  await dialog.getByLabel('Organisation identifier').fill('EC-INTPA');
  await dialog.getByLabel('Organisation type').selectOption('15');
  await dialog.getByLabel('Organisation name').fill('European Commission');
  let downloads = 0;
  page.on('download', () => downloads++);
  await dialog.getByTestId('iati-export').click();
  await expect(dialog.getByTestId('iati-error')).toContainText('Nothing was written');
  await expect(dialog.getByTestId('iati-errors')).toContainText('"EC-INTPA" does not start with a registered prefix');
  await page.screenshot({ path: join(SHOTS, 'iati-refused.png') });

  await dialog.getByLabel('Organisation identifier').fill('XI-IATI-EC_INTPA');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('iati-export').click()]);
  expect(download.suggestedFilename()).toBe('twinlens-iati-activities.xml');
  const path = join(tempDir(), 'iati.xml');
  await download.saveAs(path);
  expect(downloads).toBe(1);
  await expect(dialog.getByTestId('iati-done')).toContainText('1 programme and 67 pairings');
  // The sample has one numeric period with a comment but neither target nor actual.
  await expect(dialog.getByTestId('iati-warnings')).toContainText('pairing C45 ("Stuttgart - Guangzhou"): the comment of indicator C45-I1');
  await page.screenshot({ path: join(SHOTS, 'iati-warnings.png') });
  if (hasXmllint) {
    const check = validateIati(path);
    expect(check.ok, check.output).toBe(true);
    expect(xpathNumber(path, 'count(//iati-activity[@hierarchy="2"])')).toBe(67);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Asked once per project: the next export starts from what was given.
  await page.getByTestId('export-iati').click();
  await expect(page.getByTestId('iati-dialog').getByLabel('Organisation identifier')).toHaveValue('XI-IATI-EC_INTPA');
  await expect(page.getByTestId('iati-dialog').getByLabel('Organisation name')).toHaveValue('European Commission');
  await expect(page.getByTestId('iati-dialog').getByLabel('Organisation type')).toHaveValue('15');
  await page.screenshot({ path: join(SHOTS, 'iati-remembered.png') });
});
