/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO } from '../../helpers/cli.js';
import { expect, test } from './host-fixture.js';

/**
 * The pseudo-locale journey (issue 15): every word accented and 35% longer, every view drawn
 * and shot (test-results/screenshots/pseudo), and no label cut by its box: a text that
 * overflows an element that hides its overflow is a label a longer language loses.
 */
const SHOTS = join(REPO, 'test-results/screenshots/pseudo');
mkdirSync(SHOTS, { recursive: true });

const VIEWS = ['overview', 'regions', 'themes', 'stakeholders', 'gcom', 'results', 'outcomes', 'pairings', 'data', 'network', 'compare'];

/** Elements whose own text is wider than their box while they hide what overflows. */
function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // Data cells show the data's own text, cut on purpose (the whole text is their tooltip);
      // a visually hidden label is clipped by design.
      if (el.closest('td, .grid-row:not(.grid-head), .visually-hidden')) continue;
      // Words from the catalogue read in brackets here; the data's own text does not.
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && /\[/.test(n.textContent ?? ''));
      if (!ownText || el.offsetParent === null) continue;
      const style = getComputedStyle(el);
      const hides = style.overflowX === 'hidden' || style.overflowX === 'clip' || style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 60)}`);
    }
    // Nothing wider than the window: a longer language wraps, the page does not scroll sideways.
    if (document.documentElement.scrollWidth > window.innerWidth) {
      const widest = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > window.innerWidth + 1));
      found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window: ${widest.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 40)}"`).join(', ')}`);
    }
    return found;
  });
}

/** "How this is measured" notes not in the pseudo-locale: methodology words that bypassed the app's translator. */
function plainNotes(page: Page): Promise<string[]> {
  return page.locator('.how-measured p').evaluateAll((notes) =>
    notes.map((p) => p.textContent?.trim() ?? '').filter((text) => text !== '' && !text.startsWith('[')).map((text) => text.slice(0, 60)),
  );
}

test('the pseudo-locale: every view drawn, every word from the catalogue, no label cut', async ({ page }) => {
  await page.evaluate(() => {
    localStorage.setItem('twinlens.pseudo', '1');
    localStorage.setItem('twinlens.language', 'en');
  });
  await page.reload();
  const clipped: string[] = [];
  const plain: string[] = [];
  for (const view of VIEWS) {
    await page.locator(`#tab-${view}`).click();
    await expect(page.locator(`main[data-view="${view}"][data-ready="true"]`)).toBeVisible();
    // The tab reads pseudo-localized: its words come from the catalogue.
    await expect(page.locator(`#tab-${view}`)).toHaveText(/^\[.*\]$/);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(SHOTS, `${view}.png`), fullPage: true });
    clipped.push(...(await clippedLabels(page)).map((c) => `${view}: ${c}`));
    plain.push(...(await plainNotes(page)).map((n) => `${view}: ${n}`));
  }
  expect(clipped).toEqual([]);
  // The methodology notes of charts and key figures come through the pseudo translator too.
  expect(plain).toEqual([]);
});
