// The cost chapter of the report model: what the results page, the comparison, the PDFs and the
// documents say about costs, in words and formatted figures. The numbers come from
// verdicts/costs.ts, the wording from questionnaires/costs.yaml; renderers only draw this.
import { fillText, type TextKey } from '../content/contract.ts';
import type { CostsFile, Questionnaire, Reference } from '../content/schema.ts';
import { euroFromCents, germanNumber, percent } from '../format.ts';
import { COST_TEXTS as T } from '../verdicts/costContract.ts';
import { SELF_ID, type CostInputs } from '../verdicts/costInputs.ts';
import { calculateCosts, type CooperationPlan, type CostProblem, type CostResult, type PartnerCosts, type SensitivityRow } from '../verdicts/costs.ts';
import type { VatRisk } from '../verdicts/vat.ts';
import { SOURCE_NOT_CHECKED } from './wording.ts';

export interface CostLine {
  label: string;
  amount: string;
}

export interface CostTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface CostChart {
  title: string;
  /** Where the same numbers stand as text, said under the chart. */
  alternative: string;
  labels: string[];
  /** Euros per partner, one series for today (where known) and one for the share. */
  series: { label: string; values: (number | null)[] }[];
}

export interface CostSection {
  heading: string;
  status: 'keine-angaben' | 'unvollstaendig' | 'berechnet';
  /** Why nothing or not everything is calculated, with a short title. */
  statusText?: string;
  statusTitle?: string;
  /** Where to start entering figures when there are none: the link text and the first page. */
  enter?: { text: string; sectionId: string };
  /** Questions of the questionnaire "kosten" still to answer, in order, with the section (wizard page) that asks them. */
  missing: { questionId: string; sectionId: string; text: string }[];
  /** The sentence before the list of missing questions, where they are listed one by one (results page). */
  missingIntro?: string;
  /** What it means for the assessing municipality, in sentences. */
  summary: string[];
  running?: { title: string; lines: CostLine[]; total: CostLine };
  oneOff?: { title: string; lines: CostLine[] };
  partners?: CostTable;
  chart?: CostChart;
  sensitivity?: { title: string; intro: string; table: CostTable };
  assumptions: { title: string; items: string[] };
  notices: { text: string; references: string[] }[];
  problems: string[];
  /** Headings of the problems and of the notices. */
  problemsTitle: string;
  noticesTitle: string;
  /** Every source the chapter cites, for the list of sources. */
  references: string[];
}

const MINUS = '\u2212';
const signed = (cents: number) => (cents > 0 ? `+${euroFromCents(cents)}` : cents < 0 ? `${MINUS}${euroFromCents(-cents)}` : euroFromCents(0));

/** What the cost chapter is worded from; shared with the joint cost table of the comparison. */
export interface CostContext {
  texts: CostsFile;
  questionnaire: Questionnaire;
  references: Reference[];
}
type Context = CostContext;

export function say<P extends string>(c: Context, key: TextKey<P>, params?: Record<P, string | number>): string {
  return fillText(c.texts, key, params);
}

function questionText(c: Context, id: string): string {
  return c.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === id)?.text ?? id;
}

function sectionOf(c: Context, id: string): string {
  return c.questionnaire.sections.find((s) => s.questions.some((q) => q.id === id))?.id ?? c.questionnaire.sections[0]!.id;
}

export function assumptionText(c: Context, a: CostInputs['assumptions'][number]): string {
  const question = c.questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === a.questionId);
  const unit = question?.type === 'number' && question.unit ? ` ${question.unit}` : '';
  const labels = T.texts.assumptions.labels as Record<string, TextKey<never>>;
  const frage = labels[a.questionId] ? say(c, labels[a.questionId]!) : questionText(c, a.questionId);
  const wert = `${germanNumber(a.value)}${unit}`;
  const reference = a.reference ? c.references.find((r) => r.id === a.reference) : undefined;
  if (!reference) return say(c, T.texts.assumptions.plain, { frage, wert });
  const quelle = reference.unverified ? `${reference.citation}, ${SOURCE_NOT_CHECKED}` : reference.citation;
  return say(c, T.texts.assumptions.guide, { frage, wert, quelle });
}

export function problemText(c: Context, problem: CostProblem, names: Map<string, string>): string | undefined {
  const figure = (f: 'einwohner' | 'faelle' | 'zeitanteile') => say(c, T.texts.figures[f]);
  switch (problem.code) {
    case 'cost-key-figure-missing':
      // The assessing municipality's own figures are already listed as questions still to answer.
      if (problem.partnerId === SELF_ID) return undefined;
      return say(c, T.texts.problems['figure-missing'], { zahl: figure(problem.figure), partner: names.get(problem.partnerId) ?? problem.partnerId });
    case 'cost-key-sum-zero':
      return say(c, T.texts.problems['sum-zero'], { zahl: figure(problem.figure) });
    case 'cost-base-exceeds-total':
      return say(c, T.texts.problems['base-exceeds-total'], { betrag: euroFromCents(problem.baseTotal), gesamt: euroFromCents(problem.running) });
    case 'cost-today-missing':
      // The partner table says "nicht angegeben" in the row; the own figures are listed as questions.
      return undefined;
    case 'cost-negative':
      // Inputs pass the questionnaire's ranges, so a negative figure cannot reach the calculation.
      return undefined;
  }
}

