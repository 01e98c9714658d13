// The § 2b UStG test for each planned service between the partners, walked in the order of the
// fact sheet (umsatzsteuer-2b.md, section 2, as corrected by the legal review of December 2026):
// the first step that applies decides. This file holds only the order and the conditions of each
// step; what the app says at each step is in questionnaires/vat-test.yaml, and every question and
// option read here is declared in vatContract.ts and checked against the content.
//
// "Weiß nicht", unanswered questions and unusable numbers never decide anything. A step that
// cannot be answered is "open": the walk goes on as if it did not apply, and at the end the open
// step makes the result "unklar" whenever it could have changed the outcome. A step whose question
// is not asked (hidden by the questionnaire's conditions) is left out of the chain.
import type { AnswerValue, Response } from '../assessment/assessment.ts';
import { fillText, type QuestionNeed, type TextKey } from '../content/contract.ts';
import { QuestionnaireView, type Scope } from '../content/conditions.ts';
import { optionsOf, readNumber, type NumberReading } from '../content/questions.ts';
import type { Content, VatTestFile } from '../content/schema.ts';
import { euro } from '../format.ts';
import { remembered } from '../memo.ts';
import { VAT_RATE } from './costs.ts';
import { assessTransition, type VatTransition } from './vatTransition.ts';
import { VAT_QUESTIONNAIRE, VAT_QUESTIONS as Q, VAT_SECTION, VAT_TEXT as T } from './vatContract.ts';

export type VatRisk = 'gering' | 'mittel' | 'hoch' | 'unklar';

export interface VatReasoningStep {
  /** Stable id of the test step: "leistungsaustausch", "privatrecht", "abs4", "vorbehalt", "delegation", "grenze-17500", "abs2-nr2", "personal", "abs3-nr2", "wettbewerb", "befreiung". */
  id: StepId;
  /** Short German title of the step, e.g. "Privatrechtlicher Vertrag?". */
  title: string;
  /** What the answers say at this step, in plain German. */
  finding: string;
  /** Ids from questionnaires/references.yaml. */
  references: string[];
}

export interface VatMitigation {
  text: string;
  references: string[];
  caveat?: string;
}

export interface VatServiceVerdict {
  itemId: string;
  serviceName: string;
  risk: VatRisk;
  /** One sentence: the outcome and why. */
  conclusion: string;
  /** The chain of reasoning in test order, up to and including the deciding step (plus the exemption check when taxable). */
  steps: VatReasoningStep[];
  /** True where the result rests on § 2b Abs. 3 Nr. 2, a missing private supplier or § 4 Nr. 29 (EU-law doubts). */
  euCaveat: boolean;
  /** Questions to clarify ("weiß nicht" answers, gaps and open legal questions), in plain German. */
  toClarify: string[];
  mitigations: VatMitigation[];
  /** The VAT effect for the receiving municipality, when the risk is not "gering". */
  euros?: {
    /** 19 % of the yearly payment, in euros; absent when the payment is not known. */
    extraPerYear?: number;
    /** "hoch": expected; "mittel"/"unklar": possible. */
    expected: boolean;
    text: string;
  };
}

export interface VatAssessment {
  services: VatServiceVerdict[];
  /** The worst risk over all services ("unklar" ranks between "mittel" and "hoch"); "unklar" when there are none. */
  overall: VatRisk;
  transition: VatTransition;
}

/** § 2b Abs. 2 Nr. 1 UStG: expected yearly turnover from similar activities. */
export const VAT_THRESHOLD = 17_500;
/** Above this amount (but within the threshold) the result is only "mittel": the threshold is close. */
export const VAT_THRESHOLD_NEAR = 15_000;
/** Up to this amount it may be worth trying to stay within the threshold; far above, the measure is not offered. */
const THRESHOLD_MITIGATION_LIMIT = 2 * VAT_THRESHOLD;

type StepId = keyof VatTestFile['steps'] & keyof typeof T.steps;
type Outcome = 'NOT_TAXABLE' | 'TAXABLE' | 'UNCLEAR';

/** One answer as the test needs it. "invalid": a number the wizard would refuse (e.g. negative). */
type Reading<O extends string> =
  | { state: 'value'; value: O }
  | { state: 'unknown' }
  | { state: 'missing' }
  | { state: 'invalid'; input: string };

interface StepResult {
  step: VatReasoningStep;
  kind: 'decides' | 'passes' | 'open';
  outcome?: Outcome;
  risk?: VatRisk;
  euCaveat?: boolean;
  /** When it decides: the reason, as a clause starting with "weil …". */
  because?: string;
  /** Which conclusion wording fits a "gering" result that rests on administrative practice. */
  administrativePractice?: boolean;
  /** When open: the outcomes the step could have produced had the answer been known. */
  possible?: Outcome[];
  /** Plain-German questions to clarify (open steps, and an UNCLEAR decision). */
  clarify?: string[];
}

