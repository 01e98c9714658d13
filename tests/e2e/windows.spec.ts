// One assessment open in two windows of the same browser (the projector and the laptop of a
// workshop): neither window writes over the other's answers, and a deletion stays a deletion.
import { expect, test, type Page } from '@playwright/test';
import { ENTRY_PREFIX } from '../../src/stores/storageKeys.ts';
import { clearStorage, expectNoAxeViolations, fillSetup, SCREENSHOTS } from './helpers.ts';

function savedAnswers(page: Page, questionnaire: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([prefix, id]) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix!))
        .map((key) => JSON.parse(localStorage.getItem(key)!).assessment.responses[id!]?.answers ?? {}),
    [ENTRY_PREFIX, questionnaire],
  );
}

async function answer(page: Page, section: string, question: string, value: string): Promise<void> {
  await page.goto(`./#/fragebogen/${section}`);
  await page.locator(`input[name="frage-${question}"][value="${value}"]`).check();
}

test('two windows answer different questions of one assessment and both answers are kept', async ({ context }) => {
  const projector = await context.newPage();
  await clearStorage(projector);
  await fillSetup(projector, 'Zweifensterhausen');
  const laptop = await context.newPage();
  await laptop.goto('./#/fragebogen');
  await expect(laptop.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');

  await answer(projector, 'prozesse/abschnitt/rueckhalt', 'gemeinderatsbeschluss', 'ja');
  await answer(laptop, 'it/abschnitt/fachverfahren', 'gleiches-fachverfahren', 'gleich');
  await expect.poll(() => savedAnswers(projector, 'prozesse')).toEqual([{ gemeinderatsbeschluss: 'ja' }]);
  await expect.poll(() => savedAnswers(projector, 'it')).toEqual([{ 'gleiches-fachverfahren': 'gleich' }]);

  // Each window shows the other's answer without a reload.
  await projector.goto('./#/fragebogen/it/abschnitt/fachverfahren');
  await expect(projector.locator('input[name="frage-gleiches-fachverfahren"][value="gleich"]')).toBeChecked();
  await laptop.goto('./#/fragebogen/prozesse/abschnitt/rueckhalt');
  await expect(laptop.locator('input[name="frage-gemeinderatsbeschluss"][value="ja"]')).toBeChecked();
});

test('an assessment deleted in one window stays deleted when the other window goes on editing it', async ({ context }) => {
  const first = await context.newPage();
  await clearStorage(first);
  await fillSetup(first, 'Loeschdorf');
  await first.goto('./#/bewertungen');
  await first.getByRole('button', { name: 'Neue Bewertung' }).click();
  const second = await context.newPage();
  await second.goto('./#/bewertungen');
  await second.getByRole('button', { name: 'Loeschdorf', exact: true }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
  const deletedId = await second.evaluate(() => localStorage.getItem('ikz-check.aktuell'));

  await first.goto('./#/bewertungen');
  await first.getByRole('button', { name: 'Löschen: Loeschdorf' }).click();
  await first.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(first.getByText('„Loeschdorf“ wurde gelöscht.')).toBeVisible();

  const notice = second.getByRole('alert').filter({ hasText: '„Loeschdorf“ wurde in einem anderen Fenster gelöscht' });
  await expect(notice).toBeVisible();
  await second.screenshot({ path: `${SCREENSHOTS}/other-window-deleted.png`, fullPage: true });
  await expectNoAxeViolations(second);
  // The second window has moved on to the other assessment; what is typed now goes there.
  await second.goto('./#/angaben');
  await expect(second.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('');
  await second.getByLabel('Name der Gemeinde oder Stadt').fill('Nachbarort');
  await second.close();
  const saved = await first.evaluate((prefix) =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => [key.slice(prefix.length), JSON.parse(localStorage.getItem(key)!).assessment.meta.municipality as string]),
    ENTRY_PREFIX,
  );
  expect(saved.map(([id]) => id)).not.toContain(deletedId);
  expect(saved.map(([, name]) => name)).toEqual(['Nachbarort']);
  await first.reload();
  await expect(first.getByRole('button', { name: 'Loeschdorf', exact: true })).toHaveCount(0);
});
