/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO } from '../../helpers/cli.js';
import { expect, test } from './host-fixture.js';

/**
 * The app in the browser's language: a French and a Spanish browser get the Overview in their
 * language with their figures' formats; the header switch brings English back and is
 * remembered over a reload. Screenshots of every view in each language (test-results/screenshots/i18n)
 * are looked at for clipped labels.
 */
const SHOTS = join(REPO, 'test-results/screenshots/i18n');
mkdirSync(SHOTS, { recursive: true });

async function ready(page: Page, view = 'overview') {
  await expect(page.locator(`main[data-view="${view}"][data-ready="true"]`)).toBeVisible();
}

/** Every figure on the Overview printed as Intl prints its raw value in that locale. */
async function expectFiguresIn(page: Page, locale: string) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const figures = page.locator('[data-figure]');
  const count = await figures.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const value = Number(await figures.nth(i).getAttribute('data-value'));
    await expect(figures.nth(i).locator('.figure-value')).toHaveText(format.format(value));
  }
}

async function shootViews(page: Page, language: string, tabs: Record<string, string>) {
  for (const [view, name] of Object.entries(tabs)) {
    await page.getByRole('tab', { name, exact: true }).click();
    await ready(page, view);
    // Charts draw after the data: wait for the last one's canvas to settle.
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, `${view}-${language}.png`), fullPage: true });
  }
}

const CASES = [
  {
    locale: 'fr-FR',
    language: 'fr',
    overview: 'Vue d’ensemble',
    standsOut: 'Ce qui ressort',
    empty: 'Aucun jumelage ne correspond à ces filtres',
    from: 'Début à partir du',
    typedFrom: '01/01/2099',
    invalid: '31/02/2020',
    invalidText: 'Date non valide',
    tabs: {
      overview: 'Vue d’ensemble',
      regions: 'Régions',
      themes: 'Thèmes',
      stakeholders: 'Parties prenantes',
      gcom: 'GCoM',
      results: 'Résultats',
      outcomes: 'Effets',
      pairings: 'Jumelages',
      data: 'Données',
      network: 'Réseau',
      compare: 'Comparer',
    },
  },
  {
    locale: 'es-ES',
    language: 'es',
    overview: 'Resumen',
    standsOut: 'Lo más destacado',
    empty: 'Ningún hermanamiento coincide con estos filtros',
    from: 'Inicio desde',
    typedFrom: '01/01/2099',
    invalid: '31/02/2020',
    invalidText: 'Fecha no válida',
    tabs: {
      overview: 'Resumen',
      regions: 'Regiones',
      themes: 'Temas',
      stakeholders: 'Actores',
      gcom: 'GCoM',
      results: 'Resultados',
      outcomes: 'Alcances',
      pairings: 'Hermanamientos',
      data: 'Datos',
      network: 'Red',
      compare: 'Comparar',
    },
  },
] as const;

for (const c of CASES) {
  test.describe(`a ${c.locale} browser`, () => {
    test.use({ locale: c.locale });

    test(`speaks ${c.language}, formats its figures that way, and switches back to English for good`, async ({ page }) => {
      await ready(page);
      await expect(page.locator('html')).toHaveAttribute('lang', c.language);
      await expect(page.getByTestId('language')).toHaveValue(c.language);
      await expect(page.getByRole('tab', { name: c.overview, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('heading', { name: c.standsOut })).toBeVisible();
      await expectFiguresIn(page, c.locale);
      // A share, printed the language's way: a decimal comma and a space before the % sign.
      const share = page.locator('[data-headline="outcomes.twoWayShare"] .headline-value');
      const raw = Number(await page.locator('[data-headline="outcomes.twoWayShare"]').getAttribute('data-value'));
      await expect(share).toHaveText(new Intl.NumberFormat(c.locale, { style: 'percent', maximumFractionDigits: 1 }).format(raw));
      await expect(share).toHaveText(/^\d+(,\d)?\s%$/);
      // The scope line counts pairings in the language.
      await expect(page.getByTestId('scope')).not.toContainText('in scope');

      await shootViews(page, c.language, c.tabs);
      await page.getByRole('tab', { name: c.overview, exact: true }).click();
      await ready(page);

      // The date field takes the language's day/month/year and says so when a day is no date.
      const from = page.locator('input[name="from"]');
      await expect(from).toHaveAttribute('placeholder', /^(jj|dd)\/mm\/aaaa$/);
      await from.fill(c.invalid);
      await from.press('Enter');
      await expect(page.getByRole('alert')).toContainText(c.invalidText);
      await from.fill(c.typedFrom);
      await from.press('Enter');
      await expect(page.getByTestId('scope')).toContainText(`${c.from}`);
      await expect(page.getByTestId('scope')).toContainText(c.typedFrom);
      await expect(page.getByRole('heading', { name: c.empty })).toBeVisible();
      await page.keyboard.press('Alt+x');
      await expect(from).toHaveValue('');

      // Back to English, by keyboard, and still English after a reload.
      await page.getByTestId('language').focus();
      await page.getByTestId('language').selectOption('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('tab', { name: 'Overview', exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'What stands out' })).toBeVisible();
      await expectFiguresIn(page, 'en-GB');
      await page.reload();
      await ready(page);
      await expect(page.getByTestId('language')).toHaveValue('en');
      await expect(page.getByRole('tab', { name: 'Overview', exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });
}

test('charts redraw in the new language', async ({ page }) => {
  await ready(page);
  const title = page.locator('[data-chart="action-plans"] .card-title');
  await expect(title).toContainText('action plan');
  const canvas = page.locator('[data-chart="action-plans"] .echart');
  const before = Number(await canvas.getAttribute('data-option-version'));
  await page.getByTestId('language').selectOption('fr');
  await expect(title).toContainText('plan d’action');
  await expect.poll(async () => Number(await canvas.getAttribute('data-drawn-version'))).toBeGreaterThan(before);
  await expect(page.locator('[data-chart="action-plans"] summary')).toHaveText('Méthode de calcul');
});

test.describe('a es-ES browser on Results and Outcomes', () => {
  test.use({ locale: 'es-ES' });

  test('key-figure definitions and SDG target titles are Spanish', async ({ page }) => {
    await ready(page);
    await page.getByRole('tab', { name: 'Resultados', exact: true }).click();
    await ready(page, 'results');
    // The key figure's "How this is measured" (the methodology's Spanish), not the English definition.
    await expect(page.locator('[data-figure="results.completeness"] .how-measured p')).toHaveText(/^Vencidos = los valores de indicadores cuantitativos con meta/);
    await page.getByRole('tab', { name: 'Alcances', exact: true }).click();
    await ready(page, 'outcomes');
    // SDG target 13.2 in the UN's Spanish wording (docs/sdg-targets.es.csv), in the targets' table.
    const table = page.locator('[data-table="sdg-targets"]');
    await expect(table).toContainText('Incorporar medidas relativas al cambio climático en las políticas, estrategias y planes nacionales');
    await expect(table).not.toContainText('Integrate climate change measures');
    await table.screenshot({ path: join(SHOTS, 'sdg-targets-es.png') });
  });
});