function breakEvenText(c: Context, p: PartnerCosts, horizon: number): string {
  if (p.breakEvenYear === undefined) return say(c, T.texts.table.unknown);
  if (p.oneOffShare === 0) return say(c, T.texts['break-even'].immediately);
  if (p.breakEvenYear === 'nie') return say(c, T.texts['break-even'].never, { jahre: horizon });
  return say(c, T.texts['break-even'].year, { jahr: p.breakEvenYear });
}

function partnerTable(c: Context, result: CostResult, keyLabel: string, horizon: number): CostTable {
  const unknown = say(c, T.texts.table.unknown);
  const t = T.texts.table;
  return {
    caption: say(c, t.caption, { schluessel: keyLabel }),
    headers: [say(c, t.partner), say(c, t.ratio), say(c, t.share), say(c, t.today), say(c, t.difference), say(c, t['one-off-share']), say(c, t['break-even']), say(c, t['vat-extra'])],
    rows: result.partners.map((p) => [
      p.performer ? `${p.name} ${say(c, t.performer)}` : p.name,
      percent(p.ratio),
      euroFromCents(p.share),
      p.today === undefined ? unknown : euroFromCents(p.today),
      p.difference === undefined ? unknown : signed(p.difference),
      euroFromCents(p.oneOffShare),
      breakEvenText(c, p, horizon),
      p.vatExtra === undefined ? '–' : euroFromCents(p.vatExtra),
    ]),
  };
}

function sensitivityTable(c: Context, result: CostResult, firstName: string): CostSection['sensitivity'] {
  if (result.sensitivity.length === 0) return undefined;
  const s = T.texts.sensitivity;
  const label = (row: SensitivityRow) => (row.id === 'faelle-minus' || row.id === 'faelle-plus' ? say(c, s[row.id], { name: firstName }) : say(c, s[row.id]));
  return {
    title: say(c, s.title),
    intro: say(c, s.intro),
    table: {
      caption: say(c, s.title),
      headers: [say(c, s.case), ...result.partners.map((p) => p.name)],
      rows: result.sensitivity.map((row) => [
        label(row),
        ...row.partners.map((p) => (p.difference === undefined ? euroFromCents(p.share) : `${euroFromCents(p.share)} (${signed(p.difference)})`)),
      ]),
    },
  };
}

/** Sentences for the assessing municipality: its share, saving or extra cost, break-even and VAT. */
function ownSummary(c: Context, own: PartnerCosts | undefined, horizon: number, vatRisk?: VatRisk): string[] {
  if (!own) return [];
  const anteil = euroFromCents(own.share);
  const s = T.texts.summary;
  const lines: string[] = [];
  if (own.today === undefined || own.difference === undefined) lines.push(say(c, s['no-today'], { anteil }));
  else if (own.difference > 0) lines.push(say(c, s.saving, { anteil, heute: euroFromCents(own.today), betrag: euroFromCents(own.difference) }));
  else if (own.difference < 0) lines.push(say(c, s.extra, { anteil, heute: euroFromCents(own.today), betrag: euroFromCents(-own.difference) }));
  else lines.push(say(c, s.equal, { anteil }));
  if (own.oneOffShare > 0 && own.breakEvenYear !== undefined) {
    lines.push(say(c, s['break-even'], { betrag: euroFromCents(own.oneOffShare), wann: breakEvenText(c, own, horizon) }));
  }
  if (own.vatExtra !== undefined && vatRisk) lines.push(say(c, s.vat, { risiko: vatRisk, betrag: euroFromCents(own.vatExtra) }));
  return lines;
}

/** The figures of a calculated cooperation as the page and the PDFs show them: running and one-off costs, and, when the key could be applied, the partner table, the chart and the ±20 % table. */
export function costTables(c: Context, result: CostResult, plan: CooperationPlan, firstName: string): Pick<CostSection, 'running' | 'oneOff' | 'partners' | 'chart' | 'sensitivity'> {
  const r = T.texts.running;
  const running = {
    title: say(c, r.title),
    lines: [
      { label: say(c, r.staff, { stellen: germanNumber(plan.running.staffFte), betrag: euroFromCents(Math.round(plan.running.costPerFte * 100)) }), amount: euroFromCents(result.running.staff) },
      { label: say(c, r.workplaces, { stellen: germanNumber(plan.running.staffFte), betrag: euroFromCents(Math.round(plan.running.workplaceCost * 100)) }), amount: euroFromCents(result.running.workplaces) },
      { label: say(c, r.overhead, { satz: percent(plan.running.overheadRate) }), amount: euroFromCents(result.running.overhead) },
      { label: say(c, r.it), amount: euroFromCents(result.running.it) },
      { label: say(c, r.other), amount: euroFromCents(result.running.other) },
    ],
    total: { label: say(c, r.total), amount: euroFromCents(result.running.total) },
  };
  const o = T.texts['one-off'];
  const oneOff = {
    title: say(c, o.title),
    lines: [
      { label: say(c, o.total), amount: euroFromCents(result.oneOff.total) },
      ...(result.oneOff.funding > 0 ? [{ label: say(c, o.funding), amount: `${MINUS}${euroFromCents(result.oneOff.funding)}` }] : []),
      { label: say(c, o.net), amount: euroFromCents(result.oneOff.net) },
    ],
  };
  if (!result.shared) return { running, oneOff };
  const sensitivity = sensitivityTable(c, result, firstName);
  return {
    running,
    oneOff,
    partners: partnerTable(c, result, say(c, T.texts.keys[plan.key.kind]), plan.horizonYears),
    chart: {
      title: say(c, T.texts.chart.title),
      alternative: say(c, T.texts.chart.alternative),
      labels: result.partners.map((p) => p.name),
      series: [
        { label: say(c, T.texts.chart.today), values: result.partners.map((p) => (p.today === undefined ? null : p.today / 100)) },
        { label: say(c, T.texts.chart.share), values: result.partners.map((p) => p.share / 100) },
      ],
    },
    ...(sensitivity && { sensitivity }),
  };
}

