/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../helpers/cli.js';
import { expect, test } from './host-fixture.js';

/**
 * Issue 15: the IATI export's refusal in the user's language. A French browser gives a
 * reporting organisation without a registered prefix; the dialog names the problem in
 * French, the identifier quoted as typed (test-results/screenshots/i18n/iati-refused-fr.png).
 */
const SHOTS = join(REPO, 'test-results/screenshots/i18n');
mkdirSync(SHOTS, { recursive: true });

test.use({ locale: 'fr-FR' });

test('a French browser is told in French why the IATI export refuses a reporting organisation', async ({ page }) => {
  await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
  await page.getByTestId('export-iati').click();
  const dialog = page.getByTestId('iati-dialog');
  await dialog.getByLabel('Identifiant de l’organisation').fill('EC-INTPA');
  await dialog.getByLabel('Type d’organisation').selectOption('15');
  await dialog.getByLabel('Nom de l’organisation').fill('Commission européenne');
  await dialog.getByTestId('iati-export').click();
  const errors = dialog.getByTestId('iati-errors');
  await expect(errors).toContainText(
    'la référence de l’organisation déclarante « EC-INTPA » ne commence pas par un préfixe enregistré (un code OrganisationRegistrationAgency suivi d’un tiret, comme XI-IATI- ou XM-DAC-) : voir org-id.guide pour l’identifiant de votre organisation.',
  );
  await expect(errors).not.toContainText('does not start');
  await page.screenshot({ path: join(SHOTS, 'iati-refused-fr.png') });
});