const MISSING: Reading<never> = Object.freeze({ state: 'missing' });
const UNKNOWN: Reading<never> = Object.freeze({ state: 'unknown' });

/** The answers of one service, read through the declared vocabulary of the test. */
class ServiceAnswers {
  private readonly scope: Scope;
  private readonly readings = new Map<QuestionNeed, Reading<string>>();

  constructor(
    private readonly view: QuestionnaireView,
    itemId: string | undefined,
  ) {
    this.scope = itemId === undefined ? {} : { itemId };
  }

  private raw(need: QuestionNeed): AnswerValue | undefined {
    return this.view.answer(need.question, this.scope);
  }

  /** Whether the questionnaire asks this question for the service at all. */
  asked(need: QuestionNeed): boolean {
    return this.view.isQuestionVisible(need.question, this.scope);
  }

  read<O extends string>(need: QuestionNeed<O>): Reading<O> {
    // The test reads most answers several times (steps, reasons, mitigations): each is read once.
    return remembered(this.readings, need, () => this.readAnswer(need)) as Reading<O>;
  }

  private readAnswer(need: QuestionNeed): Reading<string> {
    const value = this.raw(need);
    const chosen = Array.isArray(value) ? value[0] : value;
    if (chosen === undefined || chosen.trim() === '') return MISSING;
    const question = this.view.question(need.question);
    const option = question ? optionsOf(question).find((o) => o.value === chosen) : undefined;
    if (option?.kind === 'unknown') return UNKNOWN;
    // An option the test does not name (e.g. added to the content later) decides nothing.
    return need.options.includes(chosen) ? { state: 'value', value: chosen } : MISSING;
  }

  value<O extends string>(need: QuestionNeed<O>): O | undefined {
    const reading = this.read(need);
    return reading.state === 'value' ? reading.value : undefined;
  }

  is<O extends string>(need: QuestionNeed<O>, ...values: O[]): boolean {
    const value = this.value(need);
    return value !== undefined && values.includes(value);
  }

  /** A number answer, checked against the question's limits like the wizard checks it. */
  amount(need: QuestionNeed): NumberReading {
    return readNumber(this.view.question(need.question), this.raw(need));
  }

}

/** Everything a step needs: the answers and the texts. */
class Walk {
  constructor(
    readonly a: ServiceAnswers,
    private readonly texts: VatTestFile,
  ) {}

  say<P extends string>(key: TextKey<P>, params?: Record<P, string | number>): string {
    return fillText(this.texts, key, params);
  }

  step(id: StepId, finding: string, extraReferences: string[] = []): VatReasoningStep {
    const { title, references } = this.texts.steps[id]!;
    return { id, title, finding, references: [...references, ...extraReferences.filter((r) => !references.includes(r))] };
  }

  /** The clarifying question for each listed question that has no usable answer. */
  clarify(...needs: QuestionNeed[]): string[] {
    return needs
      .filter((need) => this.a.read(need).state !== 'value')
      .map((need) => this.say(T.clarify[need.question as keyof typeof T.clarify]));
  }
}

const open = (step: VatReasoningStep, possible: Outcome[], clarify: string[]): StepResult => ({ step, kind: 'open', possible, clarify });
const passes = (step: VatReasoningStep): StepResult => ({ step, kind: 'passes' });
function decides(step: VatReasoningStep, outcome: Outcome, risk: VatRisk, because: string, extra: Partial<StepResult> = {}): StepResult {
  return { step, kind: 'decides', outcome, risk, because, ...extra };
}

// ---------------------------------------------------------------------------------------------
// The steps, in the order of the fact sheet.

/** Step 1 (§ 1 Abs. 1 Nr. 1 UStG): only services for consideration are taxable. */
function stepLeistungsaustausch(w: Walk): StepResult {
  const S = T.steps.leistungsaustausch;
  switch (w.a.value(Q.leistungsaustausch)) {
    case 'zuschuss-umlage':
      return decides(w.step('leistungsaustausch', w.say(S.say['kein-entgelt'])), 'NOT_TAXABLE', 'gering', w.say(S.because['kein-entgelt']));
    case 'gegen-entgelt':
      return passes(w.step('leistungsaustausch', w.say(S.say.entgelt)));
    case 'umlage-zweckverband':
      // Fact sheet: an Umlage to a Zweckverband that only serves citizens is arguably no consideration – legally open.
      return open(w.step('leistungsaustausch', w.say(S.say.umlage)), ['NOT_TAXABLE'], [w.say(T.open.umlage)]);
    default:
      return open(w.step('leistungsaustausch', w.say(S.say.offen)), ['NOT_TAXABLE'], w.clarify(Q.leistungsaustausch));
  }
}

