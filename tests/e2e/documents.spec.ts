// Two municipalities enter their cost figures at their own desks and send their answer files; the
// advisor compares them and downloads the Beschlussvorlage and the outline of the agreement as Word
// files. A Hauptamtsleiterin does the same for her own municipality on the results page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { createRequire } from 'node:module';
import { expectNoAxeViolations, importAndCompare, SCREENSHOTS, walkQuestionnaire } from './helpers.ts';

const require = createRequire(import.meta.url);

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function expectNoAxeViolationsIn(page: Page, selector: string): Promise<void> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(document.querySelector(scope)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => v.id);
  }, selector);
  expect(violations).toEqual([]);
}

const field = (page: Page, questionId: string) => page.locator(`#frage-${questionId}`);

async function next(page: Page): Promise<void> {
  const url = page.url();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page).not.toHaveURL(url);
}

/** The cost questionnaire as a Kämmerin fills it: today's costs, the planned cooperation, the key and one partner. */
async function enterFigures(page: Page, figures: { personnel: string; material: string; inhabitants: string; partner: string; partnerInhabitants: string; partnerToday: string }): Promise<void> {
  await page.goto('./#/fragebogen/kosten/abschnitt/heute');
  await field(page, 'personalkosten-jahr').fill(figures.personnel);
  await field(page, 'sachkosten-jahr').fill(figures.material);
  await field(page, 'einwohner').fill(figures.inhabitants);
  await next(page); // Stellen: the yearly total above is enough
  await next(page);
  await page.locator('#frage-wer-leistet').check();
  await field(page, 'plan-vzae').fill('1,5');
  await field(page, 'plan-kosten-je-vzae').fill('68.000');
  await next(page);
  await field(page, 'einmal-umstellung').fill('12.000');
  await next(page);
  await page.getByLabel('Nach Einwohnern').check();
  await next(page);
  await page.locator('#neuer-eintrag').fill(figures.partner);
  await page.getByRole('button', { name: 'Partner hinzufügen' }).click();
  await next(page);
  await field(page, 'partner-einwohner').fill(figures.partnerInhabitants);
  await field(page, 'partner-kosten-heute').fill(figures.partnerToday);
  await next(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Antworten prüfen');
}

async function municipality(browser: Browser, name: string, figures: Parameters<typeof enterFigures>[1]): Promise<string> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill(name);
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Mittelsachsen');
  await page.getByLabel('Standesamt').check();
  await page.getByLabel('Vorgesehene Partnergemeinden').fill(figures.partner);
  await walkQuestionnaire(page, 'Rechtsform', '', { 'aufgabe-geht-ueber': 'delegation', 'anzahl-partner': 'zwei' });
  await enterFigures(page, figures);
  await page.goto('./#/bewertungen');
  await page.getByLabel(`${name} auswählen`).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auswahl exportieren' }).click();
  const file = `${SCREENSHOTS}/figures-${name}.json`;
  await (await download).saveAs(file);
  await context.close();
  return file;
}

/** Saves a download and checks that it is a Word document with its text, as LibreOffice or Word would read it. */
async function wordFile(page: Page, button: string, fileName: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  const path = `${SCREENSHOTS}/${fileName}`;
  await file.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: `als „${fileName}“ heruntergeladen` })).toBeVisible();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const parts = unzipSync(new Uint8Array(bytes));
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
  expect(strFromU8(parts['docProps/core.xml']!)).toContain('<dc:language>de-DE</dc:language>');
  return strFromU8(parts['word/document.xml']!);
}

test('an advisor compares two municipalities with their cost figures and downloads the Beschlussvorlage and the outline', async ({ browser }) => {
  test.setTimeout(300_000);
  const files = [
    await municipality(browser, 'Ahornstadt', { personnel: '60.000', material: '9.000', inhabitants: '4.200', partner: 'Birkenau', partnerInhabitants: '2.800', partnerToday: '45.000' }),
    await municipality(browser, 'Birkenau', { personnel: '45.000', material: '7.500', inhabitants: '2.800', partner: 'Ahornstadt', partnerInhabitants: '4.200', partnerToday: '69.000' }),
  ];

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await importAndCompare(page, files, ['Ahornstadt', 'Birkenau']);
  await expect(page.getByRole('heading', { name: 'Entwürfe für den Gemeinderat' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/documents-comparison.png`, fullPage: true });

  const vorlage = await wordFile(page, 'Beschlussvorlage (Word)', `IKZ-Check_Beschlussvorlage_mehrere-Gemeinden_${today()}.docx`);
  for (const text of ['Beschlussvorlage', 'Ahornstadt und Birkenau', 'Anteil jeder Gemeinde nach ihren eigenen Zahlen', '[bitte ergänzen: Name der beschließenden Gemeinde]', '<w:tblHeader/>', '<w:pStyle w:val="Heading2"/>']) {
    expect(vorlage).toContain(text);
  }
  const outline = await wordFile(page, 'Gliederung der Zweckvereinbarung (Word)', `IKZ-Check_Gliederung-Zweckvereinbarung_mehrere-Gemeinden_${today()}.docx`);
  expect(outline).toContain('Kostenerstattung und Kostenschlüssel');
  expect(outline).toContain('Formulierungsvorschlag, nicht amtlich');
});

test('a Hauptamtsleiterin downloads both drafts from her results page, and the full PDF has them as chapters', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill('Groß Lindenau');
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Mittelsachsen');
  await page.getByLabel('Standesamt').check();
  await walkQuestionnaire(page, 'Rechtsform', '', { 'aufgabe-geht-ueber': 'delegation' });
  await enterFigures(page, { personnel: '52.000', material: '8.000', inhabitants: '3.900', partner: 'Gemeinde Nachbarort', partnerInhabitants: '2.100', partnerToday: '41.000' });
  await page.goto('./#/ergebnis');
  await expectNoAxeViolations(page);
  // On a phone: the section with the two buttons (the results page's wide tables are checked elsewhere).
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoAxeViolationsIn(page, '.draft-documents');
  await page.locator('.draft-documents').screenshot({ path: `${SCREENSHOTS}/documents-buttons-360.png` });
  await page.setViewportSize({ width: 1366, height: 900 });

  const vorlage = await wordFile(page, 'Beschlussvorlage (Word)', `IKZ-Check_Beschlussvorlage_Gross-Lindenau_${today()}.docx`);
  expect(vorlage).toContain('Gemeinde Nachbarort');
  expect(vorlage).toContain('Anteile der Partner nach dem Schlüssel „nach Einwohnern“');
  await wordFile(page, 'Gliederung der Zweckvereinbarung (Word)', `IKZ-Check_Gliederung-Zweckvereinbarung_Gross-Lindenau_${today()}.docx`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vollständigen Bericht als PDF herunterladen' }).click();
  const pdf = `${SCREENSHOTS}/bericht-mit-entwuerfen.pdf`;
  await (await download).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  for (const chapter of ['Beschlussvorlage', 'Beschlussvorschlag', 'Gliederung der Zweckvereinbarung', '§ 6 Kostenerstattung und Kostenschlüssel']) expect(text).toContain(chapter);
});
