// The pages with data on a phone (360 px), an office PC (1366 px) and a projector (1920 px): no
// axe violation, tables that scroll sideways reachable by keyboard, tap targets of at least 44 px
// on a phone, sections folded on a phone, and the workshop's presentation mode and marks.
import { expect, test, type Page } from '@playwright/test';
import { SCENARIOS } from '../fixtures/scenarios.ts';
import { cumulativeLayoutShift, OBSERVE_SHIFTS, RECORDED_SHIFTS, type Shift } from '../../src/build/layoutShift.ts';
import { expectNoAxeViolations, SCREENSHOTS, wholePageScreenshot } from './helpers.ts';

const IDS = 'standesamt,it-verbund,bauhof';
const PAGES: [string, string][] = [
  ['ergebnis', './#/ergebnis'],
  ['bewertungen', './#/bewertungen'],
  ['vergleich', `./#/vergleich?ids=${IDS}`],
  ['workshop', `./#/workshop?ids=${IDS}&schritt=3`],
  ['pruefen', './#/fragebogen/prozesse/pruefen'],
];

/** The three fully answered scenario assessments, saved as the app saves them; "bauhof" is open. */
async function seed(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate((list) => {
    localStorage.clear();
    for (const a of list)
      localStorage.setItem(`ikz-check.bewertung.${a.id}`, JSON.stringify({ format: 'ikz-check/gespeicherte-bewertung', formatVersion: 1, revision: 1, assessment: a }));
    localStorage.setItem('ikz-check.aktuell', 'bauhof');
  }, SCENARIOS.map((s) => s.assessment));
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Charts and lazy parts settle.
  await page.waitForTimeout(300);
}

for (const [width, height] of [
  [360, 800],
  [1366, 768],
] as const) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height } });
    for (const [name, url] of PAGES) {
      test(`"${name}" has no axe violation and does not scroll sideways`, async ({ page }) => {
        await seed(page);
        await open(page, url);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
        await wholePageScreenshot(page, `${SCREENSHOTS}/layout-${width}-${name}.png`);
        await expectNoAxeViolations(page);
        // Open everything a phone folds away: still no violation.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await page.waitForTimeout(200);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('every link, button and option of the pages with data is at least 44 px tall', async ({ page }) => {
    await seed(page);
    for (const [name, url] of [...PAGES, ['abschnitt', './#/fragebogen/prozesse/abschnitt/rueckhalt'] as [string, string]]) {
      await open(page, url);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, summary, label.kern-label, .select-target')]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('p, .kern-list, .finding__answers, td:not(.assessment-row__actions), dd, .kern-hint'))
          // The label of a text field, date or select is no target of its own: the field below it is.
          .filter((el) => !(el instanceof HTMLLabelElement && el.control && !['checkbox', 'radio'].includes((el.control as HTMLInputElement).type)))
          .filter((el) => el.getBoundingClientRect().height < 43.5)
          .map((el) => `${el.tagName.toLowerCase()} „${(el.textContent ?? '').trim().slice(0, 40)}“ ${Math.round(el.getBoundingClientRect().height)} px`),
      );
      expect(small, name).toEqual([]);
    }
  });

  test('the results page starts with its sections folded and a wide table can be scrolled by keyboard', async ({ page }) => {
    await seed(page);
    await open(page, './#/ergebnis');
    const folded = page.locator('details.phone-collapse');
    expect(await folded.count()).toBeGreaterThan(5);
    for (const d of await folded.all()) await expect(d).not.toHaveAttribute('open', '');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(8000);

    await open(page, `./#/vergleich?ids=${IDS}`);
    const region = page.getByRole('region', { name: 'Stand der Vorbereitung je Thema und Partner' });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test('the list of assessments shows level, date and actions of each assessment without sideways scrolling', async ({ page }) => {
    await seed(page);
    await open(page, './#/bewertungen');
    await expect(page.getByRole('region', { name: 'Gespeicherte Bewertungen' })).toHaveCount(0);
    const row = page.locator('.assessment-row').first();
    for (const text of ['Stufe', 'Datum']) await expect(row).toContainText(text);
    await expect(row.getByRole('button', { name: /Duplizieren/ })).toBeInViewport({ ratio: 1 });
  });
});