/** Step 2 (BMF 20.2.2020): a private-law contract means § 2b is not reached. */
function stepPrivatrecht(w: Walk): StepResult | undefined {
  const S = T.steps.privatrecht;
  if (!w.a.asked(Q.rechtsgrundlage)) return undefined;
  const basis = w.a.value(Q.rechtsgrundlage);
  if (basis === 'privatrechtlich') {
    return decides(w.step('privatrecht', w.say(S.say.privatrechtlich)), 'TAXABLE', 'hoch', w.say(S.because.privatrechtlich));
  }
  if (basis === 'oeffentlich-rechtlich') return passes(w.step('privatrecht', w.say(S.say['oeffentlich-rechtlich'])));
  // A delegating Zweckvereinbarung (§ 71 Abs. 1 SächsKomZG) is a public-law agreement by its nature.
  if (w.a.is(Q.uebertragungsart, 'delegation')) return passes(w.step('privatrecht', w.say(S.say['delegation-offen']), ['saechskomzg-71-1']));
  return open(w.step('privatrecht', w.say(S.say.offen)), ['TAXABLE'], w.clarify(Q.rechtsgrundlage));
}

/** Step 3 (§ 2b Abs. 4 UStG): activities in which a public body is always an entrepreneur. */
function stepAbs4(w: Walk): StepResult | undefined {
  const S = T.steps.abs4;
  if (!w.a.asked(Q.sonderfall)) return undefined;
  switch (w.a.value(Q.sonderfall)) {
    case 'vermessung':
      return decides(w.step('abs4', w.say(S.say.vermessung)), 'TAXABLE', 'hoch', w.say(S.because.vermessung));
    case 'versorgung-verkehr':
      // Abs. 4 Nr. 5: activities of Anhang I MwStSystRL unless insignificant; the list is legally open here.
      return open(w.step('abs4', w.say(S.say['eu-liste']), ['mwstsystrl-13']), ['TAXABLE'], [w.say(T.open['anhang-i'])]);
    case 'nein':
      return passes(w.step('abs4', w.say(S.say.nein)));
    default:
      return open(w.step('abs4', w.say(S.say.offen)), ['TAXABLE'], w.clarify(Q.sonderfall));
  }
}

/** Step 4 (§ 2b Abs. 3 Nr. 1 UStG): the law reserves the service to public bodies. */
function stepVorbehalt(w: Walk): StepResult | undefined {
  const S = T.steps.vorbehalt;
  if (!w.a.asked(Q.vorbehalt)) return undefined;
  switch (w.a.value(Q.vorbehalt)) {
    case 'ja':
      return decides(w.step('vorbehalt', w.say(S.say.ja)), 'NOT_TAXABLE', 'gering', w.say(S.because.ja));
    case 'nein':
      return passes(w.step('vorbehalt', w.say(S.say.nein)));
    default:
      return open(w.step('vorbehalt', w.say(S.say.offen)), ['NOT_TAXABLE'], w.clarify(Q.vorbehalt));
  }
}

/**
 * Step 5: a task transferred with releasing effect (delegierende Zweckvereinbarung). Administrative
 * practice of Bund and Länder (BayLfSt 15.2.2023), not statute: no größere Wettbewerbsverzerrung only
 * if (1) the task can by law be transferred with releasing effect only to a public body, (2)
 * competence and responsibility really move, (3) the releasing effect was decisive. Whether support
 * work (cleaning, IT operation, green-space care) can be such a task is legally open in Saxony
 * (Bavarian orders accept it): then the step stays open and the result cannot be "gering".
 */
