/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/programme.js';
import { SAMPLE, expect, test } from './host-fixture.js';

/**
 * Issue 15: an import's errors in the user's language. A French and a Spanish browser import
 * a workbook with a wrong date and an unknown entity; the dialog lists them in that language,
 * located as the files write them (sheet, row, column), the data quoted as written. Each
 * dialog is shot (test-results/screenshots/i18n/import-errors-{fr,es}.png) and looked at.
 * Warnings saved in the project are read back in French in the Data view (data-warnings-fr.png).
 */
const SHOTS = join(REPO, 'test-results/screenshots/i18n');
mkdirSync(SHOTS, { recursive: true });

const CASES = [
  {
    locale: 'fr-FR',
    language: 'fr',
    importButton: 'Importer…',
    run: /^Importer 1 fichier/,
    nothing: 'Rien n’a été importé',
    date: '« sometime in spring » n’est pas une date que Twinlens sait lire : écrivez-la 2018-03-01, 01/03/2018 (jour en premier) ou March 2018 (mois en anglais).',
    reference: 'entity_id « XX-nowhere » ne figure pas dans la feuille Entities : ajoutez-le là ou corrigez l’identifiant.',
  },
  {
    locale: 'es-ES',
    language: 'es',
    importButton: 'Importar…',
    run: /^Importar 1 archivo/,
    nothing: 'No se importó nada',
    date: '«sometime in spring» no es una fecha que Twinlens sepa leer: escríbala como 2018-03-01, 01/03/2018 (día primero) o March 2018 (mes en inglés).',
    reference: 'entity_id «XX-nowhere» no está en la hoja Entities: añádalo allí o corrija el identificador.',
  },
] as const;

let broken = '';

test.beforeAll(async () => {
  broken = join(tempDir(), 'broken-programme.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  workbook.getWorksheet('Members')!.getCell('B4').value = 'XX-nowhere';
  workbook.getWorksheet('Pairings')!.getCell('E6').value = 'sometime in spring';
  await workbook.xlsx.writeFile(broken);
});

for (const c of CASES) {
  test.describe(`a ${c.locale} browser`, () => {
    test.use({ locale: c.locale });

    test(`shows the import's errors in ${c.language}, each at its sheet, row and column`, async ({ page }) => {
      await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', c.language);
      await page.getByRole('button', { name: c.importButton }).click();
      const dialog = page.getByTestId('import-dialog');
      await dialog.getByTestId('import-input').setInputFiles(broken);
      await dialog.getByRole('button', { name: c.run }).click();
      await expect(dialog.getByTestId('import-errors')).toBeVisible();
      await expect(dialog.getByRole('alert')).toContainText(c.nothing);
      const table = dialog.locator('[data-table="import-errors"][aria-busy="false"]');
      await expect(table).toBeVisible();
      const rows = await table.locator('[role="row"]:not(.grid-head)').evaluateAll((list) =>
        list.map((r) => [...r.querySelectorAll('[role="cell"]')].map((cell) => cell.textContent ?? '')),
      );
      const find = (message: string) => rows.find((r) => r[4] === message);
      expect(find(c.date), JSON.stringify(rows)).toEqual(['broken-programme.xlsx', 'Pairings', '6', 'start_date', c.date]);
      expect(find(c.reference), JSON.stringify(rows)).toEqual(['broken-programme.xlsx', 'Members', '4', 'entity_id', c.reference]);
      // No sentence is left in English.
      for (const r of rows) expect(r[4]).not.toMatch(/ is not | is empty| cannot /);
      // A selected row is shown whole below the table: the sentence a person reads.
      await table.locator('[role="row"]', { hasText: 'sometime in spring' }).click();
      await expect(dialog).toContainText(c.date);
      await page.screenshot({ path: join(SHOTS, `import-errors-${c.language}.png`) });
    });
  });
}

test.describe('a fr-FR browser, after an import with warnings', () => {
  test.use({ locale: 'fr-FR' });

  test('shows the warnings in French in the import summary and, read back from the project, in the Data view', async ({ page }) => {
    const warned = join(tempDir(), 'warned-programme.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE);
    const entities = workbook.getWorksheet('Entities')!;
    entities.getCell(1, entities.columnCount + 1).value = 'Notes of ours';
    workbook.addWorksheet('Scribbles').addRow(['anything']);
    await workbook.xlsx.writeFile(warned);
    const column = 'La colonne « Notes of ours » ne fait pas partie du modèle de données et a été ignorée.';
    const sheet = 'La feuille « Scribbles » ne fait pas partie du modèle de données et a été ignorée.';

    await expect(page.locator('main[data-view="overview"][data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Importer…' }).click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-input').setInputFiles(warned);
    await dialog.getByRole('button', { name: /^Importer 1 fichier/ }).click();
    await expect(dialog.getByTestId('import-summary')).toBeVisible();
    const summary = dialog.locator('[data-table="import-warnings"][aria-busy="false"]');
    await expect(summary).toContainText(column);
    await expect(summary).toContainText(sheet);
    await dialog.getByRole('button', { name: 'Afficher le tableau de bord' }).click();

    await page.getByRole('tab', { name: 'Données', exact: true }).click();
    await expect(page.locator('main[data-view="data"][data-ready="true"]')).toBeVisible();
    const history = page.locator('[data-table$="-warnings"][aria-busy="false"]').first();
    await expect(history).toContainText(column);
    await expect(history).toContainText(sheet);
    await expect(history).not.toContainText('is not part of the data model');
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'data-warnings-fr.png') });
  });
});
