// Turns the answers of the questionnaire "kosten" into the inputs of the cost calculation: the
// assessing municipality, the partners it entered, the planned cooperation and the cost key.
// Where a field with a "Richtwert" is empty, the guide of the question is used and recorded as an
// assumption; where a figure the calculation needs is missing, it is listed instead of guessed.
import type { Response } from '../assessment/assessment.ts';
import { QuestionnaireView, type Scope } from '../content/conditions.ts';
import type { QuestionNeed } from '../content/contract.ts';
import { readNumber } from '../content/questions.ts';
import type { Guide, Questionnaire } from '../content/schema.ts';
import { COST_QUESTIONS as Q, COST_SECTIONS } from './costContract.ts';
import type { CooperationPlan, CostKeyKind, CostPartner, TodayCosts } from './costs.ts';
import type { VatRisk } from './vat.ts';

export const SELF_ID = 'self';

export interface CostAssumption {
  questionId: string;
  value: number;
  /** Id of the source; absent for a plain assumption such as the default horizon. */
  reference?: string;
}

export type Performer = 'wir' | 'partner' | 'gemeinsame-stelle';

export interface CostInputs {
  /** Nothing in the questionnaire is answered. */
  empty: boolean;
  self: CostPartner;
  partners: CostPartner[];
  plan?: CooperationPlan;
  performer?: Performer;
  /** Question ids (in questionnaire order) the calculation still needs. */
  missing: string[];
  assumptions: CostAssumption[];
  /** The year of the personnel costs, when given. */
  figuresYear?: number;
  keyOpen: boolean;
  cutoffDateAgreed?: boolean;
  settlementAgreed?: boolean;
}

class CostAnswers {
  readonly missing = new Set<string>();
  readonly assumptions: CostAssumption[] = [];
  constructor(readonly view: QuestionnaireView) {}

  /** The number, or undefined when empty, "weiß nicht" or outside the question's range. */
  number(need: QuestionNeed, scope?: Scope): number | undefined {
    const question = this.view.question(need.question);
    const reading = readNumber(question, this.view.answer(need.question, scope));
    return reading.state === 'number' ? reading.value : undefined;
  }

  /** The number, else the first guide whose condition holds (recorded), else undefined. */
  numberOrGuide(need: QuestionNeed): number | undefined {
    const value = this.number(need);
    if (value !== undefined) return value;
    const question = this.view.question(need.question);
    const guides: Guide[] = question?.type === 'number' ? (question.guide ?? []) : [];
    const guide = guides.find((g) => !g.when || this.view.holds(g.when));
    if (!guide) return undefined;
    this.assumptions.push({ questionId: need.question, value: guide.value, ...(guide.reference && { reference: guide.reference }) });
    return guide.value;
  }

  /** The number, or 0 when empty (fields where empty means "none"). */
  numberOrZero(need: QuestionNeed): number {
    return this.number(need) ?? 0;
  }

  required(need: QuestionNeed): number | undefined {
    const value = this.number(need);
    if (value === undefined) this.missing.add(need.question);
    return value;
  }

  choice<O extends string>(need: QuestionNeed<O>): O | undefined {
    const value = this.view.answer(need.question);
    return typeof value === 'string' && (need.options as readonly string[]).includes(value) ? (value as O) : undefined;
  }
}

function todayOf(a: CostAnswers): TodayCosts | undefined {
  const total = a.number(Q.personnelCosts);
  const rows = a.view.items(COST_SECTIONS.staff).map((item) => ({
    fte: a.number(Q.staffFte, { itemId: item.id }),
    costPerFte: a.number(Q.staffCost, { itemId: item.id }),
  }));
  const complete = rows.filter((r): r is { fte: number; costPerFte: number } => r.fte !== undefined && r.costPerFte !== undefined);
  // A yearly total of the personnel costs wins over the rows of staff.
  const staff = total !== undefined ? [{ fte: 1, costPerFte: total }] : complete.length ? complete : undefined;
  if (!staff) a.missing.add(Q.personnelCosts.question);
  const materialCosts = a.required(Q.materialCosts);
  if (!staff || materialCosts === undefined) return undefined;
  return { staff, materialCosts, overheadRate: (a.numberOrGuide(Q.overheadRate) ?? 0) / 100 };
}

const optional = <K extends string>(key: K, value: number | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, number>));

function keyOf(a: CostAnswers, kind: CostKeyKind): CooperationPlan['key'] {
  if (kind === 'grund-plus-fall') return { kind, baseAmount: a.required(Q.baseAmount) ?? 0 };
  if (kind === 'mischung') {
    return {
      kind,
      weights: { einwohner: a.numberOrZero(Q.weightInhabitants), faelle: a.numberOrZero(Q.weightCases), zeitanteile: a.numberOrZero(Q.weightTime) },
    };
  }
  return { kind };
}