function stepDelegation(w: Walk): StepResult | undefined {
  const S = T.steps.delegation;
  if (!w.a.asked(Q.uebertragungsart)) return undefined;
  const transfer = w.a.read(Q.uebertragungsart);
  if (transfer.state !== 'value') {
    return open(w.step('delegation', w.say(S.say['art-offen'])), ['NOT_TAXABLE'], w.clarify(Q.uebertragungsart));
  }
  if (transfer.value !== 'delegation') return passes(w.step('delegation', w.say(S.say['nicht-uebertragen'])));
  const conditions = [
    { need: Q.befreiendeWirkung, label: S.conditions['befreiende-wirkung'] },
    { need: Q.zustaendigkeit, label: S.conditions.zustaendigkeit },
    { need: Q.ausschlaggebend, label: S.conditions.ausschlaggebend },
  ];
  const failed = conditions.filter((c) => w.a.is(c.need, 'nein'));
  if (failed.length) {
    return passes(w.step('delegation', w.say(S.say['nicht-erfuellt'], { gruende: failed.map((c) => w.say(c.label)).join('; ') })));
  }
  const unknown = conditions.filter((c) => !w.a.is(c.need, 'ja'));
  if (!unknown.length && w.a.is(Q.hilfstaetigkeit, 'ja')) {
    return open(w.step('delegation', w.say(S.say.hilfstaetigkeit)), ['NOT_TAXABLE'], [w.say(T.open['delegation-hilfstaetigkeit'])]);
  }
  const supportOpen = w.a.read(Q.hilfstaetigkeit).state !== 'value';
  if (unknown.length || supportOpen) {
    const points = [...unknown.map((c) => w.say(c.label)), ...(supportOpen ? [w.say(T.clarify.hilfstaetigkeit)] : [])];
    return open(
      w.step('delegation', w.say(S.say.offen, { punkte: points.join('; ') })),
      ['NOT_TAXABLE'],
      w.clarify(...unknown.map((c) => c.need), ...(supportOpen ? [Q.hilfstaetigkeit] : [])),
    );
  }
  return decides(w.step('delegation', w.say(S.say.erfuellt)), 'NOT_TAXABLE', 'gering', w.say(S.because.erfuellt), {
    administrativePractice: true,
  });
}

/** Step 6 (§ 2b Abs. 2 Nr. 1 UStG): expected turnover from similar activities ≤ 17,500 EUR. */
function stepGrenze(w: Walk): StepResult | undefined {
  const S = T.steps['grenze-17500'];
  if (!w.a.asked(Q.jahresbetrag)) return undefined;
  const reading = w.a.amount(Q.jahresbetrag);
  if (reading.state === 'invalid') {
    return open(w.step('grenze-17500', w.say(S.say.ungueltig, { eingabe: reading.input })), ['NOT_TAXABLE'], [w.say(T.clarify.jahresbetrag)]);
  }
  if (reading.state !== 'number') {
    return open(w.step('grenze-17500', w.say(S.say.offen)), ['NOT_TAXABLE'], [w.say(T.clarify.jahresbetrag)]);
  }
  const betrag = euro(reading.value);
  if (reading.value > VAT_THRESHOLD) return passes(w.step('grenze-17500', w.say(S.say.ueber, { betrag })));
  const near = reading.value > VAT_THRESHOLD_NEAR;
  return decides(
    w.step('grenze-17500', w.say(near ? S.say['knapp-unter'] : S.say.unter, { betrag })),
    'NOT_TAXABLE',
    near ? 'mittel' : 'gering',
    w.say(near ? S.because['knapp-unter'] : S.because.unter),
  );
}

/** Step 7 (§ 2b Abs. 2 Nr. 2 UStG): comparable private-law services would be exempt without option (§ 9). */
function stepAbs2Nr2(w: Walk): StepResult | undefined {
  const S = T.steps['abs2-nr2'];
  if (!w.a.asked(Q.steuerfreiBeiPrivaten)) return undefined;
  switch (w.a.value(Q.steuerfreiBeiPrivaten)) {
    case 'ja':
      return decides(w.step('abs2-nr2', w.say(S.say.ja)), 'NOT_TAXABLE', 'gering', w.say(S.because.ja));
    case 'mit-verzicht':
      return passes(w.step('abs2-nr2', w.say(S.say['mit-verzicht'])));
    case 'nein':
      return passes(w.step('abs2-nr2', w.say(S.say.nein)));
    default:
      return open(w.step('abs2-nr2', w.say(S.say.offen)), ['NOT_TAXABLE'], w.clarify(Q.steuerfreiBeiPrivaten));
  }
}

/**
 * Step 8: staff provided against reimbursement (Personalgestellung, Abordnung). BMF 9.12.2022 and
 * BayLfSt 8.2.2021: generally taxable whatever the staff-law instrument, unless private providers
 * could not supply the same (e.g. work reserved to Beamte). Conditions a–d of Abs. 3 Nr. 2 do not help.
 */
function stepPersonal(w: Walk): StepResult | undefined {
  const S = T.steps.personal;
  if (!w.a.asked(Q.personal)) return undefined;
  const staff = w.a.read(Q.personal);
  if (staff.state === 'value' && staff.value === 'nein') return undefined;
  const market = w.a.value(Q.privateAnbieter);
  if (staff.state !== 'value') {
    const possible: Outcome[] = market === 'nein-ausgeschlossen' ? ['NOT_TAXABLE'] : market ? ['TAXABLE'] : ['TAXABLE', 'NOT_TAXABLE'];
    return open(w.step('personal', w.say(S.say['art-offen'])), possible, w.clarify(Q.personal));
  }
  if (market === 'nein-ausgeschlossen') {
    return decides(w.step('personal', w.say(S.say.ausgeschlossen), ['mwstsystrl-13']), 'NOT_TAXABLE', 'mittel', w.say(S.because.ausgeschlossen), {
      euCaveat: true,
    });
  }
  if (market === 'ja' || market === 'nein-bisher') {
    return decides(w.step('personal', w.say(S.say.steuerbar)), 'TAXABLE', 'hoch', w.say(S.because.steuerbar));
  }
  return decides(w.step('personal', w.say(S.say.offen)), 'UNCLEAR', 'unklar', w.say(S.because.offen), {
    clarify: w.clarify(Q.privateAnbieter),
  });
}

