import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euro, euroFromCents, germanNumber } from '../../src/domain/format.ts';

// Whole numbers and whole cents are written without Intl; the text must be exactly what Intl writes.
const intlEuro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const intlNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const wholeNumbers = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer(), fc.maxSafeInteger());
// The largest it writes itself, and what it leaves to Intl.
const edges = [999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 7280519273502343, -0, 0.5, 12.345, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, NaN];

describe('euroFromCents', () => {
  it.each([
    [0, '0,00 €'],
    [5, '0,05 €'],
    [-5, '-0,05 €'],
    [-100, '-1,00 €'],
    [123456, '1.234,56 €'],
    [-123456, '-1.234,56 €'],
    [100000000, '1.000.000,00 €'],
    [-99999999, '-999.999,99 €'],
  ])('%d cents read „%s“', (cents, text) => {
    expect(euroFromCents(cents).replace(/\u00a0/g, ' ')).toBe(text);
  });

  it('writes every whole amount of cents as Intl does', () => {
    fc.assert(
      fc.property(wholeNumbers, (cents) => {
        expect(euroFromCents(cents)).toBe(intlEuro.format(cents / 100));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(edges)('agrees with Intl at the edge %d', (cents) => {
    expect(euroFromCents(cents)).toBe(intlEuro.format(cents / 100));
  });
});

describe('germanNumber', () => {
  it.each([
    [0, '0'],
    [-7, '-7'],
    [1234, '1.234'],
    [17500, '17.500'],
    [-1234567, '-1.234.567'],
    [0.125, '0,13'],
    [2.5, '2,5'],
  ])('%d reads „%s“', (value, text) => {
    expect(germanNumber(value)).toBe(text);
  });

  it('writes every whole number as Intl does', () => {
    fc.assert(
      fc.property(wholeNumbers, (value) => {
        expect(germanNumber(value)).toBe(intlNumber.format(value));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(edges)('agrees with Intl at the edge %d', (value) => {
    expect(germanNumber(value)).toBe(intlNumber.format(value));
  });
});

describe('euro', () => {
  it.each([
    [17500, '17.500,00 €'],
    [0.29, '0,29 €'],
    [-3325.5, '-3.325,50 €'],
    [2345.55, '2.345,55 €'],
  ])('%d reads „%s“', (value, text) => {
    expect(euro(value).replace(/\u00a0/g, ' ')).toBe(text);
  });

  it('writes every amount as Intl does', () => {
    const amounts = fc.oneof(
      wholeNumbers.map((cents) => cents / 100),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => (n * 0.19) / 100),
    );
    fc.assert(
      fc.property(amounts, (value) => {
        expect(euro(value)).toBe(intlEuro.format(value));
      }),
      { numRuns: 10000 },
    );
  });

  it.each(edges)('agrees with Intl at the edge %d', (value) => {
    expect(euro(value)).toBe(intlEuro.format(value));
  });
});
