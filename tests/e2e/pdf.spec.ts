// The PDFs as a user gets them from the built app: the council version and the full report of the
// scenarios, the partners' joint report and the blank questionnaire. Every page is rendered as a
// picture (tests/e2e/.artifacts/pdf-pages) to be looked at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serialiseAssessment } from '../../src/domain/assessment/savedData.ts';
import { scenario } from '../fixtures/scenarios.ts';
import { clearStorage, fillSetup, SCREENSHOTS, walkQuestionnaire } from './helpers.ts';

const PAGES = `${SCREENSHOTS}/pdf-pages`;

/** Puts fully answered scenarios into the browser's storage as saved assessments. */
async function seed(page: Page, ids: ('standesamt' | 'it-verbund' | 'bauhof')[]): Promise<void> {
  await clearStorage(page);
  const entries = ids.map((id) => [`ikz-check.bewertung.${id}`, serialiseAssessment(scenario(id))] as const);
  await page.evaluate((list) => {
    for (const [key, value] of list) localStorage.setItem(key, value);
    localStorage.setItem('ikz-check.aktuell', list[0]![0].slice('ikz-check.bewertung.'.length));
  }, entries);
  // The app reads the storage when it starts.
  await page.reload();
}

/** Clicks a PDF button, saves the file and renders its pages; returns its text (pages split by form feeds) and page count. */
async function download(page: Page, button: string, name: string): Promise<{ text: string; pages: number; file: string }> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = `${SCREENSHOTS}/${name}.pdf`;
  await (await downloadPromise).saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'heruntergeladen' }).first()).toBeVisible();
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Author:\s+IKZ-Check/);
  expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  mkdirSync(PAGES, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, `${PAGES}/${name}`]);
  expect(readdirSync(PAGES).filter((f) => f.startsWith(`${name}-`)).length).toBe(pages);
  // The KERN typeface is embedded.
  expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/FiraSans/);
  return { text: execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }), pages, file };
}

test.beforeAll(() => rmSync(PAGES, { recursive: true, force: true }));

for (const id of ['standesamt', 'it-verbund'] as const) {
  test(`council version and full report of the scenario ${id}`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(page, [id]);
    await page.goto('./#/ergebnis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ergebnis für ${scenario(id).meta.municipality}`);

    const council = await download(page, 'Kurzfassung für den Gemeinderat als PDF herunterladen', `${id}-kurzfassung`);
    expect(council.pages).toBeLessThanOrEqual(6);
    expect(council.text).toContain('Was der Gemeinderat jetzt beschließen soll');
    expect(council.text).toContain('Kurzfassung für den Gemeinderat');

    const full = await download(page, 'Vollständigen Bericht als PDF herunterladen', `${id}-bericht`);
    const pages = full.text.split('\f');
    expect(pages[1]).toMatch(/^Inhalt\n/);
    for (const chapter of ['Zusammenfassung', 'Die vier Themen: Stand der Vorbereitung', 'Thema: Prozesse & Organisation', 'Passende Rechtsform (SächsKomZG)', 'Umsatzsteuer (§ 2b UStG)', 'Maßnahmenplan', 'Anhang: Ihre Antworten', 'Rechtsgrundlagen und Quellen']) {
      const entry = new RegExp(`^${chapter.replace(/[()&§]/g, '.')} (\\d+)$`, 'm').exec(pages[1]!);
      expect(entry, chapter).not.toBeNull();
      expect(pages[Number(entry![1]) - 1]).toContain(chapter);
    }
    // The radar chart is drawn into both documents.
    expect(execFileSync('pdfimages', ['-list', full.file], { encoding: 'utf8' })).toMatch(/jpeg/);
  });
}

test('the PDF button of a walked-through assessment delivers the full report as a file', async ({ page }) => {
  test.setTimeout(240_000);
  await clearStorage(page);
  await fillSetup(page, 'Groß-„Zitat“-Gemeinde Ärzteweg');
  for (const title of ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer']) {
    await walkQuestionnaire(page, title, 'Mäharbeiten Bauhof');
  }
  await page.goto('./#/ergebnis');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vollständigen Bericht als PDF herunterladen' }).click();
  const file = await downloadPromise;
  const today = new Date().toISOString().slice(0, 10);
  expect(file.suggestedFilename()).toBe(`IKZ-Check_Gross-Zitat-Gemeinde-Aerzteweg_${today}.pdf`);
  await file.saveAs(`${SCREENSHOTS}/bericht.pdf`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', `${SCREENSHOTS}/bericht.pdf`, '-'], { encoding: 'utf8' });
  expect(text).toContain('Groß-„Zitat“-Gemeinde Ärzteweg');
  expect(text).toContain('Bericht zur Kooperationsbereitschaft');
});

test('the joint report of two partners', async ({ page }) => {
  test.setTimeout(120_000);
  await seed(page, ['standesamt', 'it-verbund']);
  await page.goto('./#/vergleich?ids=standesamt,it-verbund');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnervergleich');
  const joint = await download(page, 'Gemeinsamen Bericht als PDF herunterladen', 'gemeinsam');
  expect(joint.text.split('\f')[1]).toMatch(/^Inhalt\n/);
  expect(joint.text).toContain('Wo die Partner zusammenpassen und wo nicht');
});

test('the blank questionnaire from the overview page', async ({ page }) => {
  test.setTimeout(120_000);
  await clearStorage(page);
  await page.goto('./#/fragebogen');
  const blank = await download(page, 'Fragebögen zum Ausfüllen auf Papier als PDF herunterladen', 'frageboegen');
  expect(blank.text).toContain('„Ja“ heißt:');
  expect(blank.text).toContain('Notiz');
  expect(blank.pages).toBeGreaterThan(20);
});