/** Step 9 (§ 2b Abs. 3 Nr. 2 UStG): conditions a–d, read restrictively (BMF 14.11.2019). */
function stepAbs3Nr2(w: Walk): StepResult | undefined {
  const S = T.steps['abs3-nr2'];
  const C = S.conditions;
  if (!w.a.asked(Q.laufzeit)) return undefined;
  type State = 'met' | 'failed' | 'open';
  const stateOf = <O extends string>(need: QuestionNeed<O>, met: O[], failed: O[]): State =>
    w.a.is(need, ...met) ? 'met' : w.a.is(need, ...failed) ? 'failed' : 'open';
  const pricing = w.a.value(Q.kostenerstattung);
  const conditions = [
    // a: long-term public-law agreement; BMF: ≥ 5 years or indefinite.
    { texts: C.laufzeit, state: stateOf(Q.laufzeit, ['mind-5-jahre', 'unbefristet'], ['unter-5-jahre']), clarify: w.clarify(Q.laufzeit) },
    // b: public infrastructure and a public task incumbent on all partners.
    { texts: C['gemeinsame-aufgabe'], state: stateOf(Q.gemeinsameAufgabe, ['ja'], ['nein']), clarify: w.clarify(Q.gemeinsameAufgabe) },
    // c: only reimbursement of costs; whether overheads count is legally open.
    {
      texts: C.kostenerstattung,
      state: stateOf(Q.kostenerstattung, ['nur-kosten'], ['mit-aufschlag']),
      clarify: pricing === 'mit-gemeinkosten' ? [w.say(T.open.gemeinkosten)] : w.clarify(Q.kostenerstattung),
    },
    // d: similar services essentially to public bodies (the threshold is not fixed by law).
    { texts: C.abnehmer, state: stateOf(Q.abnehmer, ['nur-oeffentliche'], ['auch-private']), clarify: w.clarify(Q.abnehmer) },
  ];
  const failed = conditions.filter((c) => c.state === 'failed');
  if (failed.length) {
    return passes(w.step('abs3-nr2', w.say(S.say['nicht-erfuellt'], { gruende: failed.map((c) => w.say(c.texts.failed)).join('; ') })));
  }
  const openConditions = conditions.filter((c) => c.state === 'open');
  const bedingungen = openConditions.length
    ? w.say(S.say['teilweise-offen'], { punkte: openConditions.map((c) => w.say(c.texts.label)).join(', ') })
    : w.say(S.say.erfuellt);
  const support = w.a.value(Q.hilfstaetigkeit);
  const market = w.a.value(Q.privateAnbieter);
  // BMF 14.11.2019: a–d are only a rebuttable presumption; support services are never privileged.
  if (support === 'ja') {
    return decides(w.step('abs3-nr2', w.say(S.say.hilfstaetigkeit, { bedingungen })), 'TAXABLE', 'hoch', w.say(S.because.hilfstaetigkeit));
  }
  if (market === 'ja') {
    return decides(w.step('abs3-nr2', w.say(S.say.marktgaengig, { bedingungen })), 'TAXABLE', 'hoch', w.say(S.because.marktgaengig));
  }
  const noPrivateSupplier = market === 'nein-ausgeschlossen' || market === 'nein-bisher';
  if (!openConditions.length && support === 'nein' && noPrivateSupplier) {
    return decides(w.step('abs3-nr2', w.say(S.say.greift, { bedingungen })), 'NOT_TAXABLE', 'mittel', w.say(S.because.greift), { euCaveat: true });
  }
  // Something needed here is unknown: the walk goes on to the general test.
  const possible: Outcome[] = support === 'nein' && noPrivateSupplier ? ['NOT_TAXABLE'] : ['NOT_TAXABLE', 'TAXABLE'];
  return open(w.step('abs3-nr2', w.say(S.say.offen, { bedingungen })), possible, [
    ...openConditions.flatMap((c) => c.clarify),
    ...(support === undefined ? w.clarify(Q.hilfstaetigkeit) : []),
    ...(market === undefined ? w.clarify(Q.privateAnbieter) : []),
  ]);
}

