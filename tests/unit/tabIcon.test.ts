// The icon of the browser tab is a small PNG: for an SVG icon Chromium builds an SVG document on the
// page's main thread at every load (21–73 ms with the CPU slowed down 4×, measured with the bench's trace).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const icons = [...html.matchAll(/<link rel="icon"([^>]*)>/g)].map((m) => ({
  href: /href="\.\/([^"]+)"/.exec(m[1]!)?.[1],
  sizes: /sizes="(\d+)x(\d+)"/.exec(m[1]!),
}));

/** Width and height from a PNG's header chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the tab icon', () => {
  it('is one PNG from public/, of the size index.html declares', () => {
    expect(icons).toHaveLength(1);
    const [icon] = icons;
    expect(icon!.href).toMatch(/\.png$/);
    expect(pngSize(join(root, 'public', icon!.href!))).toEqual([Number(icon!.sizes![1]), Number(icon!.sizes![2])]);
  });
});
