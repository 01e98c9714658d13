// `npx tsx src/build/comparePages.ts <before-dist> [<after-dist>]`: shows that two builds look the same.
// Opens every page type of both builds at 360, 1366 and 1920 px with the same saved assessments and
// compares the computed style of every element (and its ::before/::after) and the screenshots.
// Screenshots land in tests/e2e/.artifacts/compare/. PAGES=start,ergebnis and WIDTHS=360 narrow it down. Build the "before" side from any commit with
// `git worktree add` or `git archive <ref> | tar -x -C <dir>`, then `npx vite build` there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from 'fast-png';
import type { Browser, Page } from 'playwright-core';
import { serialiseAssessment } from '../domain/assessment/savedData.ts';
import { launchBrowser } from './benchBrowser.ts';
import { loadContent } from './loadContent.ts';
import { serveStatic } from './staticServer.ts';
import { wholePageScreenshot } from './wholePage.ts';
import { fullyAnsweredAssessment } from './syntheticAssessment.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [beforeDir, afterDir = join(root, 'dist')] = process.argv.slice(2);
if (!beforeDir) throw new Error('Aufruf: npx tsx src/build/comparePages.ts <dist-vorher> [<dist-nachher>]');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const WIDTHS = (process.env.WIDTHS ?? '360,1366,1920').split(',').map(Number);
const OUT = join(root, 'tests/e2e/.artifacts/compare');

const { content } = loadContent(join(root, 'questionnaires'), root);
const prozesse = content!.questionnaires[0]!;
const firstSection = prozesse.sections[0]!;

/** Three saved assessments: the open one misses the first page's answers (to show empty fields and errors). */
function savedAssessments(): [string, string][] {
  const open = fullyAnsweredAssessment(content!);
  open.id = 'a';
  for (const question of firstSection.questions) delete open.responses[prozesse.id]!.answers[question.id];
  const partner = fullyAnsweredAssessment(content!, 2);
  partner.id = 'b';
  partner.meta.municipality = 'Nachbarort';
  const nextRound = { ...fullyAnsweredAssessment(content!), id: 'c', round: 2, previousRoundId: 'a' };
  nextRound.meta.date = '2027-03-01';
  return [open, partner, nextRound].map((a) => [`ikz-check.bewertung.${a.id}`, serialiseAssessment(a)]);
}

const PAGES: [string, string, ((page: Page) => Promise<void>)?][] = [
  ['start', ''],
  ['angaben', '#/angaben'],
  ['uebersicht', '#/fragebogen'],
  ['abschnitt', `#/fragebogen/${prozesse.id}/abschnitt/${firstSection.id}`],
  ['fehler', `#/fragebogen/${prozesse.id}/abschnitt/${firstSection.id}`, (page) => page.getByRole('button', { name: 'Weiter' }).click()],
  ['eintraege', '#/fragebogen/umsatzsteuer/abschnitt/leistungen/eintraege'],
  ['eintrag', '#/fragebogen/umsatzsteuer/abschnitt/leistungen/eintrag/e0'],
  ['pruefen', '#/fragebogen/it/pruefen'],
  ['ergebnis', '#/ergebnis'],
  ['bewertungen', '#/bewertungen'],
  ['vergleich', '#/vergleich?ids=a,b'],
  ['workshop', '#/workshop?ids=a,b'],
  ['runden', '#/runden?ids=a,c'],
  ['nicht-gefunden', '#/gibt-es-nicht'],
];

// Every element in document order with its computed style, ::before and ::after (a string: tsx would
// wrap a function with helpers the page does not have).
const COLLECT_STYLES = `(() => {
  const styleOf = (element, pseudo) => {
    const style = getComputedStyle(element, pseudo);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) return {};
    // Custom properties are left out: they are inputs (the build drops KERN's unread ones), and every
    // property they could change is compared as it resolves.
    return Object.fromEntries(Array.from(style).filter((name) => !name.startsWith('--')).map((name) => [name, style.getPropertyValue(name)]));
  };
  const pathOf = (element) => {
    const parts = [];
    for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''));
    }
    return parts.join(' > ');
  };
  return Array.from(document.querySelectorAll('body, body *'), (element) => ({
    path: pathOf(element),
    style: styleOf(element, null),
    before: styleOf(element, '::before'),
    after: styleOf(element, '::after'),
  }));
})()`;