/** Step 10 (§ 2b Abs. 1 Satz 2 UStG, BMF 20.2.2020): could the recipient buy the same from a private firm? Always decides. */
function stepWettbewerb(w: Walk): StepResult {
  const S = T.steps.wettbewerb;
  const market = w.a.value(Q.privateAnbieter);
  if (market === 'ja') {
    return decides(w.step('wettbewerb', w.say(S.say['private-anbieter'])), 'TAXABLE', 'hoch', w.say(S.because['private-anbieter']));
  }
  if (w.a.is(Q.hilfstaetigkeit, 'ja')) {
    return decides(w.step('wettbewerb', w.say(S.say.hilfstaetigkeit)), 'TAXABLE', 'hoch', w.say(S.because['private-anbieter']));
  }
  if (market === 'nein-ausgeschlossen') {
    return decides(w.step('wettbewerb', w.say(S.say.ausgeschlossen), ['mwstsystrl-13']), 'NOT_TAXABLE', 'mittel', w.say(S.because.ausgeschlossen), {
      euCaveat: true,
    });
  }
  if (market === 'nein-bisher') {
    return decides(w.step('wettbewerb', w.say(S.say['bisher-keiner']), ['mwstsystrl-13']), 'UNCLEAR', 'unklar', w.say(S.because['bisher-keiner']), {
      clarify: [w.say(T.open.wettbewerb)],
    });
  }
  return decides(w.step('wettbewerb', w.say(S.say.offen)), 'UNCLEAR', 'unklar', w.say(S.because.offen), { clarify: w.clarify(Q.privateAnbieter) });
}

const STEPS: ((w: Walk) => StepResult | undefined)[] = [
  stepLeistungsaustausch,
  stepPrivatrecht,
  stepAbs4,
  stepVorbehalt,
  stepDelegation,
  stepGrenze,
  stepAbs2Nr2,
  stepPersonal,
  stepAbs3Nr2,
  stepWettbewerb,
];

interface Exemption {
  step: VatReasoningStep;
  /** "exempt": steuerbar, but steuerfrei; "unclear": an exemption may apply, but its conditions are in doubt. */
  result: 'exempt' | 'unclear' | 'none';
  because?: string;
  euCaveat: boolean;
  clarify: string[];
}

/**
 * Step 11 (only when taxable): exemptions. § 4 Nr. 29 UStG (BMF 19.7.2022) needs exact cost shares
 * and no distortion of competition; where private firms offer the same, the exemption is in doubt.
 */
function stepBefreiung(w: Walk): Exemption {
  const S = T.steps.befreiung;
  const pool = w.a.read(Q.kostenteilung);
  const pricing = w.a.value(Q.kostenerstattung);
  const market = w.a.read(Q.privateAnbieter);
  const steuer = w.say(S.say.steuer);
  if (pool.state === 'value' && pool.value === 'ja' && pricing === 'nur-kosten') {
    if (market.state === 'value' && market.value === 'ja') {
      return {
        step: w.step('befreiung', w.say(S.say['kostenteilung-wettbewerb']), ['mwstsystrl-13']),
        result: 'unclear',
        because: w.say(S.because['kostenteilung-wettbewerb']),
        euCaveat: true,
        clarify: [w.say(T.open.wettbewerb)],
      };
    }
    if (market.state !== 'value') {
      return {
        step: w.step('befreiung', w.say(S.say['kostenteilung-offen']), ['mwstsystrl-13']),
        result: 'unclear',
        because: w.say(S.because['kostenteilung-offen']),
        euCaveat: true,
        clarify: [w.say(T.clarify['private-anbieter'])],
      };
    }
    return { step: w.step('befreiung', w.say(S.say.kostenteilung), ['mwstsystrl-13']), result: 'exempt', because: w.say(S.because.kostenteilung), euCaveat: true, clarify: [] };
  }
  const privateExempt = w.a.value(Q.steuerfreiBeiPrivaten);
  if (privateExempt === 'ja' || privateExempt === 'mit-verzicht') {
    const finding = w.say(privateExempt === 'ja' ? S.say['steuerfrei-bei-privaten'] : S.say['mit-verzicht']);
    return { step: w.step('befreiung', finding), result: 'exempt', because: w.say(S.because['steuerfrei-bei-privaten']), euCaveat: false, clarify: [] };
  }
  let note: string;
  const clarify: string[] = [];
  if (pool.state === 'value' && pool.value === 'ja' && pricing === 'mit-aufschlag') note = w.say(S.say['kostenteilung-aufschlag']);
  else if (pool.state === 'value' && pool.value === 'ja') {
    note = w.say(S.say['kostenteilung-moeglich']);
    clarify.push(pricing === 'mit-gemeinkosten' ? w.say(T.open.gemeinkosten) : w.say(T.clarify.kostenerstattung));
  } else if (pool.state === 'unknown') {
    note = w.say(S.say['kostenteilung-unbekannt']);
    clarify.push(w.say(T.clarify.kostenteilung));
  } else note = w.say(S.say.keine);
  return { step: w.step('befreiung', `${note} ${steuer}`), result: 'none', euCaveat: false, clarify };
}

