// The subset KERN fonts contain every character the app can show.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Font, woff2 } from 'fonteditor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACES, PDF_FACES, sourceFiles, subsetFaces } from '../../src/build/fonts.ts';

const root = resolve(__dirname, '../..');
const cacheDir = resolve(root, 'node_modules/.cache/ikz-fonts');

function charactersOf(files: string[]): string[] {
  const chars = new Set<string>();
  for (const file of files) for (const char of readFileSync(file, 'utf8')) if (char >= ' ') chars.add(char);
  return [...chars];
}

function missing(fontFile: string, type: 'woff2' | 'ttf', chars: string[]): string[] {
  const cmap = Font.create(readFileSync(fontFile), { type }).get().cmap;
  return chars.filter((char) => !(char.codePointAt(0)! in cmap));
}

const shown = charactersOf(sourceFiles(root).filter((file) => /\.(ya?ml|vue)$/.test(file) || file.endsWith('index.html')));
const GERMAN_TYPOGRAPHY = [...'„“‚‘–—§€ẞ→≠…·•äöüÄÖÜß'];

describe('the subset Fira Sans faces', () => {
  beforeAll(() => woff2.init());

  it('are checked against the characters of the questionnaires and the components', () => {
    expect(shown.length).toBeGreaterThan(100);
    expect(shown).toEqual(expect.arrayContaining(['ä', '§', '„']));
  });

  it.each(FACES.map((face) => face.file))('%s has a glyph for every character in questionnaires/*.yaml and src/**/*.vue', async (face) => {
    const files = await subsetFaces(root, cacheDir, [face], 'woff2');
    expect(missing(files.get(face)!, 'woff2', [...shown, ...GERMAN_TYPOGRAPHY])).toEqual([]);
  });

  it('also exist as TrueType for the PDF, with the same characters', async () => {
    const files = await subsetFaces(root, cacheDir, PDF_FACES, 'truetype');
    for (const face of PDF_FACES) expect(missing(files.get(face)!, 'ttf', [...shown, ...GERMAN_TYPOGRAPHY]), face).toEqual([]);
  });

  it('are much smaller than KERN’s full faces', async () => {
    const files = await subsetFaces(root, cacheDir, ['FiraSans-Regular'], 'woff2');
    expect(readFileSync(files.get('FiraSans-Regular')!).length).toBeLessThan(30_000);
  });
});