type Style = Record<string, string>;

interface Snapshot {
  elements: { path: string; style: Style; before: Style; after: Style }[];
  png: Buffer;
}

async function snapshot(browser: Browser, url: string, width: number, hash: string, act?: (page: Page) => Promise<void>): Promise<Snapshot> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'de-DE', serviceWorkers: 'block', reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}favicon.svg`);
    await page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
      localStorage.setItem('ikz-check.aktuell', 'a');
    }, savedAssessments());
    await page.goto(`${url}${hash}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await act?.(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // Parts below the first screen are laid out only when they come near it (content-visibility):
    // scroll through the page once, as a reader would, so that each part has its real size.
    await page.evaluate(`(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo({ top: y, behavior: 'instant' });
        await frame();
      }
      scrollTo({ top: 0, behavior: 'instant' });
      await frame();
    })()`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(1200);
    const elements = (await page.evaluate(COLLECT_STYLES)) as Snapshot['elements'];
    return { elements, png: await wholePageScreenshot(page) };
  } finally {
    await context.close();
  }
}

function styleDifferences(a: Snapshot['elements'], b: Snapshot['elements']): string[] {
  const out: string[] = [];
  if (a.length !== b.length) out.push(`  ${a.length} → ${b.length} elements`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.path !== y.path) {
      out.push(`  element ${i}: ${x.path} → ${y.path}`);
      break;
    }
    for (const part of ['style', 'before', 'after'] as const) {
      const [left, right] = [x[part], y[part]];
      const names = [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((n) => left[n] !== right[n]);
      if (names.length === 0) continue;
      out.push(`  ${x.path}${part === 'style' ? '' : `::${part}`}: ${names.map((n) => `${n} ${left[n] ?? '∅'} → ${right[n] ?? '∅'}`).join('; ')}`);
    }
  }
  return out;
}

function pixelDifference(a: Buffer, b: Buffer): string {
  const [x, y] = [decode(a), decode(b)];
  if (x.width !== y.width || x.height !== y.height) return `size ${x.width}×${x.height} → ${y.width}×${y.height}`;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += x.channels) {
    if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) differing++;
  }
  return differing === 0 ? 'identical pixels' : `${differing} pixels differ (${((100 * differing) / (x.width * x.height)).toFixed(2)} %)`;
}

const servers = await Promise.all([serveStatic(resolve(beforeDir), PORT), serveStatic(resolve(afterDir), PORT + 1)]);
const browser = await launchBrowser();
let same = 0;
let total = 0;
try {
  for (const width of WIDTHS) {
    for (const [name, hash, act] of PAGES.filter(([name]) => !process.env.PAGES || process.env.PAGES.split(',').includes(name))) {
      const [before, after] = [
        await snapshot(browser, `http://127.0.0.1:${PORT}/`, width, hash, act),
        await snapshot(browser, `http://127.0.0.1:${PORT + 1}/`, width, hash, act),
      ];
      for (const [side, shot] of [['before', before], ['after', after]] as const) {
        mkdirSync(join(OUT, side), { recursive: true });
        writeFileSync(join(OUT, side, `${width}-${name}.png`), shot.png);
      }
      const differences = styleDifferences(before.elements, after.elements);
      total++;
      if (differences.length === 0) same++;
      console.log(`${String(width).padStart(4)} px  ${name.padEnd(15)} ${before.elements.length} elements, ${differences.length === 0 ? 'same computed styles' : `${differences.length} style differences`}, ${pixelDifference(before.png, after.png)}`);
      for (const line of differences.slice(0, 12)) console.log(line.length > 400 ? `${line.slice(0, 400)} …` : line);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
console.log(`\n${same} of ${total} pages with the same computed styles; screenshots in ${OUT}`);