// ---------------------------------------------------------------------------------------------
// Mitigations (fact sheet, section 4) that fit the answers and do not contradict the test.

function mitigationsFor(w: Walk, risk: VatRisk, outcome: Outcome, texts: VatTestFile): VatMitigation[] {
  if (risk === 'gering') return [];
  const { a } = w;
  const M = T.mitigations;
  const list: VatMitigation[] = [];
  const add = (id: keyof typeof M, text: string, caveat: string) => list.push({ text, caveat, references: texts.mitigations[id]!.references });
  const basis = a.value(Q.rechtsgrundlage);
  const transfer = a.value(Q.uebertragungsart);
  const pricing = a.value(Q.kostenerstattung);
  const support = a.value(Q.hilfstaetigkeit);
  const staff = a.is(Q.personal, 'ja');
  const market = a.value(Q.privateAnbieter);
  const amountReading = a.amount(Q.jahresbetrag);
  const amount = amountReading.state === 'number' ? amountReading.value : undefined;
  const taxableOrOpen = outcome !== 'NOT_TAXABLE' || risk === 'unklar';

  if (basis !== 'oeffentlich-rechtlich' && transfer !== 'delegation') {
    const small = amount !== undefined && amount <= VAT_THRESHOLD;
    add(
      'oeffentlich-rechtlich',
      [w.say(M['oeffentlich-rechtlich'].text), ...(small ? [w.say(M['oeffentlich-rechtlich']['text-kleiner-betrag'], { betrag: euro(amount) })] : [])].join(' '),
      [w.say(M['oeffentlich-rechtlich'].caveat), ...(support === 'ja' ? [w.say(M['oeffentlich-rechtlich']['caveat-hilfstaetigkeit'])] : [])].join(' '),
    );
  }
  // A transfer that was already chosen is not suggested again; for support work it is legally open
  // whether it can be transferred with releasing effect at all, and the caveat says so.
  if (taxableOrOpen && transfer !== 'delegation' && (staff || support !== undefined)) {
    add(
      'delegation',
      w.say(staff ? M.delegation['text-personal'] : M.delegation.text),
      [w.say(M.delegation.caveat), ...(support === 'ja' ? [w.say(T.open['delegation-hilfstaetigkeit'])] : [])].join(' '),
    );
  }
  if (pricing === 'mit-aufschlag' || pricing === 'mit-gemeinkosten') {
    add(
      'kostenerstattung',
      w.say(M.kostenerstattung.text),
      [w.say(M.kostenerstattung.caveat), ...(pricing === 'mit-gemeinkosten' ? [w.say(T.open.gemeinkosten)] : [])].join(' '),
    );
  }
  if (a.is(Q.laufzeit, 'unter-5-jahre') && support !== 'ja' && !staff) add('laufzeit', w.say(M.laufzeit.text), w.say(M.laufzeit.caveat));
  if (amount !== undefined && amount > VAT_THRESHOLD && amount <= THRESHOLD_MITIGATION_LIMIT && basis !== 'privatrechtlich') {
    add('grenze', w.say(M.grenze.text), w.say(M.grenze.caveat));
  }
  const poolFits = a.is(Q.kostenteilung, 'ja') && pricing === 'nur-kosten';
  if (taxableOrOpen && !poolFits && market !== 'ja' && !staff) add('kostenteilung', w.say(M.kostenteilung.text), w.say(M.kostenteilung.caveat));
  if (taxableOrOpen) add('klausel', w.say(M.klausel.text), w.say(M.klausel.caveat));
  return list;
}

// ---------------------------------------------------------------------------------------------

const unique = (texts: string[]) => [...new Set(texts)];

