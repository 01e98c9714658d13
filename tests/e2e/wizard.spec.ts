import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup, SCREENSHOTS, walkQuestionnaire } from './helpers.ts';

const QUESTIONNAIRES = ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer'];

test.beforeEach(async ({ page }) => {
  await clearStorage(page);
});

test('a new user walks the whole wizard with the mouse and sees every questionnaire completed', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('interkommunale Zusammenarbeit');
  await page.getByRole('link', { name: 'Jetzt starten' }).click();
  await expect(page).toHaveURL(/#\/angaben$/);
  await fillSetup(page);
  await page.getByRole('button', { name: 'Weiter zu den Fragebögen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');

  for (const title of QUESTIONNAIRES) {
    await walkQuestionnaire(page, title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antworten prüfen');
    await expect(page.getByText('Nicht beantwortet')).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Zur Übersicht' }).click();
  await expect(page.locator('.kern-task-list__status').filter({ hasText: 'Abgeschlossen' })).toHaveCount(5);
  await page.screenshot({ path: `${SCREENSHOTS}/overview-complete.png`, fullPage: true });
});

test('leaving a page with unanswered required questions shows a linked error summary', async ({ page }) => {
  await fillSetup(page);
  await page.goto('./#/fragebogen');
  await page.getByRole('link', { name: QUESTIONNAIRES[0] }).click();
  await expect(page).toHaveURL(/abschnitt/);
  const firstHeading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: 'Weiter' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstHeading!);
  await expect(page).toHaveTitle(/^Fehler:/);
  await page.screenshot({ path: `${SCREENSHOTS}/error-summary.png`, fullPage: true });

  const firstLink = summary.getByRole('link').first();
  await firstLink.click();
  await expect(page.locator('input:focus')).toHaveCount(1);
});

test('a reload in the middle keeps the page and every answer', async ({ page }) => {
  await fillSetup(page, 'Reloadhausen');
  await page.goto('./#/fragebogen');
  await page.getByRole('link', { name: QUESTIONNAIRES[1] }).click();
  await expect(page).toHaveURL(/abschnitt/);
  const url = page.url();
  const firstFieldset = page.locator('form fieldset').first();
  await firstFieldset.locator('input').nth(1).check();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.locator('form fieldset').first().locator('input').nth(1)).toBeChecked();
  await page.goto('./#/angaben');
  await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Reloadhausen');
});

test('conditional questions appear and disappear as answers change', async ({ page }) => {
  await page.goto('./#/fragebogen/it/abschnitt/fachverfahren');
  const followUp = page.getByText('Gibt es einen Plan', { exact: false });
  await expect(followUp).toHaveCount(0);
  await page.getByLabel('Verschiedene Produkte').check();
  await expect(followUp.first()).toBeVisible();
  await page.getByLabel('Ja, dasselbe Produkt in derselben Version').check();
  await expect(followUp).toHaveCount(0);
});

test('items of a repeatable section can be added, renamed and removed', async ({ page }) => {
  await page.goto('./#/fragebogen/umsatzsteuer/abschnitt/leistungen/eintraege');
  await page.getByRole('button', { name: 'Leistung hinzufügen' }).click();
  await expect(page.getByText('Geben Sie einen Namen für die Leistung ein.').first()).toBeVisible();

  await page.getByLabel('Neue Leistung: Bezeichnung').fill('Mäharbeiten Bauhof');
  await page.getByRole('button', { name: 'Leistung hinzufügen' }).click();
  await page.getByLabel('Neue Leistung: Bezeichnung').fill('Standesamt für Beispieldorf');
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Umbenennen: Mäharbeiten Bauhof' }).click();
  await page.getByLabel('Neuer Name für „Mäharbeiten Bauhof“').fill('Grünpflege Bauhof');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('link', { name: 'Grünpflege Bauhof' })).toBeVisible();

  await page.getByRole('button', { name: 'Entfernen: Standesamt für Beispieldorf' }).click();
  await page.getByRole('button', { name: 'Ja, entfernen' }).click();
  await expect(page.locator('.item-row')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENSHOTS}/items.png`, fullPage: true });

  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leistung: Grünpflege Bauhof');
});
