// What the cooperation costs and who pays what: today's cost of the task per partner, the running
// and one-off costs of the cooperation, the shares by the cost key the partners choose, each
// partner's saving or extra cost, the year in which one-off costs are recovered, the VAT effect
// in euros and how the result moves when staff or cases differ. All amounts are whole cents, so
// that shares add up to the total exactly (largest remainder); formatting is the renderers' job.
//
// No key is "recommended": the law leaves the key to the partners (§§ 71–72 SächsKomZG; for a
// Zweckverband by benefit, § 60 Abs. 1 SächsKomZG). Default figures come from content data with
// their source; the user replaces them with her own.

export type CostKeyKind = 'einwohner' | 'faelle' | 'zeitanteile' | 'grund-plus-fall' | 'mischung';
export const COST_KEYS: readonly CostKeyKind[] = ['einwohner', 'faelle', 'zeitanteile', 'grund-plus-fall', 'mischung'];

/** What one municipality spends on the task today, in euros per year: in parts, or as one total a partner reported. */
export type TodayCosts =
  | {
      /** Staff on the task: full-time equivalents and the yearly employer's cost per FTE. */
      staff: { fte: number; costPerFte: number }[];
      /** Material, room and IT costs per year. */
      materialCosts: number;
      /** Overhead as a share of personnel costs, e.g. 0.2 for 20 %. */
      overheadRate: number;
    }
  | { total: number };

/** The cooperation's running costs per year, its one-off costs and the cost key. */
export interface CooperationPlan {
  running: {
    staffFte: number;
    costPerFte: number;
    /** Material, room and IT costs per workplace (FTE) and year. */
    workplaceCost: number;
    /** Further IT costs of the cooperation per year (licences, operation). */
    itCosts: number;
    overheadRate: number;
    otherCosts: number;
  };
  oneOff: { migration: number; training: number; legalAdvice: number; building: number; other: number; funding: number };
  key: {
    kind: CostKeyKind;
    /** "grund-plus-fall": the fixed base amount each partner pays per year. */
    baseAmount?: number;
    /** "mischung": weights of inhabitants, cases and time shares (any scale; normalised). */
    weights?: { einwohner: number; faelle: number; zeitanteile: number };
  };
  /** The partner who performs the task (its own share is no payment to another); absent: a joint body such as a Zweckverband. */
  performerId?: string;
  /** Years over which one-off costs are compared with the savings. */
  horizonYears: number;
}

export interface CostPartner {
  id: string;
  name: string;
  today?: TodayCosts;
  inhabitants?: number;
  casesPerYear?: number;
  /** Share of the working time the cooperation spends for this partner (key "zeitanteile"), any scale. */
  timeShare?: number;
  /** The § 2b UStG risk of the payments for the shared task; anything but "gering" may cost 19 % on top. */
  vatRisk?: 'gering' | 'mittel' | 'hoch' | 'unklar';
}

export type CostProblem =
  | { code: 'cost-key-figure-missing'; partnerId: string; figure: 'einwohner' | 'faelle' | 'zeitanteile' }
  | { code: 'cost-key-sum-zero'; figure: 'einwohner' | 'faelle' | 'zeitanteile' }
  | { code: 'cost-base-exceeds-total'; baseTotal: number; running: number }
  | { code: 'cost-today-missing'; partnerId: string }
  | { code: 'cost-negative'; field: string };

export interface PartnerCosts {
  id: string;
  name: string;
  /** 0–1: the partner's part of the running costs. */
  ratio: number;
  /** Cents per year. */
  share: number;
  oneOffShare: number;
  today?: number;
  /** Today minus share, cents per year: positive = saving, negative = extra cost. */
  difference?: number;
  /** First year in which the cumulated savings cover the one-off share; "nie" within the horizon or without saving; absent without today's costs. */
  breakEvenYear?: number | 'nie';
  /** 19 % on the share paid to another partner or a joint body when its VAT risk is not "gering" (cents per year). */
  vatExtra?: number;
  /** True when the partner performs the task itself: its share is no payment to another. */
  performer: boolean;
}

export interface SensitivityRow {
  /** e.g. "personal-minus-20" */
  id: 'personal-minus' | 'personal-plus' | 'faelle-minus' | 'faelle-plus';
  /** The factor applied (0.8 or 1.2). */
  factor: number;
  /** Per partner: share and difference in this case (cents). */
  partners: { id: string; share: number; difference?: number }[];
}

export interface CostResult {
  /** False when the key cannot be applied (see problems): then every share is 0. */
  shared: boolean;
  running: { staff: number; workplaces: number; it: number; overhead: number; other: number; total: number };
  oneOff: { total: number; funding: number; net: number };
  /** Sum of the partners' costs today (cents), when every partner gave them. */
  todayTotal?: number;
  partners: PartnerCosts[];
  sensitivity: SensitivityRow[];
  problems: CostProblem[];
}

