// The joint cost table of the partner comparison: where the figures of all partners come together.
// Each partner's own figures (today's costs, inhabitants, cases, time share) come from its own
// answers; the plan of the cooperation (running and one-off costs, the key) from one partner the
// advisor chooses – by default the one who performs the task, else the first with a complete plan.
// Where the partners planned differently (staff, cost per FTE, key …), the table says so per field
// with every partner's value. The calculation is verdicts/costs.ts, the wording costs.yaml.
import { emptyResponse } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import type { QuestionNeed } from '../content/contract.ts';
import { readNumber } from '../content/questions.ts';
import type { Content, Questionnaire } from '../content/schema.ts';
import { euro, euroFromCents, germanNumber } from '../format.ts';
import { assumptionText, costTables, problemText, say, type CostContext, type CostSection, type CostTable } from '../report/costSection.ts';
import { VAT_RISK_LABELS } from '../report/report.ts';
import { COST_QUESTIONNAIRE, COST_QUESTIONS as Q, COST_TEXTS } from '../verdicts/costContract.ts';
import { costInputsOf, type CostInputs, type Performer } from '../verdicts/costInputs.ts';
import { calculateCosts, todayCostCents, type CostPartner } from '../verdicts/costs.ts';
import type { VatRisk } from '../verdicts/vat.ts';
import type { PartnerInput } from './comparison.ts';

const T = COST_TEXTS.texts;
const J = T.joint;

export interface JointCosts extends Pick<CostSection, 'running' | 'oneOff' | 'partners' | 'chart' | 'sensitivity'> {
  heading: string;
  intro: string;
  status: 'keine-angaben' | 'unvollstaendig' | 'berechnet';
  statusTitle?: string;
  statusText?: string;
  /** Whose plan is used, and the partners the advisor may choose from (label says who performs or whose plan is incomplete). */
  planner: { id: string; name: string; text: string };
  plannerLabel: string;
  plannerChoices: { id: string; label: string; complete: boolean }[];
  /** For the whole group: today, the cooperation, one-off costs, VAT. */
  summary: string[];
  /** Each partner's own figures. */
  figures: CostTable;
  /** Plan assumptions that differ between partners, one row per field with every partner's value; empty rows: none differ. */
  differences: { title: string; intro: string; none?: string; table?: CostTable };
  problems: string[];
  problemsTitle: string;
  assumptions: { title: string; items: string[] };
}

interface Partner {
  input: PartnerInput;
  inputs: CostInputs;
  view: QuestionnaireView;
  vatRisk?: VatRisk;
}

/** Who performs the task as this partner sees it, for the figures table and the differences. */
function performerText(c: CostContext, p: Partner): string {
  const performer = p.inputs.performer;
  if (!performer) return say(c, T.table.unknown);
  return performer === 'wir' ? say(c, J.performer.wir, { name: p.input.name }) : say(c, J.performer[performer]);
}

/** The partner who performs the task under the chosen plan, when the answers name one. */
function performerOf(planner: Partner, partners: Partner[]): Partner | undefined {
  const says = (p: Partner, performer: Performer) => p.inputs.performer === performer;
  if (says(planner, 'wir')) return planner;
  if (says(planner, 'partner')) return partners.find((p) => p !== planner && says(p, 'wir'));
  return undefined;
}

/** Default: the partner who performs the task and has a complete plan, else the first with a plan, else the first. */
export function defaultPlannerId(partners: { id: string; inputs: CostInputs }[]): string {
  return (partners.find((p) => p.inputs.performer === 'wir' && p.inputs.plan) ?? partners.find((p) => p.inputs.plan) ?? partners[0]!).id;
}

