import { execFileSync } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answerPage, expectNoAxeViolations, SCREENSHOTS } from './helpers.ts';

const TOPICS = ['Prozesse & Organisation', 'IT & Schnittstellen', 'Rechtsform', 'Umsatzsteuer'];

/** One municipality fills in everything at its own desk (its own browser profile) and exports its answer file. */
async function municipalityExports(browser: Browser, name: string, overrides: Record<string, string>, file: string): Promise<void> {
  // No offline copy at the municipalities' desks: its notice arrives a few seconds after the first page,
  // floating at the bottom of the window, and could take a click meant for a link underneath
  // (offline.spec.ts covers the notice).
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill(name);
  await page.getByLabel('Landkreis oder kreisfreie Stadt').selectOption('Mittelsachsen');
  await page.getByLabel('Standesamt').check();
  for (const title of TOPICS) {
    await page.goto('./#/fragebogen');
    // The overview, not the page before it, must be the one clicked on.
    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht der Fragebögen' })).toBeVisible();
    await page.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/#\/fragebogen\/[^/]+\//, { timeout: 15_000 });
    for (let guard = 0; guard < 40; guard++) {
      if ((await page.getByRole('heading', { level: 1 }).textContent())?.includes('Antworten prüfen')) break;
      if ((await page.locator('#neuer-eintrag').count()) > 0 && (await page.locator('.item-row').count()) === 0) {
        await page.locator('#neuer-eintrag').fill(`Leistung von ${name}`);
        await page.getByRole('button', { name: /hinzufügen/ }).click();
        await expect(page.locator('.item-row')).toHaveCount(1);
      }
      const url = page.url();
      await answerPage(page, overrides);
      await page.getByRole('button', { name: 'Weiter' }).click();
      await expect(page).not.toHaveURL(url);
    }
  }
  await page.goto('./#/bewertungen');
  await page.getByLabel(`${name} auswählen`).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Auswahl exportieren' }).click();
  await (await download).saveAs(file);
  await context.close();
}

async function advisorImports(page: Page, files: string[]): Promise<void> {
  await page.goto('./#/bewertungen');
  await page.locator('#antwortdatei').setInputFiles(files);
  await expect(page.getByRole('heading', { name: 'Diese 3 Bewertungen importieren?' })).toBeVisible();
  await page.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByText(/^Importiert:/)).toBeVisible();
  for (const name of ['Ahornstadt', 'Birkenau', 'Lindenthal']) await page.getByLabel(`${name} auswählen`).check();
}

test('an advisor runs a workshop of three municipalities from their answer files and leaves with a joint PDF', async ({ browser }) => {
  test.setTimeout(420_000);
  const dir = SCREENSHOTS;
  const files = [`${dir}/ahorn.json`, `${dir}/birke.json`, `${dir}/linde.json`];
  await municipalityExports(browser, 'Ahornstadt', {}, files[0]!);
  await municipalityExports(browser, 'Birkenau', { 'gleiches-fachverfahren': 'verschieden', migrationsplan: 'nein' }, files[1]!);
  await municipalityExports(browser, 'Lindenthal', { gemeinderatsbeschluss: 'nein' }, files[2]!);

  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await advisorImports(page, files);
  await page.screenshot({ path: `${dir}/workshop-list.png`, fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Partner vergleichen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partnervergleich');
  await expect(page.locator('.comparison-table thead th')).toHaveText(['Thema', 'Ahornstadt', 'Birkenau', 'Lindenthal']);
  await expect(page.locator('.finding--konflikt').first()).toBeVisible();
  await expect(page.locator('#gemeinsam-titel')).not.toHaveText('');
  await page.screenshot({ path: `${dir}/workshop-comparison.png`, fullPage: true });
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gemeinsamen Bericht als PDF herunterladen' }).click();
  const pdf = `${dir}/gemeinsamer-bericht.pdf`;
  await (await download).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  for (const expected of ['Gemeinsamer Bericht der Partner', 'Gemeinsame Bereitschaft', 'Ahornstadt', 'Birkenau', 'Lindenthal', 'Was alle Partner vor dem Start tun müssen']) {
    expect(text).toContain(expected);
  }

  await page.getByRole('link', { name: 'Workshop-Modus' }).click();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const position = page.locator('.workshop__position');
  await expect(position).toContainText('Frage 1 von');
  await page.getByLabel('Nur Fragen mit unterschiedlichen Antworten').check();
  await page.keyboard.press('ArrowRight');
  await expect(position).toContainText('Frage 2 von');
  await page.keyboard.press('ArrowLeft');
  await expect(position).toContainText('Frage 1 von');
  await expect(page.locator('.workshop__differ')).toHaveText(/^≠ (\d von 3 Partnern weich(t|en) von der Mehrheit .*ab: |Keine Mehrheit)/);
  await page.getByLabel(/Notiz zur Diskussion/).fill('Im Workshop besprochen: Angleichung bis Juni.');
  await page.getByLabel(/Notiz zur Diskussion/).blur();
  await page.screenshot({ path: `${dir}/workshop-projector.png` });
  await expectNoAxeViolations(page);
  const url = page.url();
  await page.goto('./#/bewertungen');
  await page.goto(url);
  await expect(page.getByLabel(/Notiz zur Diskussion/)).toHaveValue('Im Workshop besprochen: Angleichung bis Juni.');
  await context.close();

  // The same in a room without network: after the first visit everything comes from the service worker.
  const offline = await browser.newContext({ acceptDownloads: true });
  const laptop = await offline.newPage();
  await laptop.goto('./');
  await laptop.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => laptop.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
  await offline.setOffline(true);
  await laptop.reload();
  await advisorImports(laptop, files);
  await laptop.getByRole('button', { name: 'Partner vergleichen' }).click();
  await expect(laptop.locator('.comparison-table thead th')).toHaveText(['Thema', 'Ahornstadt', 'Birkenau', 'Lindenthal']);
  const offlineDownload = laptop.waitForEvent('download');
  await laptop.getByRole('button', { name: 'Gemeinsamen Bericht als PDF herunterladen' }).click();
  await (await offlineDownload).saveAs(`${dir}/gemeinsamer-bericht-offline.pdf`);
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', `${dir}/gemeinsamer-bericht-offline.pdf`, '-'], { encoding: 'utf8' })).toContain('Gemeinsamer Bericht der Partner');
  await laptop.getByRole('link', { name: 'Workshop-Modus' }).click();
  await expect(laptop.locator('.workshop__position')).toContainText('Frage 1 von');
  await offline.close();
});