export const VAT_RATE = 0.19;
export const SENSITIVITY = 0.2;

const cents = (euros: number) => Math.round(euros * 100);

/** Today's yearly cost of the task for one municipality, in cents. */
export function todayCostCents(today: TodayCosts): number {
  if ('total' in today) return cents(today.total);
  const personnel = today.staff.reduce((sum, s) => sum + s.fte * s.costPerFte, 0);
  return cents(personnel * (1 + today.overheadRate) + today.materialCosts);
}

function runningCosts(plan: CooperationPlan, staffFactor = 1): CostResult['running'] {
  const r = plan.running;
  const fte = r.staffFte * staffFactor;
  const staff = cents(fte * r.costPerFte);
  const workplaces = cents(fte * r.workplaceCost);
  const overhead = cents(fte * r.costPerFte * r.overheadRate);
  const it = cents(r.itCosts);
  const other = cents(r.otherCosts);
  return { staff, workplaces, it, overhead, other, total: staff + workplaces + it + overhead + other };
}

/**
 * Splits `total` cents by `weights` so that the parts add up to `total` exactly: each gets the
 * floor of its exact part, the cents left over go to the largest remainders (ties: list order).
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}

type Figure = 'einwohner' | 'faelle' | 'zeitanteile';
const figureOf = (p: CostPartner, figure: Figure, casesFactor: Map<string, number>) =>
  figure === 'einwohner' ? p.inhabitants : figure === 'faelle' ? (p.casesPerYear === undefined ? undefined : p.casesPerYear * (casesFactor.get(p.id) ?? 1)) : p.timeShare;

/** The weights of the partners under the key (any scale), or the problems that prevent them. */
function keyWeights(partners: CostPartner[], plan: CooperationPlan, casesFactor: Map<string, number>): { weights?: number[]; problems: CostProblem[] } {
  const problems: CostProblem[] = [];
  const ratios = (figure: Figure): number[] | undefined => {
    const values = partners.map((p) => figureOf(p, figure, casesFactor));
    values.forEach((v, i) => {
      if (v === undefined || !Number.isFinite(v) || v < 0) problems.push({ code: 'cost-key-figure-missing', partnerId: partners[i]!.id, figure });
    });
    if (values.some((v) => v === undefined || !Number.isFinite(v) || v < 0)) return undefined;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (sum <= 0) {
      problems.push({ code: 'cost-key-sum-zero', figure });
      return undefined;
    }
    return (values as number[]).map((v) => v / sum);
  };
  const { kind } = plan.key;
  if (kind === 'einwohner' || kind === 'faelle' || kind === 'zeitanteile') {
    return { weights: ratios(kind), problems };
  }
  if (kind === 'grund-plus-fall') {
    const cases = ratios('faelle');
    return { weights: cases, problems };
  }
  const w = plan.key.weights ?? { einwohner: 1, faelle: 0, zeitanteile: 0 };
  const used = (Object.keys(w) as Figure[]).filter((f) => w[f] > 0);
  const parts = used.map((f) => ({ f, r: ratios(f) }));
  if (parts.some((p) => !p.r)) return { problems };
  const weightSum = used.reduce((s, f) => s + w[f], 0);
  return { weights: partners.map((_, i) => parts.reduce((s, p) => s + (w[p.f] / weightSum) * p.r![i]!, 0)), problems };
}

/** Shares of `total` cents per partner under the plan's key; "grund-plus-fall" gives each the base amount first. */
function shares(total: number, partners: CostPartner[], plan: CooperationPlan, casesFactor = new Map<string, number>()): { shares?: number[]; problems: CostProblem[] } {
  const { weights, problems } = keyWeights(partners, plan, casesFactor);
  if (!weights) return { problems };
  if (plan.key.kind !== 'grund-plus-fall') return { shares: allocate(total, weights), problems };
  const base = cents(plan.key.baseAmount ?? 0);
  const baseTotal = base * partners.length;
  if (baseTotal > total) return { problems: [...problems, { code: 'cost-base-exceeds-total', baseTotal, running: total }] };
  return { shares: allocate(total - baseTotal, weights).map((s) => s + base), problems };
}

