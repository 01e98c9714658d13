import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { clearStorage, fillSetup, SCREENSHOTS, walkQuestionnaire } from './helpers.ts';

test('the PDF button delivers the full report as a file', async ({ page }) => {
  test.setTimeout(240_000);
  await clearStorage(page);
  await fillSetup(page, 'Groß-„Zitat“-Gemeinde Ärzteweg');
  for (const title of ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer']) {
    await walkQuestionnaire(page, title, 'Mäharbeiten Bauhof');
  }
  await page.goto('./#/ergebnis');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bericht als PDF herunterladen' }).click();
  const download = await downloadPromise;
  await expect(page.getByRole('status').filter({ hasText: 'heruntergeladen' })).toBeVisible();

  const today = new Date().toISOString().slice(0, 10);
  expect(download.suggestedFilename()).toBe(`IKZ-Check_Gross-Zitat-Gemeinde-Aerzteweg_${today}.pdf`);
  const file = `${SCREENSHOTS}/bericht.pdf`;
  await download.saveAs(file);

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  for (const chapter of ['Bericht zur Kooperationsbereitschaft', 'Zusammenfassung', 'Die vier Themen im Überblick', 'Thema: Prozesse & Organisation', 'Empfohlene Rechtsform', 'Umsatzsteuer (§ 2b UStG)', 'Maßnahmenplan', 'Anhang: Ihre Antworten', 'Rechtsgrundlagen und Quellen']) {
    expect(text).toContain(chapter);
  }
  expect(text).toContain('Groß-„Zitat“-Gemeinde Ärzteweg');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Author:\s+IKZ-Check/);
  expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);

  // Render the pages as pictures to look at them.
  const pagesDir = `${SCREENSHOTS}/pdf-pages`;
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', file, `${pagesDir}/seite`]);
  expect(readdirSync(pagesDir).length).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
});
