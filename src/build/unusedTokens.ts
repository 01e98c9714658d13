// KERN defines about 1,300 design tokens (CSS custom properties) on the root element, its colour
// palette three times (hex, lab, display-p3). Every page parses them and every element inherits
// them, though the rules the app keeps read a small part. This drops the tokens that nothing reads:
// neither a kept KERN rule, nor the app's own styles and code, nor another token that is read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Container, Declaration, Root } from 'postcss';

const READ = /var\(\s*(--[\w-]+)/g;
const KERN_TOKEN = /--kern-[\w-]+/g;

const readIn = (value: string): string[] => Array.from(value.matchAll(READ), (m) => m[1]!);

/** Every KERN token the app's own sources name (styles, templates, code), e.g. `var(--kern-color-action-default)`. */
export function tokensNamedIn(root: string): Set<string> {
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(vue|ts|css)$/.test(file) && !file.startsWith('build'))
    .map((file) => join(root, 'src', file));
  const named = new Set<string>();
  for (const file of [join(root, 'index.html'), ...sources]) for (const [name] of readFileSync(file, 'utf8').matchAll(KERN_TOKEN)) named.add(name);
  return named;
}

/** Removes the custom properties no kept rule reads (directly or through another token); returns their names. */
export function dropUnusedTokens(css: Root, namedElsewhere: ReadonlySet<string>): string[] {
  const definitions = new Map<string, Declaration[]>();
  const read = new Set(namedElsewhere);
  css.walkDecls((declaration) => {
    if (declaration.prop.startsWith('--')) {
      const list = definitions.get(declaration.prop) ?? [];
      list.push(declaration);
      definitions.set(declaration.prop, list);
    } else {
      for (const name of readIn(declaration.value)) read.add(name);
    }
  });
  const pending = [...read];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const declaration of definitions.get(name) ?? []) {
      for (const next of readIn(declaration.value)) {
        if (!read.has(next)) {
          read.add(next);
          pending.push(next);
        }
      }
    }
  }
  const dropped = [...definitions.keys()].filter((name) => !read.has(name));
  for (const name of dropped) for (const declaration of definitions.get(name)!) removeWithEmptyParents(declaration);
  return dropped;
}

/** Removes the declaration, and the rules and at-rules (e.g. `@supports`) it leaves empty. */
function removeWithEmptyParents(declaration: Declaration): void {
  let parent = declaration.parent;
  declaration.remove();
  while (parent && (parent.type === 'rule' || parent.type === 'atrule') && (parent as Container).nodes?.length === 0) {
    const next = parent.parent;
    parent.remove();
    parent = next;
  }
}
