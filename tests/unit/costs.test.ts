// The cost calculation (src/domain/verdicts/costs.ts): one row per case with the expected euros
// spelled out. Amounts in the results are cents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, calculateCosts, todayCostCents, type CooperationPlan, type CostPartner } from '../../src/domain/verdicts/costs.ts';

/** A cooperation costing 100,000 € a year: 1 FTE at 60,000 €, workplace 10,000 €, IT 18,000 €, overhead 20 %. */
const PLAN: CooperationPlan = {
  running: { staffFte: 1, costPerFte: 60_000, workplaceCost: 10_000, itCosts: 18_000, overheadRate: 0.2, otherCosts: 0 },
  oneOff: { migration: 20_000, training: 5_000, legalAdvice: 5_000, building: 0, other: 0, funding: 0 },
  key: { kind: 'einwohner' },
  horizonYears: 10,
};

const partner = (id: string, inhabitants: number, cases: number, todayEuros?: number, extra: Partial<CostPartner> = {}): CostPartner => ({
  id,
  name: id.toUpperCase(),
  inhabitants,
  casesPerYear: cases,
  ...(todayEuros !== undefined && { today: { total: todayEuros } }),
  ...extra,
});

const A = partner('a', 3_000, 100, 70_000);
const B = partner('b', 1_000, 300, 50_000);

describe('today and the running costs', () => {
  it('today = personnel × (1 + overhead) + material', () => {
    expect(todayCostCents({ staff: [{ fte: 0.5, costPerFte: 60_000 }, { fte: 0.25, costPerFte: 48_000 }], materialCosts: 9_700, overheadRate: 0.2 })).toBe(
      (0.5 * 60_000 + 0.25 * 48_000) * 1.2 * 100 + 970_000,
    );
  });
  it('running = staff + workplaces + IT + overhead + other', () => {
    expect(calculateCosts([A, B], PLAN).running).toEqual({ staff: 6_000_000, workplaces: 1_000_000, it: 1_800_000, overhead: 1_200_000, other: 0, total: 10_000_000 });
  });
});

describe('cost keys (100,000 € a year, A: 3,000 inhabitants / 100 cases / 25 % time, B: 1,000 / 300 / 75 %)', () => {
  const withTime = [{ ...A, timeShare: 25 }, { ...B, timeShare: 75 }];
  it.each([
    ['einwohner', {}, [75_000, 25_000]],
    ['faelle', {}, [25_000, 75_000]],
    ['zeitanteile', {}, [25_000, 75_000]],
    ['grund-plus-fall', { baseAmount: 10_000 }, [30_000, 70_000]], // 10,000 each + 80,000 by cases 1:3
    ['mischung', { weights: { einwohner: 1, faelle: 1, zeitanteile: 0 } }, [50_000, 50_000]], // (75+25)/2, (25+75)/2
    ['mischung', { weights: { einwohner: 3, faelle: 1, zeitanteile: 0 } }, [62_500, 37_500]],
  ] as const)('%s %j → %j €', (kind, options, expected) => {
    const result = calculateCosts(withTime, { ...PLAN, key: { kind, ...options } });
    expect(result.problems).toEqual([]);
    expect(result.partners.map((p) => p.share / 100)).toEqual(expected);
    expect(result.partners.reduce((s, p) => s + p.ratio, 0)).toBeCloseTo(1, 10);
  });
});

describe('result per partner', () => {
  const result = calculateCosts([A, B], PLAN); // A pays 75,000 (today 70,000), B pays 25,000 (today 50,000)
  it.each([
    ['a', { today: 7_000_000, share: 7_500_000, difference: -500_000, oneOffShare: 2_250_000, breakEvenYear: 'nie' }],
    ['b', { today: 5_000_000, share: 2_500_000, difference: 2_500_000, oneOffShare: 750_000, breakEvenYear: 1 }],
  ] as const)('%s: %j', (id, expected) => {
    expect(result.partners.find((p) => p.id === id)).toMatchObject(expected);
  });
  it('the one-off costs follow the key and add up to their total minus funding', () => {
    const funded = calculateCosts([A, B], { ...PLAN, oneOff: { ...PLAN.oneOff, funding: 18_000 } });
    expect(funded.oneOff).toEqual({ total: 3_000_000, funding: 1_800_000, net: 1_200_000 });
    expect(funded.partners.map((p) => p.oneOffShare)).toEqual([900_000, 300_000]);
  });
  it.each([
    // [yearly saving €, one-off share €, horizon, expected year]
    [10_000, 30_000, 10, 3],
    [10_000, 30_001, 10, 4],
    [10_000, 95_000, 9, 'nie'],
    [10_000, 0, 10, 1],
  ] as const)('break-even: saving %i €/year against %i € one-off (horizon %i) → %s', (saving, oneOff, horizon, year) => {
    const solo = partner('s', 1, 1, 100_000 + saving);
    const plan: CooperationPlan = {
      ...PLAN,
      running: { ...PLAN.running, staffFte: 0, itCosts: 100_000 },
      oneOff: { ...PLAN.oneOff, migration: oneOff, training: 0, legalAdvice: 0 },
      horizonYears: horizon,
    };
    expect(calculateCosts([solo], plan).partners[0]!.breakEvenYear).toBe(year);
  });
});

