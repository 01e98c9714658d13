// KERN draws each icon as a CSS mask made of an SVG image. Chromium builds a whole document for every
// such image the first time a page shows it: about 5 ms each on this machine, 15 ms for the first, so
// the six icons of a question page cost about 40 ms of one frame (160 ms on a slow phone). The build
// therefore takes the shapes out of KERN's style sheet and puts them into the page once, as SVG symbols;
// KernIcon.vue draws an icon with <use>, coloured by the same KERN rules (their background colour
// becomes the text colour the symbol is filled with).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Rule } from 'postcss';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { KERN_ICONS } from '../components/kernIcons.ts';

export interface IconShape {
  viewBox: string;
  paths: string[];
}

const ICON_RULE = /\.kern-icon--([a-z-]+)\{[^}]*?mask:url\("data:image\/svg\+xml,([^"]+)"\)/g;

/** The shape of every icon in KERN's style sheet, by name. */
export function iconShapes(kernCss: string): Map<string, IconShape> {
  const shapes = new Map<string, IconShape>();
  for (const [, name, encoded] of kernCss.matchAll(ICON_RULE)) {
    const svg = decodeURIComponent(encoded!);
    const viewBox = /viewBox='([^']+)'/.exec(svg)?.[1];
    const paths = [...svg.matchAll(/<path d='([^']+)'/g)].map((m) => m[1]!);
    if (viewBox && paths.length > 0) shapes.set(name!, { viewBox, paths });
  }
  return shapes;
}

/** The symbols of the given icons, to be placed once at the end of the page (app.css hides the sprite). */
export function iconSprite(shapes: Map<string, IconShape>, names: readonly string[]): HtmlTagDescriptor {
  const missing = names.filter((name) => !shapes.has(name));
  if (missing.length > 0) throw new Error(`KERN hat kein Symbol ${missing.join(', ')} (src/components/kernIcons.ts)`);
  return {
    tag: 'svg',
    attrs: { xmlns: 'http://www.w3.org/2000/svg', class: 'kern-icon-sprite', 'aria-hidden': 'true' },
    children: names.map((name) => ({
      tag: 'symbol',
      attrs: { id: `kern-icon--${name}`, viewBox: shapes.get(name)!.viewBox },
      children: shapes.get(name)!.paths.map((d) => ({ tag: 'path', attrs: { d } })),
    })),
    injectTo: 'body',
  };
}

export function kernCssText(root: string): string {
  return readFileSync(createRequire(`${root}/`).resolve('@kern-ux/native/dist/kern.min.css'), 'utf8');
}

/** Vite plugin: the icon symbols in index.html, in development and in the build. */
export function kernIconSprite(root: string): Plugin {
  return {
    name: 'ikz-kern-icons',
    transformIndexHtml: () => [iconSprite(iconShapes(kernCssText(root)), KERN_ICONS)],
  };
}

// A rule's element is an icon when the last part of its selector names one (`.kern-btn > .kern-icon`),
// not when an icon only appears in a condition (`.kern-link:has(.kern-icon)`).
const withoutConditions = (selector: string) => selector.replace(/\([^()]*\)/g, '');
const targetsIcon = (selector: string) => /\.kern-icon\b[\w-]*$/.test(withoutConditions(selector).trim().split(/[\s>+~]+/).at(-1) ?? '');

/** For KERN's style sheet: icons lose their SVG image mask; what coloured the mask colours the symbol. */
export function iconsWithoutImages(rule: Rule): void {
  if (!rule.selectors.some(targetsIcon)) return;
  rule.walkDecls(/^(-webkit-)?mask$/, (decl) => {
    if (decl.value.includes('data:image/svg+xml')) decl.remove();
  });
  if (rule.selectors.every(targetsIcon)) {
    rule.each((node) => {
      if (node.type === 'decl' && node.prop === 'background-color') node.prop = 'color';
    });
  }
}
