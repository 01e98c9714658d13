import { expect, test, type Page } from '@playwright/test';
import { clearStorage } from './helpers.ts';

const QUESTIONNAIRES = ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer'];

interface Focused {
  tag: string;
  type: string;
  name: string;
  text: string;
  checkedInGroup: boolean;
  value: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const fieldset = el?.closest('fieldset');
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      text: (el?.textContent ?? '').trim(),
      checkedInGroup: Boolean(fieldset?.querySelector('input:checked')),
      value: el?.value ?? '',
    };
  });
}

/** Tabs through the page and answers with Space and typing only, then presses Enter on "Weiter". */
async function answerPageWithKeyboard(page: Page): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    if ((el.type === 'radio' || el.type === 'checkbox') && el.name.startsWith('frage-') && !el.checkedInGroup) {
      await page.keyboard.press('Space');
    } else if (el.tag === 'input' && el.type === 'text' && el.value === '' && (await page.evaluate(() => Boolean(document.activeElement?.closest('.number-field'))))) {
      await page.keyboard.type('8000');
    } else if (el.tag === 'button' && el.text.startsWith('Weiter')) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('„Weiter“ wurde mit der Tabulatortaste nicht erreicht');
}

async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 100; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text.startsWith(text)) return;
  }
  throw new Error(`„${text}“ wurde mit der Tabulatortaste nicht erreicht`);
}

test('the whole wizard can be completed with the keyboard alone', async ({ page }) => {
  test.setTimeout(300_000);
  await clearStorage(page);
  await page.goto('./');
  await tabTo(page, 'Jetzt starten');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Angaben zur Gemeinde');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.keyboard.press('Tab');
  await page.keyboard.type('Tastaturhausen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Landkreis oder kreisfreie Stadt')).not.toHaveValue('');
  // The task: Tab enters the radio group on its first option, Space chooses it.
  for (let presses = 0; presses < 20 && (await focused(page)).name !== 'aufgabe'; presses++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Bauhof')).toBeChecked();
  await tabTo(page, 'Weiter zu den Fragebögen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');

  for (const title of QUESTIONNAIRES) {
    await page.goto('./#/fragebogen');
    await tabTo(page, title);
    await page.keyboard.press('Enter');
    for (let pageCount = 0; pageCount < 30; pageCount++) {
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      if ((await heading.textContent()) === 'Antworten prüfen') break;
      if ((await page.locator('#neuer-eintrag').count()) > 0 && (await page.locator('.item-row').count()) === 0) {
        await page.locator('#neuer-eintrag').focus();
        await page.keyboard.type('Leistung per Tastatur');
        await page.keyboard.press('Enter');
        await expect(page.locator('.item-row')).toHaveCount(1);
      }
      await answerPageWithKeyboard(page);
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antworten prüfen');
    await expect(page.getByText('Nicht beantwortet')).toHaveCount(0);
  }
  await page.goto('./#/fragebogen');
  await expect(page.locator('.kern-task-list__status').filter({ hasText: 'Abgeschlossen' })).toHaveCount(5);
});
