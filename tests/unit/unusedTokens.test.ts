import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropUnusedTokens, tokensNamedIn } from '../../src/build/unusedTokens.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

const pruned = (css: string, namedElsewhere: string[] = []) => {
  const root = postcss.parse(css);
  const dropped = dropUnusedTokens(root, new Set(namedElsewhere));
  return { css: root.toString(), dropped };
};

describe('KERN tokens nothing reads are dropped', () => {
  it.each([
    ['a token a rule reads stays, one nobody reads goes', ':root{--a:red;--b:blue}.x{color:var(--a)}', [], ':root{--a:red}.x{color:var(--a)}', ['--b']],
    ['a token read through another token stays', ':root{--a:var(--b);--b:blue;--c:green}.x{color:var(--a)}', [], ':root{--a:var(--b);--b:blue}.x{color:var(--a)}', ['--c']],
    ['a fallback inside var() counts as read', ':root{--a:red;--b:blue}.x{color:var(--a, var(--b))}', [], ':root{--a:red;--b:blue}.x{color:var(--a, var(--b))}', []],
    ['a token only the app names stays', ':root{--kern-a:red;--kern-b:blue}', ['--kern-a'], ':root{--kern-a:red}', ['--kern-b']],
    [
      'every definition of an unread token goes, also in themes and @supports; emptied rules go with it',
      ':root{--a:#fff}@supports (color:lab(0% 0 0)){:root{--a:lab(100% 0 0)}}.dark{--a:#000}.x{margin:0}',
      [],
      '.x{margin:0}',
      ['--a'],
    ],
    [
      'a token read in one theme stays in every theme',
      ':root{--a:#fff}.dark{--a:#000}.y{background:var(--a)}',
      [],
      ':root{--a:#fff}.dark{--a:#000}.y{background:var(--a)}',
      [],
    ],
    ['a rule that only reads a token is kept, with the token', '.x{--local:1px;border-width:var(--local)}', [], '.x{--local:1px;border-width:var(--local)}', []],
    ['tokens that only unread tokens read go together', ':root{--a:var(--b);--b:1px}', [], '', ['--a', '--b']],
  ])('%s', (_case, css, named, expected, dropped) => {
    const result = pruned(css, named);
    expect(result.css).toBe(expected);
    expect(result.dropped.sort()).toEqual(dropped);
  });
});

describe('the KERN tokens the app names itself', () => {
  it('finds the token the app styles read (not only KERN rules keep tokens alive)', () => {
    expect(tokensNamedIn(ROOT).has('--kern-color-action-default')).toBe(true);
  });
});