describe('VAT in euros', () => {
  it.each([
    // [performer, risks of A and B, expected extra cost of A and B in €]
    [undefined, ['hoch', 'hoch'], [14_250, 4_750]], // a joint body: everybody pays 19 % on its share
    ['a', ['hoch', 'hoch'], [undefined, 4_750]], // A performs: its own share is no payment to another
    [undefined, ['gering', 'unklar'], [undefined, 4_750]],
    [undefined, ['mittel', undefined], [14_250, undefined]],
  ] as const)('performer %s, risks %j → %j', (performerId, risks, expected) => {
    const result = calculateCosts(
      [{ ...A, ...(risks[0] && { vatRisk: risks[0] }) }, { ...B, ...(risks[1] && { vatRisk: risks[1] }) }],
      { ...PLAN, ...(performerId && { performerId }) },
    );
    expect(result.partners.map((p) => (p.vatExtra === undefined ? undefined : p.vatExtra / 100))).toEqual(expected);
  });
});

describe('sensitivity ±20 %', () => {
  it('staff of the cooperation −20 % and +20 % moves every share', () => {
    const result = calculateCosts([A, B], PLAN);
    const minus = result.sensitivity.find((s) => s.id === 'personal-minus')!;
    // Staff, workplaces and overhead scale: 82,000 * 0.8 + 18,000 = 83,600 → A 62,700, B 20,900.
    expect(minus.partners.map((p) => p.share / 100)).toEqual([62_700, 20_900]);
    expect(result.sensitivity.find((s) => s.id === 'personal-plus')!.partners.map((p) => p.share / 100)).toEqual([87_300, 29_100]);
  });
  it('cases of the assessing municipality ±20 % only where the key counts cases', () => {
    expect(calculateCosts([A, B], PLAN).sensitivity.map((s) => s.id)).toEqual(['personal-minus', 'personal-plus']);
    const byCases = calculateCosts([A, B], { ...PLAN, key: { kind: 'faelle' } });
    // A: 120 of 420 cases → 28,571.43 €; 80 of 380 → 21,052.63 €.
    expect(byCases.sensitivity.find((s) => s.id === 'faelle-plus')!.partners[0]!.share).toBe(2_857_143);
    expect(byCases.sensitivity.find((s) => s.id === 'faelle-minus')!.partners[0]!.share).toBe(2_105_263);
  });
});

describe('problems instead of wrong numbers', () => {
  it.each([
    ['a partner without inhabitants under the inhabitants key', [A, { ...B, inhabitants: undefined }], PLAN, 'cost-key-figure-missing'],
    ['no time shares under the time key', [A, B], { ...PLAN, key: { kind: 'zeitanteile' as const } }, 'cost-key-figure-missing'],
    ['base amounts above the running costs', [A, B], { ...PLAN, key: { kind: 'grund-plus-fall' as const, baseAmount: 60_000 } }, 'cost-base-exceeds-total'],
    ['all cases zero', [{ ...A, casesPerYear: 0 }, { ...B, casesPerYear: 0 }], { ...PLAN, key: { kind: 'faelle' as const } }, 'cost-key-sum-zero'],
    ['a negative amount', [A, B], { ...PLAN, running: { ...PLAN.running, itCosts: -5 } }, 'cost-negative'],
    ['a partner without today’s costs', [A, { id: 'c', name: 'C' }], { ...PLAN, key: { kind: 'zeitanteile' as const } }, 'cost-today-missing'],
  ])('%s', (_name, partners, plan, code) => {
    const result = calculateCosts(partners as CostPartner[], plan as CooperationPlan);
    expect(result.problems.map((p) => p.code)).toContain(code);
  });
  it('without a usable key no share is invented', () => {
    const result = calculateCosts([A, { ...B, inhabitants: undefined }], PLAN);
    expect(result.partners.map((p) => p.share)).toEqual([0, 0]);
    expect(result.partners.every((p) => p.difference === undefined && p.vatExtra === undefined)).toBe(true);
  });
});

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10_000_000, [3, 1], [7_500_000, 2_500_000]],
    [1, [1, 1], [1, 0]],
    [0, [1, 2], [0, 0]],
    [5, [0, 0], [0, 0]],
  ])('%i cents by %j → %j', (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });
  it('always adds up to the total and never deviates more than a cent from the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.array(fc.double({ min: 0.001, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }), (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1));
      }),
    );
  });
});
