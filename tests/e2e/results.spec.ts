import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup, SCREENSHOTS, walkQuestionnaire, wholePageScreenshot } from './helpers.ts';

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
  await wholePageScreenshot(page, `${SCREENSHOTS}/results.png`);
  await page.locator('.level-summary').screenshot({ path: `${SCREENSHOTS}/results-level.png` });
  await page.locator('figure.radar').screenshot({ path: `${SCREENSHOTS}/results-radar.png` });
  await page.locator('section.topic').first().screenshot({ path: `${SCREENSHOTS}/results-topic.png` });
});

test('a scenario with different software and a private-law service shows the showstopper and a high VAT risk', async ({ page }) => {
  test.setTimeout(180_000);
  await clearStorage(page);
  await fillSetup(page, 'Szenariodorf');
  await walkQuestionnaire(page, 'Prozesse & Organisation');
  await walkQuestionnaire(page, 'IT & Schnittstellen', undefined, { 'gleiches-fachverfahren': 'verschieden', migrationsplan: 'nein' });
  await walkQuestionnaire(page, 'Rechtsform');
  await walkQuestionnaire(page, 'Umsatzsteuer', 'Mäharbeiten Bauhof', {
    leistungsaustausch: 'gegen-entgelt',
    rechtsgrundlage: 'privatrechtlich',
    hilfstaetigkeit: 'ja',
    'steuerfrei-bei-privaten': 'nein',
    kostenerstattung: 'mit-aufschlag',
    kostenteilung: 'nein',
  });
  await page.goto('./#/ergebnis');

  await expect(page.getByRole('heading', { name: /K.-o.-Kriterium: Verschiedene Fachverfahren ohne Plan/ })).toBeVisible();
  await expect(page.getByText('Stufe durch K.-o.-Kriterium begrenzt')).toBeVisible();
  await expect(page.locator('#stufe-titel')).not.toHaveText('Startklar');
  const service = page.locator('.vat-service').filter({ hasText: 'Mäharbeiten Bauhof' });
  await expect(service.locator('.kern-badge')).toHaveText('Risiko hoch');
  await expect(page.locator('.vat-deadline')).toContainText('1. Januar 2027');
  await page.locator('.level-summary').screenshot({ path: `${SCREENSHOTS}/results-capped.png` });
  await service.screenshot({ path: `${SCREENSHOTS}/results-vat.png` });
});
