import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ENTRY_PREFIX, LEGACY_KEY } from '../../src/stores/storageKeys.ts';
import { clearStorage, expectNoAxeViolations, fillSetup, SCREENSHOTS } from './helpers.ts';

async function savedEntries(page: import('@playwright/test').Page): Promise<[string, string][]> {
  return page.evaluate((prefix) => Object.entries(localStorage).filter(([key]) => key.startsWith(prefix)), ENTRY_PREFIX);
}

test('unreadable saved data is explained, can be downloaded and is only discarded on request', async ({ page }) => {
  await clearStorage(page);
  const broken = '{"format":"ikz-check/gespeicherte-bewertung","formatVersion":1,"assessment":{"id":"x"';
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LEGACY_KEY, broken]);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');
  await expect(page.getByText(/Kein lesbares JSON/)).toBeVisible();
  await page.screenshot({ path: 'tests/e2e/.artifacts/corrupt-data.png', fullPage: true });

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rohdaten herunterladen' }).click();
  const download = await downloadPromise;
  expect(readFileSync((await download.path())!, 'utf8')).toBe(broken);

  await page.goto('./#/angaben');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBe(broken);
  // It stays until the user has decided, also after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');

  await page.getByRole('button', { name: 'Daten verwerfen und neu beginnen' }).click();
  await page.getByRole('button', { name: 'Ja, Daten verwerfen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Gespeicherte Daten können nicht gelesen werden');
  expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_KEY)).toBeNull();
  const entries = await savedEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]![1]).toContain('"municipality":""');
});

test('after downloading damaged data the user can go on without it; it stays listed until discarded', async ({ page }) => {
  await fillSetup(page, 'Heilstadt');
  await page.goto('./#/bewertungen');
  await page.getByRole('button', { name: 'Neue Bewertung' }).click();
  const openId = await page.evaluate(() => localStorage.getItem('ikz-check.aktuell'));
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"ikz-check/gespeicherte-bewertung","formatVersion":1,"assessment":'), `${ENTRY_PREFIX}${openId}`);
  await page.reload();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gespeicherte Daten können nicht gelesen werden');
  await expect(page.getByText(/Kein lesbares JSON: In Zeile 1, Spalte \d+ endet der Text mitten in den Daten/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rohdaten herunterladen' }).click();
  await download;
  await page.getByRole('button', { name: 'Ohne diese Daten weiterarbeiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Gespeicherte Daten können nicht gelesen werden');
  await page.reload();
  await page.getByRole('link', { name: 'Bewertungen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Bewertungen');
  await expect(page.getByText('Eine gespeicherte Bewertung ist beschädigt')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Heilstadt', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Beschädigte Daten verwerfen' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), `${ENTRY_PREFIX}${openId}`)).toBeNull();
});

test('the last edit is saved when the window is closed right after typing, also with more than a megabyte of notes', async ({ context }) => {
  const page = await context.newPage();
  await clearStorage(page);
  await fillSetup(page, 'Schnellschluss');
  await expect.poll(async () => (await savedEntries(page)).length).toBe(1);
  const [[entryKey]] = (await savedEntries(page)) as [[string, string]];
  await page.evaluate(
    ([key]) => {
      const entry = JSON.parse(localStorage.getItem(key!)!);
      // Each note within the 20,000 characters a note may have (a longer one is refused as damaged data).
      const notes = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [i ? `notiz-${i}` : 'gemeinderatsbeschluss', 'Notiz '.repeat(3_000)]));
      entry.assessment.responses.prozesse = { answers: {}, items: {}, notes };
      entry.revision += 1;
      localStorage.setItem(key!, JSON.stringify(entry));
    },
    [entryKey],
  );
  await page.reload();
  await page.goto('./#/angaben');
  const field = page.getByLabel('Vorgesehene Partnergemeinden');
  await expect(field).toHaveValue('Nachbarort\nBeispieldorf');
  await field.fill('');
  const started = Date.now();
  await field.pressSequentially('Partnerdorf am See', { delay: 20 });
  expect(Date.now() - started).toBeLessThan(10_000);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto('./#/angaben');
  await expect(again.getByLabel('Vorgesehene Partnergemeinden')).toHaveValue('Partnerdorf am See');
});