function figuresTable(c: CostContext, partners: Partner[], calculated: CostPartner[]): CostTable {
  const f = J.figures;
  const unknown = say(c, T.table.unknown);
  const number = (value: number | undefined, text: (v: number) => string = germanNumber) => (value === undefined ? unknown : text(value));
  return {
    caption: say(c, f.caption),
    headers: [say(c, f.partner), say(c, f.today), say(c, f.inhabitants), say(c, f.cases), say(c, f['time-share']), say(c, f.performer), say(c, f.vat)],
    rows: partners.map((p, i) => {
      const figures = calculated[i]!;
      const today = p.inputs.self.today;
      return [
        p.input.name,
        number(today && todayCostCents(today), euroFromCents),
        number(figures.inhabitants),
        number(figures.casesPerYear),
        number(figures.timeShare, (v) => `${germanNumber(v)} %`),
        performerText(c, p),
        p.vatRisk ? VAT_RISK_LABELS[p.vatRisk] : unknown,
      ];
    }),
  };
}

type DifferenceField = keyof typeof J.differences.fields;

/** The value of one plan field as a partner answered it, or the guide the calculation used; undefined when not given. */
function planValue(c: CostContext, p: Partner, field: Exclude<DifferenceField, 'performer' | 'key' | 'one-off'>): { text: string; compare: string } | undefined {
  const needs: Record<typeof field, { need: QuestionNeed; format: (v: number) => string }> = {
    staff: { need: Q.planFte, format: germanNumber },
    'cost-per-fte': { need: Q.planCostPerFte, format: euro },
    workplace: { need: Q.planWorkplaceCost, format: euro },
    it: { need: Q.planIt, format: euro },
    overhead: { need: Q.planOverheadRate, format: (v) => say(c, J.percent, { zahl: germanNumber(v) }) },
    other: { need: Q.planOther, format: euro },
    funding: { need: Q.funding, format: euro },
  };
  const { need, format } = needs[field];
  const reading = readNumber(p.view.question(need.question), p.view.answer(need.question));
  if (reading.state === 'number') return { text: format(reading.value), compare: String(reading.value) };
  // A guide is a planned value only for a partner who planned the cooperation; the others left the plan to someone else.
  const guide = p.inputs.plan && p.inputs.assumptions.find((a) => a.questionId === need.question);
  return guide ? { text: say(c, J.differences.guide, { wert: format(guide.value) }), compare: String(guide.value) } : undefined;
}

function oneOffValue(p: Partner): { text: string; compare: string } | undefined {
  const fields = [Q.oneOffMigration, Q.oneOffTraining, Q.oneOffAdvice, Q.oneOffBuilding, Q.oneOffOther];
  const values = fields.map((need) => readNumber(p.view.question(need.question), p.view.answer(need.question)));
  if (values.every((r) => r.state !== 'number')) return undefined;
  const total = values.reduce((sum, r) => sum + (r.state === 'number' ? r.value : 0), 0);
  return { text: euro(total), compare: String(total) };
}

function keyValue(c: CostContext, p: Partner): { text: string; compare: string } | undefined {
  const answer = p.view.answer(Q.key.question);
  if (answer === undefined) return undefined;
  const key = p.inputs.plan?.key;
  const kind = (Q.key.options as readonly string[]).includes(String(answer)) ? (answer as keyof typeof T.keys) : undefined;
  if (!kind) return { text: say(c, J['key-open']), compare: 'offen' };
  const label = say(c, T.keys[kind]);
  const number = (need: QuestionNeed) => {
    const reading = readNumber(p.view.question(need.question), p.view.answer(need.question));
    return reading.state === 'number' ? reading.value : 0;
  };
  if (kind === 'grund-plus-fall') {
    const base = key?.baseAmount ?? number(Q.baseAmount);
    return { text: say(c, J['key-base'], { schluessel: label, betrag: euro(base) }), compare: `${kind}:${base}` };
  }
  if (kind === 'mischung') {
    const w = { einwohner: number(Q.weightInhabitants), faelle: number(Q.weightCases), zeitanteile: number(Q.weightTime) };
    const sum = w.einwohner + w.faelle + w.zeitanteile || 1;
    const text = say(c, J['key-weights'], { schluessel: label, einwohner: germanNumber(w.einwohner), faelle: germanNumber(w.faelle), zeitanteile: germanNumber(w.zeitanteile) });
    // Weights count in proportion: 50/50/0 and 1/1/0 are the same key.
    return { text, compare: `${kind}:${[w.einwohner, w.faelle, w.zeitanteile].map((x) => (x / sum).toFixed(6)).join('/')}` };
  }
  return { text: label, compare: kind };
}