function assessService(view: QuestionnaireView, texts: VatTestFile, itemId: string, serviceName: string): VatServiceVerdict {
  const w = new Walk(new ServiceAnswers(view, itemId), texts);
  const walked: StepResult[] = [];
  let decision: StepResult | undefined;
  for (const run of STEPS) {
    const result = run(w);
    if (!result) continue;
    walked.push(result);
    if (result.kind === 'decides') {
      decision = result;
      break;
    }
  }
  // stepWettbewerb always decides.
  const outcome = decision!.outcome!;
  const because = decision!.because!;
  let risk = decision!.risk!;
  let euCaveat = decision!.euCaveat ?? false;
  const opens = walked.filter((r) => r.kind === 'open');
  const relevant = opens.filter((r) => (r.possible ?? []).some((p) => p !== outcome));
  const notDecisive = w.say(T.notes['nicht-entscheidend']);
  const steps = walked.map((r) => (r.kind === 'open' && !relevant.includes(r) ? { ...r.step, finding: `${r.step.finding} ${notDecisive}` } : r.step));
  const toClarify = unique([...relevant.flatMap((r) => r.clarify ?? []), ...(outcome === 'UNCLEAR' ? (decision!.clarify ?? []) : [])]);
  const C = T.conclusions;
  const result = T.outcomes[outcome === 'NOT_TAXABLE' ? 'nicht-steuerbar' : outcome === 'TAXABLE' ? 'steuerbar' : 'unklar'];

  let conclusion: string;
  if (outcome === 'UNCLEAR') {
    risk = 'unklar';
    conclusion = w.say(C.unklar, { weil: because });
  } else if (relevant.length) {
    risk = 'unklar';
    conclusion =
      toClarify.length === 1
        ? w.say(C['ein-offener-punkt'], { ergebnis: w.say(result) })
        : w.say(C['offene-punkte'], { anzahl: toClarify.length, ergebnis: w.say(result) });
  } else if (outcome === 'NOT_TAXABLE') {
    conclusion =
      risk === 'gering'
        ? w.say(decision!.administrativePractice ? C['gering-verwaltung'] : C.gering, { weil: because })
        : w.say(euCaveat ? C['mittel-eu'] : C['mittel-jaehrlich'], { weil: because });
  } else {
    conclusion = w.say(C.hoch, { weil: because });
  }

  if (outcome === 'TAXABLE') {
    const exemption = stepBefreiung(w);
    steps.push(exemption.step);
    if (risk !== 'unklar') {
      toClarify.push(...exemption.clarify.filter((c) => !toClarify.includes(c)));
      if (exemption.result === 'exempt') {
        risk = 'mittel';
        euCaveat = exemption.euCaveat;
        conclusion = w.say(C.steuerfrei, { weil: because, befreiung: exemption.because! });
      } else if (exemption.result === 'unclear') {
        risk = 'unklar';
        euCaveat = true;
        conclusion = w.say(C['befreiung-unklar'], { weil: because, befreiung: exemption.because! });
      }
    }
  }

  return {
    itemId,
    serviceName,
    risk,
    conclusion,
    steps,
    euCaveat,
    toClarify,
    mitigations: mitigationsFor(w, risk, outcome, texts),
    ...(risk !== 'gering' && { euros: vatInEuros(w, risk) }),
  };
}

/** 19 % on the yearly payment, which the receiving municipality cannot deduct for its sovereign tasks (§ 15 UStG). */
function vatInEuros(w: Walk, risk: VatRisk): NonNullable<VatServiceVerdict['euros']> {
  const reading = w.a.amount(Q.erstattung);
  const expected = risk === 'hoch';
  if (reading.state !== 'number') return { expected, text: w.say(T.euros.fehlt) };
  const extra = Math.round(reading.value * VAT_RATE * 100) / 100;
  return {
    extraPerYear: extra,
    expected,
    text: w.say(expected ? T.euros.erwartet : T.euros.moeglich, { betrag: euro(extra), erstattung: euro(reading.value) }),
  };
}

const RISK_RANK: Record<VatRisk, number> = { gering: 0, mittel: 1, unklar: 2, hoch: 3 };

export function worstRisk(risks: VatRisk[]): VatRisk {
  if (!risks.length) return 'unklar';
  return risks.reduce((worst, r) => (RISK_RANK[r] > RISK_RANK[worst] ? r : worst));
}

/** The § 2b test for every planned service of an assessment; without the VAT questionnaire, no services. */
export function assessVat(content: Content, response: Response, assessmentDate: string, view?: QuestionnaireView): VatAssessment {
  const questionnaire = content.questionnaires.find((q) => q.id === VAT_QUESTIONNAIRE);
  const texts = content.vatTest;
  const shown = questionnaire ? (view ?? new QuestionnaireView(questionnaire, response)) : undefined;
  const section = shown?.section(VAT_SECTION);
  const items = shown && section && shown.isSectionVisible(section) ? shown.items(VAT_SECTION) : [];
  const services = items.map((item, index) => assessService(shown!, texts, item.id, item.name.trim() || `Leistung ${index + 1}`));
  return {
    services,
    overall: worstRisk(services.map((s) => s.risk)),
    transition: assessTransition(content.settings, texts, assessmentDate, shown),
  };
}
