// German typesetting for the PDF: no-break spaces and line breaking with hyphenation, measured in
// characters here so that the expected lines can be spelled out.
import { hyphenateSync } from 'hyphen/de';
import { describe, expect, it } from 'vitest';
import { breakLines, cachedHyphenator, typeset } from '../../src/report/typography';

const NBSP = '\u00a0';
const hyphenate = cachedHyphenator(hyphenateSync);
const measure = (text: string) => text.length;

describe('typeset', () => {
  it.each([
    ['nach § 2b UStG', `nach §${NBSP}2b UStG`],
    ['§§ 71 bis 74 SächsKomZG', `§§${NBSP}71 bis 74 SächsKomZG`],
    ['§ 2b Abs. 3 Nr. 2 UStG', `§${NBSP}2b Abs.${NBSP}3 Nr.${NBSP}2 UStG`],
    ['Art. 26 DSGVO', `Art.${NBSP}26 DSGVO`],
    ['19 % von 25.000 €', `19${NBSP}% von 25.000${NBSP}€`],
    ['ab dem 1. Januar 2027', `ab dem 1.${NBSP}Januar${NBSP}2027`],
    ['z. B. das Standesamt', `z.${NBSP}B. das Standesamt`],
    ['seit 3 Jahren', `seit 3${NBSP}Jahren`],
    ['Kapitel 3 beginnt', 'Kapitel 3 beginnt'],
    ['Absatzweise 3 Euro', `Absatzweise 3${NBSP}Euro`],
  ])('typeset(%j) = %j', (input, expected) => expect(typeset(input)).toBe(expected));
});

describe('breakLines', () => {
  it('hyphenates a word that does not fit, with a real hyphen at a German syllable break', () => {
    expect(breakLines('Fragen Sie Ihre Steuerberatung', 21, measure, hyphenate)).toEqual(['Fragen Sie Ihre Steu-', 'erberatung']);
    expect(breakLines('Fragen Sie Ihre Steuerberatung', 20, measure, hyphenate)).toEqual(['Fragen Sie Ihre', 'Steuerberatung']);
  });

  it('keeps words joined by no-break spaces on one line', () => {
    const lines = breakLines(typeset('Das regelt der neue § 2b UStG'), 21, measure, hyphenate);
    expect(lines).toEqual(['Das regelt der neue', `§${NBSP}2b UStG`]);
  });

  it('splits after an existing hyphen before it uses the patterns, and leaves words with inner capitals whole', () => {
    expect(breakLines('die IT-Dienstleister', 10, measure, hyphenate)).toEqual(['die IT-', 'Dienst-', 'leister']);
    expect(breakLines('nach SächsKomZG', 10, measure, hyphenate)).toEqual(['nach', 'SächsKomZG']);
  });

  it('does not hyphenate in running text when the line is already nearly full', () => {
    expect(breakLines('Zusammenarbeit der Gemeinden', 20, measure, hyphenate, { minGap: 0.3 })).toEqual(['Zusammenarbeit der', 'Gemeinden']);
  });

  it('breaks a word longer than a line with a hyphen, even without a pattern', () => {
    const lines = breakLines('xxxxxxxxxxxxxxxxxxxxxxxxx', 10, measure, hyphenate);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('xxxxxxxxxxxxxxxxxxxxxxxxx');
  });

  it('never loses or reorders a letter, and no line is wider than the width when it could be split', () => {
    const text = 'Verantwortlich für die Vereinbarung ist die Rechtsaufsichtsbehörde; die Genehmigungsbehörde prüft die Zweckvereinbarung.';
    for (const width of [8, 12, 20, 33, 60]) {
      const lines = breakLines(text, width, measure, hyphenate);
      expect(lines.every((l) => l.length <= width)).toBe(true);
      expect(lines.join(' ').replace(/-( |$)/g, '').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});
