// One assessment per task: the setup asks for one task, and "Weitere Aufgabe prüfen" on the results
// page starts a linked assessment that takes over the answers that do not depend on the task.
import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup } from './helpers.ts';

test('a Hauptamtsleiterin checks the Bauhof after the Standesamt and finds both assessments together', async ({ page }) => {
  await clearStorage(page);
  await fillSetup(page, 'Lindenbach');
  await page.getByRole('button', { name: 'Weiter zu den Fragebögen' }).click();
  await expect(page.getByText('Diese Bewertung prüft die Aufgabe Standesamt.')).toBeVisible();

  await page.goto('./#/ergebnis');

  await page.getByLabel('Welche Aufgabe wollen Sie als Nächstes prüfen?').selectOption('Bauhof');
  await page.getByRole('button', { name: 'Weitere Aufgabe prüfen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
  await expect(page.getByText('Neue Bewertung für „Bauhof“ angelegt')).toBeVisible();
  await expect(page.getByText('Diese Bewertung prüft die Aufgabe Bauhof.')).toBeVisible();

  await page.goto('./#/bewertungen');
  await expect(page.getByText('Aufgabe: Standesamt')).toBeVisible();
  await expect(page.getByText('Aufgabe: Bauhof')).toBeVisible();

  // Back on the results of the Bauhof, the Standesamt is listed as linked.
  await page.goto('./#/ergebnis');
  await expect(page.getByRole('button', { name: 'Standesamt' })).toBeVisible();
  await page.getByLabel('Welche Aufgabe wollen Sie als Nächstes prüfen?').selectOption('andere');
  await page.getByRole('button', { name: 'Weitere Aufgabe prüfen' }).click();
  await expect(page.getByText('Beschreiben Sie die Aufgabe in wenigen Worten.')).toBeVisible();
});

test('the setup requires one task and offers another one in words', async ({ page }) => {
  await clearStorage(page);
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill('Ohneaufgabe');
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Bautzen');
  await page.getByRole('button', { name: 'Weiter zu den Fragebögen' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Wählen Sie die Aufgabe');
  await page.getByLabel('Eine andere Aufgabe').check();
  await page.getByLabel('Welche Aufgabe?').fill('Friedhofsverwaltung');
  await page.getByRole('button', { name: 'Weiter zu den Fragebögen' }).click();
  await expect(page.getByText('Diese Bewertung prüft die Aufgabe Friedhofsverwaltung.')).toBeVisible();
});
