import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { clearStorage, expectNoAxeViolations, fillSetup, SCREENSHOTS, untilDrawn } from './helpers.ts';

/** One URL per page type, reached after a realistic setup. */
const PAGE_TYPES: [string, string][] = [
  ['start', './'],
  ['angaben', './#/angaben'],
  ['uebersicht', './#/fragebogen'],
  ['abschnitt', './#/fragebogen/prozesse/abschnitt/rueckhalt'],
  ['eintraege', './#/fragebogen/umsatzsteuer/abschnitt/leistungen/eintraege'],
  ['pruefen', './#/fragebogen/it/pruefen'],
  ['nicht-gefunden', './#/gibt-es-nicht'],
  ['ergebnis', './#/ergebnis'],
  ['bewertungen', './#/bewertungen'],
];

async function prepare(page: Page): Promise<void> {
  await clearStorage(page);
  await fillSetup(page);
}

test.describe('accessibility (WCAG 2.1 A/AA with axe-core)', () => {
  for (const [name, url] of PAGE_TYPES) {
    test(`page type "${name}" has no violations`, async ({ page }) => {
      await prepare(page);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await untilDrawn(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expectNoAxeViolations(page);
    });
  }

  test('a page showing errors has no violations', async ({ page }) => {
    await prepare(page);
    await page.goto('./#/fragebogen/prozesse/abschnitt/rueckhalt');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an item page has no violations', async ({ page }) => {
    await prepare(page);
    await page.goto('./#/fragebogen/umsatzsteuer/abschnitt/leistungen/eintraege');
    await page.getByLabel('Neue Leistung: Bezeichnung').fill('Standesamt für Beispieldorf');
    await page.getByRole('button', { name: 'Leistung hinzufügen' }).click();
    await page.getByRole('link', { name: 'Standesamt für Beispieldorf' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Standesamt für Beispieldorf');
    await expectNoAxeViolations(page);
  });
});

test('no request leaves the app and the Content-Security-Policy is never violated', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  const cspMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
  });
  await prepare(page);
  for (const [, url] of PAGE_TYPES) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(foreign).toEqual([]);
  expect(cspMessages).toEqual([]);

  const html = readFileSync('dist/index.html', 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-(inline|eval)|https?:/);
});

test.describe('screenshots from phone to projector', () => {
  for (const [label, width, height] of [['phone', 360, 800], ['projector', 1920, 1080]] as const) {
    test(`pages fit a ${width}px wide screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await prepare(page);
      for (const [name, url] of PAGE_TYPES.filter(([n]) => n !== 'nicht-gefunden')) {
        // A fresh load, so that the heading found below belongs to this page and not the one before.
        await page.goto('about:blank');
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/${label}-${name}.png`, fullPage: true });
      }
    });
  }
});
