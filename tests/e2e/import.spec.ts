// Importing answer files like an advisor would, with files nobody should have to deal with: saved
// by an old editor, broken by hand, far too many answers, or arriving while the storage is full.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ENTRY_PREFIX } from '../../src/stores/storageKeys.ts';
import { clearStorage, expectNoAxeViolations, fillSetup, SCREENSHOTS } from './helpers.ts';

/** An answer file exported by a municipality in its own browser, with its setup filled in. */
async function exportedFile(browser: Browser, name: string): Promise<string> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await fillSetup(page, name);
  await page.goto('./#/bewertungen');
  await page.getByLabel(`${name} auswählen`).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auswahl exportieren' }).click();
  const path = `${SCREENSHOTS}/${name}.json`;
  await (await download).saveAs(path);
  await context.close();
  return path;
}
const fileData = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

const savedIds = (page: Page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)), ENTRY_PREFIX);

async function choose(page: Page, name: string, content: string | Buffer): Promise<void> {
  await clearStorage(page);
  await page.goto('./#/bewertungen');
  await page.locator('#antwortdatei').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

test('a file is imported only after the user confirmed, exactly once', async ({ page, browser }) => {
  const file = await exportedFile(browser, 'Importhausen');
  await clearStorage(page);
  await page.goto('./#/bewertungen');
  const before = await savedIds(page);
  await page.locator('#antwortdatei').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Diese Bewertung importieren?' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await savedIds(page)).toEqual(before);

  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importiert: Importhausen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importieren' })).toHaveCount(0);
  expect((await savedIds(page)).length).toBe(before.length + 1);
  await expect(page.getByRole('button', { name: 'Importhausen', exact: true })).toHaveCount(1);
});

test('a file in Windows-1252 is refused with a German message saying so', async ({ page, browser }) => {
  const file = await exportedFile(browser, 'Grossroehrsdorf');
  const text = readFileSync(file, 'utf8').replace('Grossroehrsdorf', 'Großröhrsdorf');
  await choose(page, 'alt.json', Buffer.from(text, 'latin1'));
  const alert = page.getByRole('alert').filter({ hasText: '„alt.json“ wurde nicht importiert' });
  await expect(alert).toContainText('Die Datei ist nicht in UTF-8 gespeichert');
  await expect(alert).toContainText('Ihre gespeicherten Bewertungen wurden nicht verändert.');
  await expect(page.getByText('Gro�')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a JSON syntax error is named with line and column, in German only', async ({ page }) => {
  await choose(page, 'kaputt.json', '{\n  "format": "ikz-check/antwortdatei",\n  "formatVersion": 1\n  "app": "IKZ-Check"\n}');
  const alert = page.getByRole('alert').filter({ hasText: '„kaputt.json“ wurde nicht importiert' });
  await expect(alert).toContainText('Kein lesbares JSON: In Zeile 4, Spalte 3 steht ein unerwartetes Zeichen „"“.');
  await expect(alert).not.toContainText(/Unexpected|position|SyntaxError/);
});

test('a value the wizard would refuse is refused with assessment, questionnaire, question and rule', async ({ page, browser }) => {
  const file = await exportedFile(browser, 'Minusdorf');
  const data = fileData(file);
  data.assessments[0].responses.umsatzsteuer = {
    answers: {},
    items: { leistungen: [{ id: 'l1', name: 'Bauhof', answers: { jahresbetrag: '-17.500' } }] },
    notes: {},
  };
  await choose(page, 'minus.json', JSON.stringify(data));
  await expect(page.getByRole('alert')).toContainText(
    /Bewertung „Minusdorf“, Fragebogen „Umsatzsteuer[^“]*“, Leistung „Bauhof“, Frage „Wie viel nimmt .*“: Die Zahl muss mindestens 0 sein\./,
  );
  expect(await savedIds(page)).toEqual([]);
});

test('70,000 unknown questions are summed up, the page stays usable and nothing is saved twice', async ({ page, browser }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const file = await exportedFile(browser, 'Vielfrage');
  const data = fileData(file);
  data.assessments[0].responses.prozesse = { answers: Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`f${i}`, 'ja'])), items: {}, notes: {} };
  const text = JSON.stringify(data);
  expect(text.length).toBeLessThan(1024 * 1024 * 1.5);
  await choose(page, 'viel.json', text);
  await expect(page.getByText('70.000 Angaben entfallen')).toBeVisible();
  await page.getByText('Einzelheiten zu „Prozesse & Organisation“').click();
  await expect(page.locator('.migration-summaries details li')).toHaveCount(50);
  await page.screenshot({ path: `${SCREENSHOTS}/import-review.png`, fullPage: true });
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText('Importiert: Vielfrage')).toBeVisible();
  expect(await savedIds(page)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('with the storage full, the import says nothing was saved and can be tried again', async ({ page, browser }) => {
  const file = await exportedFile(browser, 'Vollhausen');
  await clearStorage(page);
  await page.goto('./#/bewertungen');
  await page.locator('#antwortdatei').setInputFiles(file);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { restoreStorage: () => void }).restoreStorage = () => (Storage.prototype.setItem = original);
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('ikz-check.bewertung.')) throw new DOMException('voll', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Der Speicher dieses Browsers ist voll: Es wurde nichts importiert' })).toBeVisible();
  await expect(page.getByText(/^Importiert:/)).toHaveCount(0);
  expect(await savedIds(page)).toEqual([]);

  await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByText('Importiert: Vollhausen')).toBeVisible();
  expect(await savedIds(page)).toHaveLength(1);
});
