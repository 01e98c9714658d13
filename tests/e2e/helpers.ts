// Shared steps for the browser tests: filling the wizard like a person would, by role and label.
import { expect, type Page } from '@playwright/test';
import { CURRENT_KEY } from '../../src/stores/storageKeys.ts';
import { untilDrawn } from '../../src/build/wholePage.ts';
export { untilDrawn, wholePageScreenshot } from '../../src/build/wholePage.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function clearStorage(page: Page): Promise<void> {
  await page.goto('./');
  // The start page loads the store a moment after it is drawn, and the store notes the open
  // assessment: clear only after that, or the note would land after the clearing.
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, CURRENT_KEY);
  await page.evaluate(() => localStorage.clear());
}

export async function fillSetup(page: Page, municipality = 'Musterstadt'): Promise<void> {
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill(municipality);
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Mittelsachsen');
  await page.getByLabel('Standesamt').check();
  await page.getByLabel('Vorgesehene Partnergemeinden').fill('Nachbarort\nBeispieldorf');
}

/**
 * Answers every question shown on the current page: the first regular option of each choice
 * question, a number in number fields, a short text in required text fields. Conditional questions
 * that appear after an answer are answered too.
 */
export async function answerPage(page: Page, overrides: Record<string, string> = {}): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const [questionId, value] of Object.entries(overrides)) {
      const option = page.locator(`input[name="frage-${questionId}"][value="${value}"]`);
      if ((await option.count()) > 0 && !(await option.isChecked())) await option.check();
    }
  }
  const unanswered = page.locator('form fieldset.kern-fieldset:not(:has(input:checked))');
  const emptyNumber = page.locator('form .number-field input[type="text"]:enabled').filter({ hasNotText: /./ });
  for (let guard = 0; guard < 100; guard++) {
    if ((await unanswered.count()) > 0) {
      await unanswered.first().locator('input').first().check();
      continue;
    }
    const numbers = await emptyNumber.all();
    const empty = [];
    for (const input of numbers) if ((await input.inputValue()) === '') empty.push(input);
    if (empty.length > 0) {
      await empty[0]!.fill('8000');
      continue;
    }
    // An answer can reveal a conditional question on the next render: look once more.
    await page.waitForTimeout(150);
    if ((await unanswered.count()) === 0) return;
  }
}

/** Walks one questionnaire from its first page to "Antworten prüfen". */
export async function walkQuestionnaire(
  page: Page,
  title: string,
  itemName = 'Standesamt für Nachbarort',
  overrides: Record<string, string> = {},
): Promise<void> {
  await page.goto('./#/fragebogen');
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/#\/fragebogen\/[^/]+\//);
  const heading = page.getByRole('heading', { level: 1 });
  for (let guard = 0; guard < 40; guard++) {
    const url = page.url();
    if ((await heading.textContent())?.includes('Antworten prüfen')) return;
    const addField = page.locator('#neuer-eintrag');
    if ((await addField.count()) > 0 && (await page.locator('.item-row').count()) === 0) {
      await addField.fill(itemName);
      await page.getByRole('button', { name: /hinzufügen/ }).click();
      await expect(page.locator('.item-row')).toHaveCount(1);
    }
    await answerPage(page, overrides);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await expect(page).not.toHaveURL(url);
  }
  throw new Error(`Fragebogen „${title}“: Seite „Antworten prüfen“ nicht erreicht`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  await untilDrawn(page);
  // Evaluated through the DevTools protocol: a <script> tag would be blocked by the app's CSP.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

export const SCREENSHOTS = 'tests/e2e/.artifacts';

/** The advisor imports the partners' answer files, ticks the named assessments and opens the comparison. */
export async function importAndCompare(page: Page, files: string[], names: string[]): Promise<void> {
  await page.goto('./#/bewertungen');
  await page.locator('#antwortdatei').setInputFiles(files);
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText(/^Importiert:/)).toBeVisible();
  for (const name of names) await page.getByLabel(`${name} auswählen`).check();
  await page.getByRole('button', { name: 'Partner vergleichen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnervergleich');
}
