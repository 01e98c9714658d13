// Two municipalities enter their cost figures at their own desks and send their answer files; the
// advisor imports both and the comparison shows the joint cost table. The results page of the
// municipality that planned the cooperation shows its share; both pages pass axe at 360 and 1366 px.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, importAndCompare, SCREENSHOTS, wholePageScreenshot } from './helpers.ts';

type Figures = Record<string, Record<string, string>>;

/** Types the figures page by page (number fields by id, choices by value), as a person would. */
async function enterFigures(page: Page, figures: Figures): Promise<void> {
  for (const [section, answers] of Object.entries(figures)) {
    await page.goto(`./#/fragebogen/kosten/abschnitt/${section}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const [question, value] of Object.entries(answers)) {
      const option = page.locator(`input[name="frage-${question}"][value="${value}"]`);
      if ((await option.count()) > 0) await option.check();
      else {
        await page.locator(`#frage-${question}`).fill(value);
        await page.locator(`#frage-${question}`).blur();
      }
    }
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.locator('.error-summary')).toHaveCount(0);
  }
}

async function municipalityExports(browser: Browser, name: string, figures: Figures, file: string): Promise<void> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill(name);
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Mittelsachsen');
  await enterFigures(page, figures);
  await page.goto('./#/bewertungen');
  await page.getByLabel(`${name} auswählen`).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auswahl exportieren' }).click();
  await (await download).saveAs(file);
  await context.close();
}

// Ahornstadt performs the task and planned it: 1.5 FTE at 70,000 €, keyed by inhabitants.
const AHORN: Figures = {
  heute: { 'personalkosten-jahr': '60000', 'arbeitsplatz-art': 'buero', 'gemeinkosten-satz': '20', 'sachkosten-jahr': '10000', 'faelle-jahr': '300', einwohner: '4000' },
  kooperation: { 'wer-leistet': 'wir', 'plan-vzae': '1,5', 'plan-kosten-je-vzae': '70000', 'plan-sachkosten-je-stelle': '9000', 'plan-gemeinkosten-satz': '20' },
  einmalig: { 'einmal-umstellung': '12000' },
  schluessel: { kostenschluessel: 'einwohner' },
};
// Birkenau pays Ahornstadt; it only says what the task costs it today and how large it is.
const BIRKE: Figures = {
  heute: { 'personalkosten-jahr': '40000', 'arbeitsplatz-art': 'buero', 'gemeinkosten-satz': '20', 'sachkosten-jahr': '6000', 'faelle-jahr': '150', einwohner: '2000' },
  kooperation: { 'wer-leistet': 'partner' },
};

async function checkAt(page: Page, width: number, name: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(300);
  await wholePageScreenshot(page, `${SCREENSHOTS}/${name}-${width}.png`);
  await expectNoAxeViolations(page);
}

test('two municipalities enter cost figures and the comparison shows the joint cost table', async ({ browser }) => {
  test.setTimeout(300_000);
  const files = [`${SCREENSHOTS}/kosten-ahorn.json`, `${SCREENSHOTS}/kosten-birke.json`];
  await municipalityExports(browser, 'Ahornstadt', AHORN, files[0]!);
  await municipalityExports(browser, 'Birkenau', BIRKE, files[1]!);

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await importAndCompare(page, files, ['Ahornstadt', 'Birkenau']);

  const joint = page.locator('section.joint-costs');
  await expect(joint.getByRole('heading', { name: 'Gemeinsame Kostenrechnung' })).toBeVisible();
  await expect(page.getByLabel('Mit der Planung rechnen von')).toHaveValue(/./);
  await expect(joint).toContainText('Gerechnet wird mit der Planung von Ahornstadt.');
  // 1.5 × 70,000 € + 1.5 × 9,000 € + 20 % of the staff costs (21,000 €) = 139,500 €
  await expect(joint.locator('.cost-lines__total').first()).toContainText('139.500,00');
  // Today: 60,000 × 1.2 + 10,000 = 82,000 € and 40,000 × 1.2 + 6,000 = 54,000 €; together 136,000 €
  await expect(joint.locator('.joint-costs__summary')).toContainText('136.000,00');
  await expect(joint.locator('.joint-costs__summary')).toContainText('3.500,00');
  // Shares by inhabitants 4,000 : 2,000 = 93,000 € : 46,500 €, in the table beside the chart
  const shares = joint.locator('table', { has: page.locator('caption', { hasText: 'Anteile der Partner' }) });
  await expect(shares).toContainText('93.000,00');
  await expect(shares).toContainText('46.500,00');
  await expect(joint.locator('figure.cost-chart canvas')).toBeVisible();
  await expect(joint.getByRole('heading', { name: 'Wenn es anders kommt' })).toBeVisible();
  for (const width of [360, 1366]) await checkAt(page, width, 'kosten-vergleich');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SCREENSHOTS}/kosten-vergleich-1920.png`, fullPage: true });

  // The results page of Ahornstadt: its own share and the same chapter.
  await page.goto('./#/bewertungen');
  await page.getByRole('button', { name: 'Ahornstadt', exact: true }).click();
  await expect(page).toHaveURL(/#\/fragebogen$/);
  await page.goto('./#/ergebnis');
  const costs = page.locator('section.costs');
  await expect(costs.getByRole('heading', { name: 'Kosten und Kostenteilung' })).toBeVisible();
  await expect(costs.locator('figure.cost-chart canvas')).toBeVisible();
  for (const width of [360, 1366]) await checkAt(page, width, 'kosten-ergebnis');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await wholePageScreenshot(page, `${SCREENSHOTS}/kosten-ergebnis-1920.png`);

  // The action plan: an own step with owner and status, saved, in the CSV and in the next round.
  await page.getByRole('textbox', { name: 'Was ist zu tun?' }).fill('Kostenrechnung im Gemeinderat vorstellen');
  await page.locator('#plan-neu-prioritaet').selectOption('hoch');
  await page.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  const step = page.locator('.plan-step', { hasText: 'Kostenrechnung im Gemeinderat vorstellen' });
  await step.getByRole('textbox', { name: /^Zuständig/ }).fill('Kämmerei, Herr Lange');
  await step.getByRole('combobox', { name: 'Status' }).selectOption('in-arbeit');
  await page.reload();
  await expect(step.getByRole('textbox', { name: /^Zuständig/ })).toHaveValue('Kämmerei, Herr Lange');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /Maßnahmenplan als Tabelle herunterladen/ }).click();
  const csv = await (await csvDownload).path().then((file) => import('node:fs').then((fs) => fs.readFileSync(file!)));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('"hoch";"Kostenrechnung im Gemeinderat vorstellen";"Kämmerei, Herr Lange";"";"in Arbeit";"";"Eigener Schritt"');
  await page.goto('./#/bewertungen');
  await page.getByRole('button', { name: 'Neue Runde: Ahornstadt' }).click();
  await page.goto('./#/ergebnis');
  await expect(page.locator('.plan-step', { hasText: 'Kostenrechnung im Gemeinderat vorstellen' }).getByRole('textbox', { name: /^Zuständig/ })).toHaveValue('Kämmerei, Herr Lange');
  await context.close();
});