test('answers saved to an older questionnaire version are adapted on load, with a notice until it is closed', async ({ browser, baseURL }) => {
  // A build whose questionnaire "prozesse" is one version ahead of the saved answers.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  let from = 0;
  await page.route(/_virtual_ikz-content-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    // The content is inlined as JSON text for JSON.parse: {"id":"prozesse","version":1,…
    const body = (await response.text()).replace(/\{"id":"prozesse","version":(\d+),/, (_match, version: string) => {
      from = Number(version);
      return `{"id":"prozesse","version":${from + 1},`;
    });
    await route.fulfill({ response, body });
  });
  await page.goto('./#/fragebogen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
  expect(from).toBeGreaterThan(0);
  // Saved by the build before: answers to the version it had, one of them to a question now gone.
  await page.evaluate((version) => {
    const assessment = {
      id: 'alt-1',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      meta: { municipality: 'Altversionsdorf', landkreis: 'Bautzen', contactPerson: '', date: '2026-01-10', tasks: [], otherTasks: '', partners: '' },
      questionnaireVersions: { prozesse: version },
      responses: { prozesse: { answers: { gemeinderatsbeschluss: 'ja', 'frage-von-frueher': 'nein' }, items: {}, notes: {} } },
    };
    localStorage.clear();
    localStorage.setItem('ikz-check.aktuell', 'alt-1');
    localStorage.setItem('ikz-check.bewertung.alt-1', JSON.stringify({ format: 'ikz-check/gespeicherte-bewertung', formatVersion: 1, revision: 1, assessment }));
  }, from);
  await page.reload();

  const notice = page.getByRole('region', { name: 'Die Fragebögen wurden überarbeitet: Ihre Antworten wurden übernommen' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Prozesse & Organisation (Version ${from} → ${from + 1}): 1 Antwort wurde übernommen, 1 Angabe entfällt`);
  await notice.getByText('Einzelheiten zu „Prozesse & Organisation“').click();
  await expect(notice).toContainText('Die Frage „frage-von-frueher“ gibt es im Fragebogen „Prozesse & Organisation“ nicht mehr; die Antwort „nein“ wurde nicht übernommen.');
  await page.screenshot({ path: `${SCREENSHOTS}/migration-notice.png`, fullPage: true });
  await expectNoAxeViolations(page);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ikz-check.bewertung.alt-1')!).assessment);
  expect(saved.questionnaireVersions.prozesse).toBe(from + 1);
  expect(saved.responses.prozesse.answers).toEqual({ gemeinderatsbeschluss: 'ja' });

  // Still there after a reload, until the user closes it.
  await page.reload();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Gelesen, Hinweis schließen' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
  await expect(notice).toHaveCount(0);
  await context.close();
});

test('a field with an impossible value names the field', async ({ page }) => {
  await fillSetup(page);
  await expect.poll(async () => (await savedEntries(page)).join()).toContain('Beispieldorf');
  const [[key, saved]] = (await savedEntries(page)) as [[string, string]];
  await page.evaluate(([k, value]) => localStorage.setItem(k!, value!), [key, saved.replace('"Mittelsachsen"', '"Atlantis"')]);
  await page.reload();
  await expect(page.getByText('assessment.meta.landkreis')).toBeVisible();
});

test('when the browser refuses to save, the app keeps working and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Speicher voll', 'QuotaExceededError');
    };
  });
  await page.goto('./#/angaben');
  await page.getByLabel('Name der Gemeinde oder Stadt').fill('Ohnespeicher');
  await expect(page.getByRole('alert').filter({ hasText: 'Ihre Antworten werden gerade nicht gespeichert' })).toBeVisible();
  await expect(page.getByText('Der Speicher dieses Browsers ist voll.')).toBeVisible();
  await expect(page.getByLabel('Name der Gemeinde oder Stadt')).toHaveValue('Ohnespeicher');
});

test('the app works from a sub-path of the web server', async ({ page, baseURL }) => {
  // The preview server serves dist/ at the root; a relative base means every asset URL is relative.
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  await page.goto(`${baseURL}index.html#/fragebogen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersicht der Fragebögen');
});
