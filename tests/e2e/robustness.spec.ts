import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup } from './helpers.ts';

/** Where the one assessment was saved before several could be kept; still read on load. */
const LEGACY_KEY = 'ikz-check.bewertung';
const ENTRY_PREFIX = 'ikz-check.bewertung.';

async function savedEntries(page: import('@playwright/test').Page): Promise<[string, string][]> {
  return page.evaluate((prefix) => Object.entries(localStorage).filter(([key]) => key.startsWith(prefix)), ENTRY_PREFIX);
}

test('unreadable saved data is explained, can be downloaded and is only discarded on request', async ({ page }) => {
  await clearStorage(page);
  const broken = '{"format":"ikz-check/gespeicherte-bewertung","formatVersion":1,"assessment":{"id":"x"';
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LEGACY_KEY, broken]);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');
  await expect(page.getByText(/kein lesbares JSON/)).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.artifacts/corrupt-data.png', fullPage: true });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rohdaten herunterladen' }).click();
  const download = await downloadPromise;
  expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);

  await page.goto('./#/angaben');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(broken);

  await page.getByRole('button', { name: 'Daten verwerfen und neu beginnen' }).click();
  await page.getByRole('button', { name: 'Ja, Daten verwerfen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Gespeicherte Daten können nicht gelesen werden');
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBeNull();
  const entries = await savedEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]![1]).toContain('"municipality":""');
});

test('a field with an impossible value names the field', async ({ page }) => {
  await fillSetup(page);
  const [[key, saved]] = (await savedEntries(page)) as [[string, string]];
  await page.evaluate(([k, value]) => localStorage.setItem(k!, value!), [key, saved.replace('"Mittelsachsen"', '"Atlantis"')]);
  await page.reload();
  await expect(page.getByText('assessment.meta.landkreis')).toBeVisible();
});

test('when the browser refuses to save, the app keeps working and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Speicher voll', 'QuotaExceededError');
    };
  });
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill('Ohnespeicher');
  await expect(page.getByRole('alert').filter({ hasText: 'Ihre Antworten werden gerade nicht gespeichert' })).toBeVisible();
  await expect(page.getByText('Der Speicher dieses Browsers ist voll.')).toBeVisible();
  await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Ohnespeicher');
});

test('the app works from a sub-path of the web server', async ({ page, baseURL }) => {
  // The preview server serves dist/ at the root; a relative base means every asset URL is relative.
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  await page.goto(`${baseURL}index.html#/fragebogen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
});
