// `npx tsx src/build/renderIcons.ts`: renders public/favicon.svg into the PNG icons: the tab's icon
// (48 px; for an SVG icon Chromium builds an SVG document on the page's main thread at every load)
// and those of the web app manifest (192 and 512 px, plus a maskable 512 px icon with the mark inside
// the safe zone), with Debian's Chromium. Run it again only when the favicon changes; the PNGs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../public');
const favicon = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
// Maskable: background to the edges, the check mark scaled into the central 80 % circle.
const maskable =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1a4b8c"/>' +
  '<g transform="translate(16 16) scale(0.7) translate(-16 -16)"><path d="M7 17l6 6 12-14" fill="none" stroke="#fff" ' +
  'stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/></g></svg>';

const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const [file, svg, size] of [
  ['favicon-48x48.png', favicon, 48],
  ['pwa-192x192.png', favicon, 192],
  ['pwa-512x512.png', favicon, 512],
  ['pwa-maskable-512x512.png', maskable, 512],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0"><img src="${dataUrl(svg)}" width="${size}" height="${size}" style="display:block"></body>`);
  await page.waitForFunction(() => document.images[0]?.complete);
  writeFileSync(join(publicDir, file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  console.log(`public/${file}`);
}
await browser.close();