/** The performer fields conflict when two partners each say they perform, or a joint body stands against a partner. */
function performersConflict(partners: Partner[]): boolean {
  const said = partners.map((p) => p.inputs.performer).filter((x): x is Performer => x !== undefined);
  return said.filter((x) => x === 'wir').length > 1 || (said.includes('gemeinsame-stelle') && said.some((x) => x !== 'gemeinsame-stelle'));
}

function differencesOf(c: CostContext, partners: Partner[], planner: Partner): JointCosts['differences'] {
  const d = J.differences;
  const rows: string[][] = [];
  const unknown = say(c, T.table.unknown);
  if (performersConflict(partners)) rows.push([say(c, d.fields.performer), ...partners.map((p) => performerText(c, p))]);
  const fields: [DifferenceField, (p: Partner) => { text: string; compare: string } | undefined][] = [
    ['staff', (p) => planValue(c, p, 'staff')],
    ['cost-per-fte', (p) => planValue(c, p, 'cost-per-fte')],
    ['workplace', (p) => planValue(c, p, 'workplace')],
    ['it', (p) => planValue(c, p, 'it')],
    ['overhead', (p) => planValue(c, p, 'overhead')],
    ['other', (p) => planValue(c, p, 'other')],
    ['one-off', oneOffValue],
    ['funding', (p) => planValue(c, p, 'funding')],
    ['key', (p) => keyValue(c, p)],
  ];
  for (const [field, read] of fields) {
    const values = partners.map(read);
    const given = new Set(values.flatMap((v) => (v ? [v.compare] : [])));
    if (given.size > 1) rows.push([say(c, d.fields[field]), ...values.map((v) => v?.text ?? unknown)]);
  }
  const base = { title: say(c, d.title), intro: say(c, d.intro, { name: planner.input.name }) };
  if (rows.length === 0) return { ...base, none: say(c, d.none) };
  return { ...base, table: { caption: say(c, d.title), headers: [say(c, d.field), ...partners.map((p) => p.input.name)], rows } };
}

function summaryOf(c: CostContext, result: ReturnType<typeof calculateCosts>, performer: Partner | undefined): string[] {
  const s = J.summary;
  const kooperation = euroFromCents(result.running.total);
  const lines: string[] = [];
  if (result.todayTotal === undefined) lines.push(say(c, s['no-today'], { kooperation }));
  else {
    const difference = result.todayTotal - result.running.total;
    const heute = euroFromCents(result.todayTotal);
    if (difference > 0) lines.push(say(c, s.saving, { heute, kooperation, betrag: euroFromCents(difference) }));
    else if (difference < 0) lines.push(say(c, s.extra, { heute, kooperation, betrag: euroFromCents(-difference) }));
    else lines.push(say(c, s.equal, { kooperation }));
  }
  if (result.oneOff.net > 0) lines.push(say(c, s['one-off'], { betrag: euroFromCents(result.oneOff.net) }));
  const vat = result.partners.reduce((sum, p) => sum + (p.vatExtra ?? 0), 0);
  if (vat > 0) lines.push(say(c, s.vat, { empfaenger: performer ? performer.input.name : say(c, J['recipient-joint']), betrag: euroFromCents(vat) }));
  return lines;
}

/**
 * The joint cost table of 2–8 partners, calculated with the plan of `plannerId` (default: see
 * defaultPlannerId). Undefined when the content has no cost questionnaire.
 */
