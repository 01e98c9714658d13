// A screenshot of the whole page as a reader sees it after scrolling through: the browser draws
// the long parts of the results page only near the viewport (content-visibility), and a full-page
// screenshot would leave them blank. Used by comparePages.ts and the browser tests' pictures.
// The style goes in as a constructed style sheet: the app's CSP refuses inline style elements.
import type { Page } from 'playwright-core';

const SHOW_ALL = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.__showAll = sheet;
})()`;
const UNDO = `document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__showAll)`;

export async function wholePageScreenshot(page: Page, path?: string): Promise<Buffer> {
  await untilDrawn(page);
  await page.evaluate(SHOW_ALL);
  try {
    return await page.screenshot({ fullPage: true, ...(path ? { path } : {}) });
  } finally {
    await page.evaluate(UNDO);
  }
}

/** Until no part of the page is still being drawn: the results page draws its lower part a frame after the top (aria-busy). */
export async function untilDrawn(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
}
