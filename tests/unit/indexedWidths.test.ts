// The glyph-width list handed to jsPDF must answer exactly like a plain array, only faster.
import { describe, expect, it } from 'vitest';
import { IndexedWidths } from '../../src/report/jsPdfTuning.ts';

describe('IndexedWidths', () => {
  it.each([
    { pushes: [[3, [510]], [7, [420]]], asked: 7, expected: 2 },
    { pushes: [[3, [510]], [7, [420]]], asked: 3, expected: 0 },
    { pushes: [[3, [510]], [7, [420]]], asked: 9, expected: -1 },
    { pushes: [[3, [510]], [3, [999]]], asked: 3, expected: 0 },
    { pushes: [], asked: 0, expected: -1 },
  ])('after $pushes, indexOf($asked) is $expected, as for an array', ({ pushes, asked, expected }) => {
    const list = new IndexedWidths();
    const plain: unknown[] = [];
    for (const [id, width] of pushes) {
      list.push(id);
      list.push(width);
      plain.push(id, width);
    }
    expect(list.indexOf(asked)).toBe(expected);
    expect(plain.indexOf(asked)).toBe(expected);
    expect([...list]).toEqual(plain);
    expect(list.length).toBe(plain.length);
  });

  it('pushes several items at once and searches from a position like an array', () => {
    const list = new IndexedWidths();
    list.push(5, [300], 6, [310], 5);
    expect(list.indexOf(5)).toBe(0);
    expect(list.indexOf(5, 1)).toBe(4);
    expect(list.indexOf(6)).toBe(2);
  });
});
