// The jsPDF tuning must not change what a PDF says: the same document is written with jsPDF as it
// comes and again after the tuning is loaded. Uncompressed, the two files are the same byte for
// byte; compressed (the tuning compresses faster, a little less tightly), a PDF reader reads the
// same text. Each test file gets its own jsPDF module, so the first rendering here is untouched by
// the tuning the other tests load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { pdfAssets } from './pdfAssets.ts';

// Part of jsPDF's plugin API, though not of its type declarations.
type Filters = { processDataByFilters: (data: string, filters: string[]) => { data: string; reverseChain: string } };
const api = jsPDF.API as unknown as Filters;
const untunedFilters = api.processDataByFilters.bind(api);

const FIXED_DATE = new Date('2026-11-25T09:00:00Z');
// Repeated glyphs, umlauts, typographic quotes and symbols on several pages, so that every tuned
// path is taken: widths, glyph list, text calls, Flate. (Characters the fonts lack, such as Arabic
// letters, never reach jsPDF: the writer prints them as "?".)
const LINES = [
  'Zweckvereinbarung nach § 71 SächsKomZG – „Aufgabenübertragung“ für 12.500 €',
  'Größe, Maß, Straße: ẞ ä ö ü Ä Ö Ü → ≠ … ‚einfach‘',
  'Umsatzsteuer § 2b UStG: Risiko gering? Nein – prüfen Sie 2027 erneut.',
];

function render(compress: boolean, tune?: (doc: jsPDF) => void): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress });
  doc.setCreationDate(FIXED_DATE);
  doc.setFileId('00000000000000000000000000000000');
  doc.addFileToVFS('FiraSans-Regular.ttf', pdfAssets.fonts!['FiraSans-Regular']);
  doc.addFont('FiraSans-Regular.ttf', 'FiraSans', 'normal');
  doc.addFileToVFS('FiraSans-Bold.ttf', pdfAssets.fonts!['FiraSans-Bold']);
  doc.addFont('FiraSans-Bold.ttf', 'FiraSans', 'bold');
  tune?.(doc);
  for (let page = 0; page < 3; page++) {
    if (page) doc.addPage();
    LINES.forEach((line, i) => {
      doc.setFont('FiraSans', i % 2 ? 'bold' : 'normal').setFontSize(10 + i);
      doc.text(line, 20, 30 + 10 * i);
      doc.text(`${doc.getTextWidth(line).toFixed(2)} mm`, 20, 80 + 10 * i);
    });
    // Several lines in one call, as the writer draws a paragraph: jsPDF passes them on as a list.
    doc.text(['Zeile eins – Größe', '', 'Zeile drei „Maß“ ẞ'], 20, 130);
    doc.text('erste\nzweite Zeile €', 20, 160, { maxWidth: 60 });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

function textOf(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ikz-tuning-')), 'probe.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

type Tuning = typeof import('../../src/report/jsPdfTuning.ts');
const tuneFonts = (tuning: Tuning, fonts: unknown[] = []) => (doc: jsPDF) => {
  for (const style of ['bold', 'normal']) {
    const font = doc.setFont('FiraSans', style).getFont();
    tuning.tuneEmbeddedFont(font as unknown as Parameters<Tuning['tuneEmbeddedFont']>[0]);
    fonts.push(font);
  }
};

describe('jsPDF tuning', () => {
  it('writes the same bytes as jsPDF without it when nothing is compressed, and the same text when it is', async () => {
    const untouched = { plain: render(false), compressed: render(true) };
    const tuning = await import('../../src/report/jsPdfTuning.ts');
    expect(tuning.textEncodingTuned).toBe(true);
    const fonts: unknown[] = [];
    const tuned = { plain: render(false, tuneFonts(tuning, fonts)), compressed: render(true, tuneFonts(tuning)) };
    expect(tuned.plain.length).toBe(untouched.plain.length);
    expect(Buffer.from(tuned.plain).equals(Buffer.from(untouched.plain))).toBe(true);
    const text = textOf(untouched.compressed);
    expect(text).toContain('„Aufgabenübertragung“ für 12.500 €');
    expect(textOf(tuned.compressed)).toBe(text);
    expect(tuned.compressed.length).toBeLessThan(untouched.compressed.length * 1.15);
    for (const font of fonts) {
      const metadata = (font as { metadata: { glyIdsUsed: number[]; Unicode: { widths: unknown[] } } }).metadata;
      expect(metadata.glyIdsUsed).toBeInstanceOf(tuning.GlyphsUsed);
      expect(metadata.Unicode.widths).toBeInstanceOf(tuning.IndexedWidths);
      expect(new Set(metadata.glyIdsUsed).size).toBe(metadata.glyIdsUsed.length);
    }
  });

  it.each([['FlateEncode'], ['/FlateEncode']])('compresses a stream with the filter %s so that zlib restores it', async (filter) => {
    await import('../../src/report/jsPdfTuning.ts');
    const stream = 'BT /F1 10 Tf <0041004200c4> Tj ET\n'.repeat(200) + String.fromCharCode(0, 127, 200, 255);
    const { data, reverseChain } = api.processDataByFilters(stream, [filter]);
    expect(reverseChain).toBe('/FlateDecode');
    const restored = unzlibSync(Uint8Array.from(data, (c: string) => c.charCodeAt(0)));
    expect(String.fromCharCode(...restored)).toBe(stream);
    expect(data.length).toBeLessThan(stream.length / 10);
  });

  it.each([[['ASCIIHexEncode']], [['FlateEncode', 'ASCIIHexEncode']], [[]]])('leaves the filter chain %j to jsPDF', async (chain) => {
    await import('../../src/report/jsPdfTuning.ts');
    const stream = 'q 1 0 0 1 0 0 cm Q\n'.repeat(20);
    expect(api.processDataByFilters(stream, chain)).toEqual(untunedFilters(stream, chain));
  });

  it('keeps each glyph once, in the order of first use', async () => {
    const { GlyphsUsed } = await import('../../src/report/jsPdfTuning.ts');
    const glyphs = new GlyphsUsed();
    glyphs.push(0);
    glyphs.push(5, 3, 5);
    glyphs.push(3);
    glyphs.push(9);
    expect([...glyphs]).toEqual([0, 5, 3, 9]);
  });
});