export function jointCosts(content: Content, inputs: PartnerInput[], plannerId?: string): JointCosts | undefined {
  const questionnaire: Questionnaire | undefined = content.questionnaires.find((q) => q.id === COST_QUESTIONNAIRE);
  if (!questionnaire) return undefined;
  const c: CostContext = { texts: content.costs, questionnaire, references: content.references };
  const partners: Partner[] = inputs.map((input) => {
    const response = input.assessment.responses[COST_QUESTIONNAIRE] ?? emptyResponse();
    const view = new QuestionnaireView(questionnaire, response);
    const vatRisk = input.report.vat.services.length ? input.report.vat.overall : undefined;
    return { input, view, inputs: costInputsOf(questionnaire, response, input.name, vatRisk, view), ...(vatRisk && { vatRisk }) };
  });
  const ids = partners.map((p) => ({ id: p.input.id, inputs: p.inputs }));
  const planner = partners.find((p) => p.input.id === plannerId) ?? partners.find((p) => p.input.id === defaultPlannerId(ids))!;
  const performer = planner.inputs.plan ? performerOf(planner, partners) : undefined;
  // Every partner with its own figures; VAT may fall on what it pays to another partner or a joint body.
  const calculated: CostPartner[] = partners.map((p) => {
    const { today, inhabitants, casesPerYear, timeShare } = p.inputs.self;
    return {
      id: p.input.id,
      name: p.input.name,
      ...(today && { today }),
      ...(inhabitants !== undefined && { inhabitants }),
      ...(casesPerYear !== undefined && { casesPerYear }),
      ...(timeShare !== undefined && { timeShare }),
      ...(p.vatRisk && { vatRisk: p.vatRisk }),
    };
  });
  const label = (p: Partner) =>
    !p.inputs.plan ? say(c, J['planner-incomplete'], { name: p.input.name }) : p.inputs.performer === 'wir' ? say(c, J['planner-performs'], { name: p.input.name }) : p.input.name;
  const base = {
    heading: say(c, J.heading),
    intro: say(c, J.intro),
    planner: { id: planner.input.id, name: planner.input.name, text: say(c, J.planner, { name: planner.input.name }) },
    plannerLabel: say(c, J['planner-label']),
    plannerChoices: partners.map((p) => ({ id: p.input.id, label: label(p), complete: p.inputs.plan !== undefined })),
    figures: figuresTable(c, partners, calculated),
    differences: differencesOf(c, partners, planner),
    problemsTitle: say(c, T['problems-title']),
    summary: [] as string[],
    problems: [] as string[],
    assumptions: { title: say(c, T.assumptions.title), items: [] as string[] },
  };
  if (partners.every((p) => p.inputs.empty)) {
    return { ...base, status: 'keine-angaben', statusTitle: say(c, T['status-title']['keine-angaben']), statusText: say(c, J['no-figures']) };
  }
  const plan = planner.inputs.plan;
  if (!plan) {
    const fehlt = planner.inputs.missing.map((id) => questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text ?? id).join('; ');
    return { ...base, status: 'unvollstaendig', statusTitle: say(c, T['status-title'].unvollstaendig), statusText: say(c, J.incomplete, { name: planner.input.name, fehlt }) };
  }
  // The planner's own answer named itself ("self") as performer; here every partner has its id.
  const result = calculateCosts(calculated, { ...plan, performerId: performer?.input.id });
  const names = new Map(calculated.map((p) => [p.id, p.name]));
  // The plan's guides count for everyone; of the others only the overhead of their costs today.
  const assumptions = partners.flatMap((p) =>
    p.inputs.assumptions
      .filter((a) => p === planner || a.questionId === Q.overheadRate.question)
      .map((a) => `${p.input.name}: ${assumptionText(c, a)}`),
  );
  return {
    ...base,
    status: result.shared ? 'berechnet' : 'unvollstaendig',
    summary: result.shared ? summaryOf(c, result, performer) : [],
    ...costTables(c, result, plan, calculated[0]!.name),
    problems: result.problems.flatMap((p) => problemText(c, p, names) ?? []),
    assumptions: { ...base.assumptions, items: assumptions },
  };
}