function negativeFields(plan: CooperationPlan, partners: CostPartner[]): CostProblem[] {
  const problems: CostProblem[] = [];
  const check = (field: string, value: number) => {
    if (!Number.isFinite(value) || value < 0) problems.push({ code: 'cost-negative', field });
  };
  for (const [k, v] of Object.entries(plan.running)) check(`running.${k}`, v);
  for (const [k, v] of Object.entries(plan.oneOff)) check(`oneOff.${k}`, v);
  for (const p of partners) {
    if (!p.today) continue;
    if ('total' in p.today) {
      check(`${p.id}.today`, p.today.total);
      continue;
    }
    check(`${p.id}.materialCosts`, p.today.materialCosts);
    check(`${p.id}.overheadRate`, p.today.overheadRate);
    p.today.staff.forEach((s, i) => {
      check(`${p.id}.staff[${i}].fte`, s.fte);
      check(`${p.id}.staff[${i}].costPerFte`, s.costPerFte);
    });
  }
  return problems;
}

export function calculateCosts(partners: CostPartner[], plan: CooperationPlan): CostResult {
  const problems: CostProblem[] = negativeFields(plan, partners);
  const running = runningCosts(plan);
  const oneOffGross = cents(plan.oneOff.migration + plan.oneOff.training + plan.oneOff.legalAdvice + plan.oneOff.building + plan.oneOff.other);
  const funding = Math.min(cents(plan.oneOff.funding), oneOffGross);
  const oneOffNet = oneOffGross - funding;
  const todays = partners.map((p) => (p.today ? todayCostCents(p.today) : undefined));
  todays.forEach((t, i) => t === undefined && problems.push({ code: 'cost-today-missing', partnerId: partners[i]!.id }));
  const todayTotal = todays.every((t) => t !== undefined) ? (todays as number[]).reduce((a, b) => a + b, 0) : undefined;

  const main = shares(running.total, partners, plan);
  problems.push(...main.problems);
  // One-off costs follow the same key; without running costs the partners share them equally.
  const oneOffShares = main.shares ? allocate(oneOffNet, running.total > 0 ? main.shares : partners.map(() => 1)) : undefined;

  const result: PartnerCosts[] = partners.map((p, i) => {
    const share = main.shares?.[i] ?? 0;
    const today = todays[i];
    const performer = plan.performerId === p.id;
    const difference = main.shares && today !== undefined ? today - share : undefined;
    const oneOffShare = oneOffShares?.[i] ?? 0;
    let breakEvenYear: PartnerCosts['breakEvenYear'];
    if (difference !== undefined) {
      if (oneOffShare === 0) breakEvenYear = 1;
      else if (difference <= 0) breakEvenYear = 'nie';
      else {
        const year = Math.ceil(oneOffShare / difference);
        breakEvenYear = year <= plan.horizonYears ? year : 'nie';
      }
    }
    const paysAnother = !performer;
    const vatExtra = main.shares && paysAnother && p.vatRisk && p.vatRisk !== 'gering' ? Math.round(share * VAT_RATE) : undefined;
    return {
      id: p.id,
      name: p.name,
      ratio: main.shares && running.total > 0 ? share / running.total : 0,
      share,
      oneOffShare,
      ...(today !== undefined && { today }),
      ...(difference !== undefined && { difference }),
      ...(breakEvenYear !== undefined && { breakEvenYear }),
      ...(vatExtra !== undefined && { vatExtra }),
      performer,
    };
  });

  const sensitivity: SensitivityRow[] = [];
  if (main.shares) {
    const row = (id: SensitivityRow['id'], factor: number, total: number, casesFactor?: Map<string, number>): SensitivityRow => {
      const s = shares(total, partners, plan, casesFactor).shares ?? [];
      return {
        id,
        factor,
        partners: partners.map((p, i) => ({
          id: p.id,
          share: s[i] ?? 0,
          ...(todays[i] !== undefined && { difference: todays[i]! - (s[i] ?? 0) }),
        })),
      };
    };
    sensitivity.push(row('personal-minus', 1 - SENSITIVITY, runningCosts(plan, 1 - SENSITIVITY).total));
    sensitivity.push(row('personal-plus', 1 + SENSITIVITY, runningCosts(plan, 1 + SENSITIVITY).total));
    // The cases of the first partner (the assessing municipality) move; the others stay.
    const first = partners[0]?.id;
    if (first && (plan.key.kind === 'faelle' || plan.key.kind === 'grund-plus-fall' || (plan.key.kind === 'mischung' && (plan.key.weights?.faelle ?? 0) > 0))) {
      sensitivity.push(row('faelle-minus', 1 - SENSITIVITY, running.total, new Map([[first, 1 - SENSITIVITY]])));
      sensitivity.push(row('faelle-plus', 1 + SENSITIVITY, running.total, new Map([[first, 1 + SENSITIVITY]])));
    }
  }

  return {
    shared: main.shares !== undefined,
    running,
    oneOff: { total: oneOffGross, funding, net: oneOffNet },
    ...(todayTotal !== undefined && { todayTotal }),
    partners: result,
    sensitivity,
    problems,
  };
}