/** The figures of the key that the calculation will read, so that a missing one is named before calculating. */
function keyFigures(kind: CostKeyKind, weights?: { einwohner: number; faelle: number; zeitanteile: number }): ('einwohner' | 'faelle' | 'zeitanteile')[] {
  if (kind === 'grund-plus-fall') return ['faelle'];
  if (kind === 'mischung') return (['einwohner', 'faelle', 'zeitanteile'] as const).filter((f) => (weights?.[f] ?? 0) > 0);
  return [kind];
}

export function costInputsOf(questionnaire: Questionnaire, response: Response, ownName: string, vatRisk?: VatRisk, view = new QuestionnaireView(questionnaire, response)): CostInputs {
  const a = new CostAnswers(view);
  const empty = Object.keys(response.answers).length === 0 && Object.values(response.items).every((items) => items.length === 0);

  const today = todayOf(a);
  const performer = a.choice(Q.performer);
  if (!performer) a.missing.add(Q.performer.question);
  const kind = a.choice(Q.key);
  if (!kind) a.missing.add(Q.key.question);
  const key = kind ? keyOf(a, kind) : undefined;
  const figures = kind ? keyFigures(kind, key?.weights) : [];

  const selfPays = performer === 'partner' || performer === 'gemeinsame-stelle';
  const partnersPay = performer === 'wir' || performer === 'gemeinsame-stelle';
  const self: CostPartner = {
    id: SELF_ID,
    name: ownName,
    ...(today && { today }),
    ...optional('inhabitants', figures.includes('einwohner') ? a.required(Q.inhabitants) : a.number(Q.inhabitants)),
    ...optional('casesPerYear', figures.includes('faelle') ? a.required(Q.cases) : a.number(Q.cases)),
    ...optional('timeShare', figures.includes('zeitanteile') ? a.required(Q.timeShare) : undefined),
    ...(selfPays && vatRisk && { vatRisk }),
  };

  const partners: CostPartner[] = view.items(COST_SECTIONS.partners).map((item) => {
    const scope = { itemId: item.id };
    const todayTotal = a.number(Q.partnerToday, scope);
    return {
      id: item.id,
      name: item.name,
      ...(todayTotal !== undefined && { today: { total: todayTotal } }),
      ...optional('inhabitants', a.number(Q.partnerInhabitants, scope)),
      ...optional('casesPerYear', a.number(Q.partnerCases, scope)),
      ...optional('timeShare', a.number(Q.partnerTimeShare, scope)),
      ...(partnersPay && vatRisk && { vatRisk }),
    };
  });

  const fte = a.required(Q.planFte);
  const costPerFte = a.required(Q.planCostPerFte);
  const workplaceCost = a.numberOrGuide(Q.planWorkplaceCost);
  const overheadRate = a.numberOrGuide(Q.planOverheadRate);
  const horizon = a.numberOrGuide(Q.horizon);
  const plan: CooperationPlan | undefined =
    key && fte !== undefined && costPerFte !== undefined
      ? {
          running: {
            staffFte: fte,
            costPerFte,
            workplaceCost: workplaceCost ?? 0,
            itCosts: a.numberOrZero(Q.planIt),
            overheadRate: (overheadRate ?? 0) / 100,
            otherCosts: a.numberOrZero(Q.planOther),
          },
          oneOff: {
            migration: a.numberOrZero(Q.oneOffMigration),
            training: a.numberOrZero(Q.oneOffTraining),
            legalAdvice: a.numberOrZero(Q.oneOffAdvice),
            building: a.numberOrZero(Q.oneOffBuilding),
            other: a.numberOrZero(Q.oneOffOther),
            funding: a.numberOrZero(Q.funding),
          },
          key,
          ...(performer === 'wir' && { performerId: SELF_ID }),
          horizonYears: Math.round(horizon ?? 1),
        }
      : undefined;

  const order = view.questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
  const cutoff = a.choice(Q.cutoffDate);
  const settlement = a.choice(Q.settlement);
  const figuresYear = a.number(Q.figuresYear);
  return {
    empty,
    self,
    partners,
    ...(plan && { plan }),
    ...(performer && { performer }),
    missing: [...a.missing].sort((x, y) => order.indexOf(x) - order.indexOf(y)),
    assumptions: a.assumptions,
    ...(figuresYear !== undefined && { figuresYear }),
    keyOpen: !kind,
    ...(cutoff && { cutoffDateAgreed: cutoff === 'ja' }),
    ...(settlement && { settlementAgreed: settlement === 'ja' }),
  };
}
