import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup, SCREENSHOTS, walkQuestionnaire } from './helpers.ts';

test('after answering, the results page shows level, charts, flags, actions, legal form and VAT verdict', async ({ page }) => {
  test.setTimeout(180_000);
  await clearStorage(page);
  await fillSetup(page, 'Musterstadt');
  for (const title of ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer']) {
    await walkQuestionnaire(page, title);
  }
  await page.goto('./#/ergebnis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis für Musterstadt');
  await expect(page.getByRole('heading', { name: 'Maßnahmenplan: Was ist zu tun?' })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${SCREENSHOTS}/results.png`, fullPage: true });
  await page.locator('.level-summary').screenshot({ path: `${SCREENSHOTS}/results-level.png` });
  await page.locator('figure.radar').screenshot({ path: `${SCREENSHOTS}/results-radar.png` });
  await page.locator('section.topic').first().screenshot({ path: `${SCREENSHOTS}/results-topic.png` });
});
