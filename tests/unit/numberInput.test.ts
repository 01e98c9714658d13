// How IKZ-Check reads an amount typed by a German user (readNumberInput / parseNumber in
// src/domain/content/questions.ts): one row per spelling, with the number it means or the reason it
// is refused; and, for any number, that the ways Germans write it are read back as that number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, readNumberInput, type NumberProblem } from '../../src/domain/content/questions.ts';

const EURO = 'Euro pro Jahr';
const PERCENT = 'Prozent';
const CASES = 'Fälle pro Jahr';

interface Row {
  input: string;
  unit?: string;
  value?: number;
  problem?: NumberProblem;
}

const rows: Row[] = [
  // plain and German notation
  { input: '25000', value: 25000 },
  { input: '25.000', value: 25000 },
  { input: '25.000,50', unit: EURO, value: 25000.5 },
  { input: '1.234.567', value: 1234567 },
  { input: '1.234,5', value: 1234.5 },
  { input: '0,5', value: 0.5 },
  { input: '12.5', value: 12.5 },
  { input: '17500', value: 17500 },
  { input: '-0,01', value: -0.01 },
  { input: '−3', value: -3 },
  { input: '  25000  ', value: 25000 },
  // spaces between thousands (also no-break and narrow no-break spaces, as Word and Intl write them)
  { input: '25 000', value: 25000 },
  { input: '25\u00a0000', value: 25000 },
  { input: '1\u202f234\u202f567', value: 1234567 },
  // currency before or after, with or without a space, only where euros are asked
  { input: '25.000 €', unit: EURO, value: 25000 },
  { input: '25.000€', unit: EURO, value: 25000 },
  { input: '€ 25.000', unit: EURO, value: 25000 },
  { input: '€25.000,50', unit: EURO, value: 25000.5 },
  { input: '25000 Euro', unit: EURO, value: 25000 },
  { input: '25000 euro', unit: EURO, value: 25000 },
  { input: 'EUR 25.000', unit: EURO, value: 25000 },
  { input: '25.000 EUR', unit: EURO, value: 25000 },
  { input: '25.000,- €', unit: EURO, value: 25000 },
  { input: '25.000,–', unit: EURO, value: 25000 },
  { input: '25.000 Euro pro Jahr', unit: EURO, value: 25000 },
  { input: '120 Fälle pro Jahr', unit: CASES, value: 120 },
  // an estimate
  { input: 'ca. 25.000', value: 25000 },
  { input: 'ca 25.000', value: 25000 },
  { input: 'ca.25.000', value: 25000 },
  { input: 'Ca. 25.000 €', unit: EURO, value: 25000 },
  { input: 'circa 25000 Euro', unit: EURO, value: 25000 },
  { input: 'zirka 3,5', value: 3.5 },
  { input: 'etwa 25.000', value: 25000 },
  { input: 'rund 1.200', value: 1200 },
  { input: 'ungefähr 40', value: 40 },
  { input: '€ ca. 25.000', unit: EURO, value: 25000 },
  // percentages where percent is asked
  { input: '15 %', unit: PERCENT, value: 15 },
  { input: '15%', unit: PERCENT, value: 15 },
  { input: '12,5 Prozent', unit: 'Prozent der Personalkosten', value: 12.5 },
  // refused, each with its own reason
  { input: '25.000 €', unit: CASES, problem: 'number-wrong-unit' },
  { input: '25.000 €', problem: 'number-wrong-unit' },
  { input: '15 %', unit: EURO, problem: 'number-wrong-unit' },
  { input: '20.000 - 30.000', problem: 'number-is-range' },
  { input: '20.000–30.000 €', unit: EURO, problem: 'number-is-range' },
  { input: '20 bis 30', problem: 'number-is-range' },
  { input: '25 Tsd.', problem: 'number-abbreviated' },
  { input: '25 Tsd. €', unit: EURO, problem: 'number-abbreviated' },
  { input: '1,5 Mio. Euro', unit: EURO, problem: 'number-abbreviated' },
  { input: '25k', problem: 'number-abbreviated' },
  { input: '25,000.50', unit: EURO, problem: 'number-format' },
  { input: '25,000', unit: EURO, problem: 'number-format' },
  { input: 'zehn', problem: 'not-a-number' },
  { input: 'weiß nicht', problem: 'not-a-number' },
  { input: '1.2.3', problem: 'not-a-number' },
  { input: '12.34.567', problem: 'not-a-number' },
  { input: '€', unit: EURO, problem: 'not-a-number' },
  { input: 'ca.', problem: 'not-a-number' },
  { input: 'NaN', problem: 'not-a-number' },
  { input: 'Infinity', problem: 'not-a-number' },
  { input: '1e309', problem: 'not-a-number' },
  { input: '9'.repeat(400), problem: 'not-a-number' },
  { input: '', problem: 'not-a-number' },
];

describe('reading an amount as a German user writes it', () => {
  it.each(rows)('"$input" ($unit) → $value $problem', ({ input, unit, value, problem }) => {
    const read = readNumberInput(input, unit);
    if (value !== undefined) expect(read).toEqual({ ok: true, value });
    else expect(read).toMatchObject({ ok: false, problem });
    expect(parseNumber(input, unit)).toBe(value);
  });

  // "25,000" with three decimals is a plain decimal where euros are not asked (0,125 Vollzeitstellen).
  it('reads three decimals after a comma as decimals where no amount in euros is asked', () => {
    expect(parseNumber('0,125', 'Vollzeitstellen')).toBe(0.125);
  });
});

describe('any number, written the German ways, is read back as itself', () => {
  const amounts = fc.integer({ min: 0, max: 10 ** 12 }).chain((whole) =>
    fc.constantFrom(0, 5, 50, 99).map((cents) => whole + cents / 100),
  );
  const germanGrouping = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const spaceGrouping = (n: number) => germanGrouping.format(n).replace(/\./g, '\u202f');

  it('with dots, spaces, currency and "ca." in any combination', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom((n: number) => germanGrouping.format(n), spaceGrouping, (n: number) => germanGrouping.format(n).replace(/\./g, '')),
        fc.constantFrom('', 'ca. ', 'circa ', 'etwa ', 'Ca.'),
        fc.constantFrom(['', ''], ['', ' €'], ['', '€'], ['€ ', ''], ['', ' Euro'], ['EUR ', ''], ['', ' EUR']),
        (amount, write, approx, [before, after]) => {
          const text = `${approx}${before}${write(amount)}${after}`;
          expect(parseNumber(text, 'Euro pro Jahr'), text).toBe(amount);
        },
      ),
    );
  });

  it('never throws and reads nothing but a finite number from any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(undefined, 'Euro', 'Prozent', 'Fälle pro Jahr'), (text, unit) => {
        const read = readNumberInput(text, unit);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
        else expect(read.problem).toMatch(/^(not-a-number|number-)/);
      }),
    );
  });
});
