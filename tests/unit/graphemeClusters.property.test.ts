// pdfText segments long text in windows (V8's segmenter slows down steeply on long strings). The
// windows must not change a single cluster: for hostile text – combining marks, emoji sequences with
// joiners and skin tones, flags, lone surrogates, bidirectional controls – and windows as small as one
// character, the clusters are those of the whole text at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeClusters, pdfText } from '../../src/report/pdfText.ts';

const whole = (text: string) =>
  [...new Intl.Segmenter('de', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** Pieces that make long or unusual clusters, mixed with ordinary text. */
const piece = fc.oneof(
  fc.constantFrom(
    'a',
    'ß',
    ' ',
    '\n',
    '\r\n',
    '\u0301',
    '\u0308\u0301',
    'e\u0301',
    '👩‍👩‍👧',
    '👍🏽',
    '\u200D',
    '🇩🇪',
    '🇩',
    '🏛️',
    '\uD83D',
    '\uDE00',
    '\u202E',
    'ক্ষ',
    '\u0600 ',
    '\u00a0',
  ),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const hostile = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('grapheme clusters in windows', () => {
  it.each([
    ['no text', '', 4, []],
    ['shorter than a window', 'Groß', 8, ['G', 'r', 'o', 'ß']],
    ['a cluster across the window end', 'ab\u0301c', 2, ['a', 'b\u0301', 'c']],
    ['a cluster longer than the window', 'x\u0301\u0302\u0303y', 2, ['x\u0301\u0302\u0303', 'y']],
    ['a family emoji across two windows', 'a👩‍👩‍👧b', 3, ['a', '👩‍👩‍👧', 'b']],
    ['two flags, windows of one', '🇩🇪🇦🇹', 1, ['🇩🇪', '🇦🇹']],
  ])('%s', (_name, text, window, clusters) => {
    expect([...graphemeClusters(text, window)]).toEqual(clusters);
  });

  it('gives the clusters of the whole text for any window size', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 12 }), (text, window) => {
        expect([...graphemeClusters(text, window)]).toEqual(whole(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('cleans a text of 70,000 characters in one line quickly enough for a test', () => {
    const line = 'Sehr lange Notiz mit Umlauten äöü, „Zitat“ – 17.500 € 🏛️ '.repeat(1200);
    const cleaned = pdfText(line);
    expect(cleaned).toHaveLength(line.length - 1200 * 2);
    expect(cleaned.startsWith('Sehr lange Notiz mit Umlauten äöü, „Zitat“ – 17.500 € ? Sehr')).toBe(true);
  });
});