export interface CostSectionInput {
  texts: CostsFile;
  questionnaire: Questionnaire;
  references: Reference[];
  inputs: CostInputs;
  /** The year up to which the law and figures in the content were checked. */
  legalStatusYear: number;
  /** The legal form that fits best, for the Zweckverband notice. */
  bestLegalForm?: string;
  vatRisk?: VatRisk;
}

export function buildCostSection(input: CostSectionInput): CostSection {
  const c: Context = { texts: input.texts, questionnaire: input.questionnaire, references: input.references };
  const { inputs } = input;
  const heading = say(c, T.texts.heading);
  // Without any figure or without a plan nothing was calculated, so no guide was used either.
  const used = inputs.empty || !inputs.plan ? [] : inputs.assumptions;
  const assumptions = { title: say(c, T.texts.assumptions.title), items: used.map((a) => assumptionText(c, a)) };
  const missing = inputs.empty ? [] : inputs.missing.map((questionId) => ({ questionId, sectionId: sectionOf(c, questionId), text: questionText(c, questionId) }));
  const notices: CostSection['notices'] = [];
  const notice = (key: keyof typeof T.notices, params?: Record<string, string | number>) => {
    notices.push({ text: fillText(input.texts, T.notices[key].text, params as never), references: input.texts.notices[key]!.references });
  };
  if (inputs.figuresYear !== undefined && inputs.figuresYear < input.legalStatusYear) notice('tariff', { jahr: inputs.figuresYear });
  if (inputs.keyOpen && !inputs.empty) notice('key-open');
  if (!inputs.empty && inputs.plan?.key.kind !== 'zeitanteile' && inputs.cutoffDateAgreed !== true) notice('cutoff-date');
  if (!inputs.empty && inputs.settlementAgreed !== true) notice('settlement');
  if (input.bestLegalForm === 'zweckverband' && !inputs.empty) notice('zweckverband');

  const base = {
    heading,
    missing,
    assumptions,
    notices,
    summary: [] as string[],
    problems: [] as string[],
    problemsTitle: say(c, T.texts['problems-title']),
    noticesTitle: say(c, T.texts['notices-title']),
  };
  const status = (kind: 'keine-angaben' | 'unvollstaendig') => ({
    status: kind,
    statusTitle: say(c, T.texts['status-title'][kind]),
    statusText: kind === 'keine-angaben' ? say(c, T.texts.status['keine-angaben']) : say(c, T.texts.status.unvollstaendig, { fehlt: missing.map((m) => m.text).join('; ') }),
    ...(kind === 'unvollstaendig' && { missingIntro: say(c, T.texts.status['missing-intro']) }),
  });
  const referencesOf = (section: Omit<CostSection, 'references'>): CostSection => ({
    ...section,
    references: [...new Set([...section.notices.flatMap((n) => n.references), ...used.flatMap((a) => a.reference ?? [])])],
  });
  if (inputs.empty) return referencesOf({ ...base, ...status('keine-angaben'), enter: { text: say(c, T.texts.enter), sectionId: c.questionnaire.sections[0]!.id } });
  if (!inputs.plan) return referencesOf({ ...base, ...status('unvollstaendig') });

  const partners = [inputs.self, ...inputs.partners];
  const result = calculateCosts(partners, inputs.plan);
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const problems = result.problems.flatMap((p) => problemText(c, p, names) ?? []);
  notice('economy');
  const calculated = result.shared;
  const own = result.partners.find((p) => p.id === SELF_ID);
  return referencesOf({
    ...base,
    // Without missing questions but with problems, the problems say what to change.
    ...(calculated && missing.length === 0 ? { status: 'berechnet' as const } : missing.length > 0 ? status('unvollstaendig') : { status: 'unvollstaendig' as const }),
    summary: calculated ? ownSummary(c, own, inputs.plan.horizonYears, input.vatRisk) : [],
    ...costTables(c, result, inputs.plan, partners[0]!.name),
    problems,
  });
}
