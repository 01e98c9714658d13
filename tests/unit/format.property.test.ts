import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euro, euroFromCents, germanNumber, percent } from '../../src/domain/format.ts';

// Whole cents and whole numbers are written without an Intl call each, and shares are remembered;
// the text must be exactly what Intl writes, for the rows below, for random values and at the edges
// of those shortcuts.
const intlEuro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const intlNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const intlPercent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });
const wholeNumbers = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer(), fc.maxSafeInteger());
// The largest value written without Intl, and values left to Intl.
const edges = [999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 7280519273502343, -0, 0.5, 12.345, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, NaN];

interface Writer {
  name: string;
  write: (value: number) => string;
  intl: (value: number) => string;
  values: fc.Arbitrary<number>;
  rows: Row[];
}
type Row = [value: number, text: string];

describe.each<Writer>([
  {
    name: 'euroFromCents',
    write: euroFromCents,
    intl: (cents: number) => intlEuro.format(cents / 100),
    values: wholeNumbers,
    rows: [
      [0, '0,00 €'],
      [5, '0,05 €'],
      [-5, '-0,05 €'],
      [-100, '-1,00 €'],
      [123456, '1.234,56 €'],
      [-123456, '-1.234,56 €'],
      [100000000, '1.000.000,00 €'],
      [-99999999, '-999.999,99 €'],
    ] satisfies Row[],
  },
  {
    name: 'euro',
    write: euro,
    intl: (value: number) => intlEuro.format(value),
    values: fc.oneof(
      wholeNumbers.map((cents) => cents / 100),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => (n * 0.19) / 100),
    ),
    rows: [
      [17500, '17.500,00 €'],
      [0.29, '0,29 €'],
      [-3325.5, '-3.325,50 €'],
      [2345.55, '2.345,55 €'],
    ] satisfies Row[],
  },
  {
    name: 'germanNumber',
    write: germanNumber,
    intl: (value: number) => intlNumber.format(value),
    values: wholeNumbers,
    rows: [
      [0, '0'],
      [-7, '-7'],
      [1234, '1.234'],
      [17500, '17.500'],
      [-1234567, '-1.234.567'],
      [0.125, '0,13'],
      [2.5, '2,5'],
    ] satisfies Row[],
  },
  {
    name: 'percent',
    write: percent,
    intl: (ratio: number) => intlPercent.format(ratio),
    // Few distinct values, so that most are written from what was remembered.
    values: fc.oneof(fc.constantFrom(0, -0, 0.5, 0.125, 1 / 3, -0.2), fc.double({ min: -10, max: 10 })),
    rows: [
      [0.375, '37,5 %'],
      [0, '0 %'],
      [-0, '-0 %'],
      [1 / 3, '33,3 %'],
    ] satisfies Row[],
  },
])('$name', ({ write, intl, values, rows }) => {
  it.each(rows)('%d reads „%s“', (value, text) => {
    expect(write(value).replace(/\u00a0/g, ' ')).toBe(text);
  });

  it('writes every value as Intl does', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(write(value)).toBe(intl(value));
      }),
      { numRuns: 10000 },
    );
  });

  it.each(edges)('agrees with Intl at the edge %d', (value) => {
    expect(write(value)).toBe(intl(value));
  });
});