for (const [width, height] of [
  [360, 800],
  [1366, 768],
] as const) {
  test.describe(`opened by a link at ${width} px`, () => {
    test.use({ viewport: { width, height } });
    test('a page does not move once it appears: the footer waits for the page below which it stands', async ({ page }) => {
      await seed(page);
      await page.addInitScript(OBSERVE_SHIFTS);
      for (const url of ['./#/fragebogen/prozesse/abschnitt/aufgabe', './#/ergebnis', './#/begriffe', './#/angaben']) {
        await page.goto('about:blank');
        await page.goto(url);
        await expect(page.locator('footer')).toBeAttached();
        await page.waitForTimeout(500);
        expect(cumulativeLayoutShift(await page.evaluate<Shift[]>(RECORDED_SHIFTS)), url).toBeLessThan(0.01);
      }
    });
  });
}

test.describe('workshop on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('marks who differs from the majority, shows the "Ja" criteria and has a presentation mode without header and footer', async ({ page }) => {
    await seed(page);
    await open(page, `./#/workshop?ids=${IDS}&schritt=3`);
    await expect(page.locator('.workshop__differ')).toContainText('1 von 3 Partnern weicht von der Mehrheit ab: Stadt Bergwiesen.');
    await expect(page.locator('.workshop__answer--differ')).toHaveCount(1);
    await expect(page.locator('.workshop__answer--differ')).toContainText('Stadt Bergwiesen');
    await expect(page.locator('.workshop__answer--differ')).toContainText('weicht von der Mehrheit ab');

    await page.getByRole('button', { name: 'Vollbild' }).click();
    await expect(page.locator('header')).toHaveCount(0);
    await expect(page.locator('footer')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-1920-workshop-vollbild.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);

    // A question with "Ja" criteria shows them to the room.
    await page.getByLabel('Nur Fragen mit unterschiedlichen Antworten').check();
    for (let i = 0; i < 60 && (await page.locator('.workshop__criteria').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.workshop__criteria')).toContainText('„Ja“ gilt, wenn');
  });

  test('the comparison reads larger on a 1920 px screen than at 1366 px', async ({ page }) => {
    await seed(page);
    await open(page, `./#/vergleich?ids=${IDS}`);
    const size = () => page.locator('.comparison-table td').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const large = await size();
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(large).toBeGreaterThan(await size());
  });
});

test('a copy renamed for another municipality names that municipality in its result', async ({ page }) => {
  await seed(page);
  await open(page, './#/bewertungen');
  await page.getByRole('button', { name: 'Duplizieren: Gemeinde Auental' }).click();
  const label = page.getByLabel('Bezeichnung in der Liste');
  await expect(label).toBeFocused();
  await expect(label).toHaveValue('Gemeinde Auental (Kopie)');
  await label.fill('Birkenhain – Entwurf');
  await page.getByLabel('Gemeinde oder Stadt').fill('Gemeinde Birkenhain');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gemeinde im Bericht: Gemeinde Birkenhain')).toBeVisible();
  await page.getByRole('button', { name: 'Birkenhain – Entwurf', exact: true }).click();
  await page.goto('./#/ergebnis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ergebnis für Gemeinde Birkenhain');
});

test.describe('PDF buttons', () => {
  for (const width of [360, 1366]) {
    test(`at ${width} px no empty lines under the buttons, and the row keeps its size after a download`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await seed(page);
      await open(page, './#/ergebnis');
      const row = page.locator('.results > .button-row').first();
      const gap = async () => (await page.locator('.level-summary').boundingBox())!.y - ((await row.boundingBox())!.y + (await row.boundingBox())!.height);
      expect(await gap()).toBeLessThan(70);
      const sizes = () => row.locator('button, a').evaluateAll((els) => els.map((el) => `${Math.round(el.getBoundingClientRect().width)}x${Math.round(el.getBoundingClientRect().height)}`));
      const before = await sizes();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Kurzfassung für den Gemeinderat/ }).click();
      await download;
      await expect(row.getByRole('status').first()).not.toBeEmpty();
      expect(await sizes()).toEqual(before);
    });
  }
});

test('icons are drawn from the symbols in the page, in the colour KERN gives their place', async ({ page }) => {
  await page.goto('./');
  const icon = page.locator('.kern-btn--primary .kern-icon--chevron-right svg');
  const drawn = await icon.evaluate((svg) => ({
    width: svg.querySelector('use')!.getBBox().width,
    fill: getComputedStyle(svg).fill,
    label: getComputedStyle(svg.closest('.kern-btn')!.querySelector('.kern-label')!).color,
    button: getComputedStyle(svg.closest('.kern-btn')!).backgroundColor,
  }));
  expect(drawn.width).toBeGreaterThan(0);
  // On the primary button KERN gives the icon the colour of the button's text.
  expect(drawn.fill).toBe(drawn.label);
  expect(drawn.fill).not.toBe(drawn.button);
});
