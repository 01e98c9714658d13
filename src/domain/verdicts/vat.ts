// The § 2b UStG test for each planned service between the partners (repeatable section
// "leistungen" of the questionnaire "umsatzsteuer"), walked in the order of the fact sheet
// (umsatzsteuer-2b.md, section 2): the first step that applies decides.
//
// "Weiß nicht" and unanswered questions never decide anything. A step that cannot be answered is
// "open": the walk goes on as if it did not apply, and at the end the open step makes the result
// "unklar" whenever it could have changed the outcome. An open step that could only have led to
// the same outcome is noted in its finding but not listed to clarify.
import type { AnswerValue, Response } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { optionsOf, parseNumber } from '../content/questions.ts';
import type { Questionnaire, Settings } from '../content/schema.ts';

export type VatRisk = 'gering' | 'mittel' | 'hoch' | 'unklar';

export interface VatReasoningStep {
  /** Stable id of the test step, e.g. "leistungsaustausch", "privatrecht", "abs4", "vorbehalt", "grenze-17500", "abs2-nr2", "abs3-nr2", "wettbewerb", "befreiung". */
  id: string;
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
  /** True where the result rests on § 2b Abs. 3 Nr. 2 or a bare public-law form (EU-law doubts). */
  euCaveat: boolean;
  /** Questions to clarify ("weiß nicht" answers and gaps), in plain German. */
  toClarify: string[];
  mitigations: VatMitigation[];
}

export interface VatAssessment {
  services: VatServiceVerdict[];
  /** The worst risk over all services ("unklar" ranks between "mittel" and "hoch"); "unklar" when there are none. */
  overall: VatRisk;
  transition: {
    /** ISO date from settings.yaml. */
    fullApplicationFrom: string;
    /** Days from the assessment date to that date; negative once it has passed. */
    daysFromAssessment: number;
    /** e.g. "§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – in 37 Tagen." / "… – seit 12 Tagen." */
    text: string;
    source: string;
    /** What the answers on the option declaration (§ 27 Abs. 22 UStG) mean for this municipality; absent when unanswered. */
    status?: string;
  };
}

/** The repeatable section with one item per service. */
export const VAT_SECTION = 'leistungen';
/** § 2b Abs. 2 Nr. 1 UStG: expected yearly turnover from similar activities. */
export const VAT_THRESHOLD = 17_500;
/** Above this amount (but within the threshold) the result is only "mittel": the threshold is close. */
export const VAT_THRESHOLD_NEAR = 15_000;
/** Up to this amount it may be worth trying to stay within the threshold; far above, the measure is not offered. */
const THRESHOLD_MITIGATION_LIMIT = 2 * VAT_THRESHOLD;

/** Question ids of questionnaires/40-umsatzsteuer.yaml. */
export const VAT_QUESTIONS = {
  leistungsaustausch: 'leistungsaustausch',
  rechtsgrundlage: 'rechtsgrundlage',
  sonderfall: 'sonderfall-abs4',
  uebertragungsart: 'uebertragungsart',
  vorbehalt: 'vorbehalt',
  hilfstaetigkeit: 'hilfstaetigkeit',
  jahresbetrag: 'jahresbetrag',
  steuerfreiBeiPrivaten: 'steuerfrei-bei-privaten',
  laufzeit: 'laufzeit',
  gemeinsameAufgabe: 'gemeinsame-aufgabe',
  kostenerstattung: 'kostenerstattung',
  abnehmer: 'abnehmer',
  privateAnbieter: 'private-anbieter',
  kostenteilung: 'kostenteilung',
  optionserklaerung: 'optionserklaerung',
  widerruf: 'widerruf',
} as const;
const Q = VAT_QUESTIONS;

type Outcome = 'NOT_TAXABLE' | 'TAXABLE' | 'UNCLEAR';

/** One answer as the test needs it: a chosen option, "weiß nicht", or nothing (unanswered or hidden). */
type Reading = { state: 'value'; value: string } | { state: 'unknown' } | { state: 'missing' };

interface StepResult {
  step: VatReasoningStep;
  kind: 'decides' | 'passes' | 'open';
  /** When it decides. */
  outcome?: Outcome;
  risk?: VatRisk;
  euCaveat?: boolean;
  /** When it decides: the reason, as a clause starting with "weil …". */
  because?: string;
  /** When open: the outcomes the step could have produced had the answer been known. */
  possible?: Outcome[];
  /** Plain-German questions to clarify (open steps, and an UNCLEAR decision). */
  clarify?: string[];
}

const euroFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const euro = (amount: number) => `${euroFormat.format(amount)} Euro`;

class ItemAnswers {
  constructor(
    private readonly view: QuestionnaireView,
    private readonly itemId: string | undefined,
  ) {}

  private raw(questionId: string): AnswerValue | undefined {
    return this.view.answer(questionId, this.itemId === undefined ? {} : { itemId: this.itemId });
  }

  read(questionId: string): Reading {
    const value = this.raw(questionId);
    const chosen = Array.isArray(value) ? value[0] : value;
    if (chosen === undefined || chosen.trim() === '') return { state: 'missing' };
    const question = this.view.question(questionId);
    const option = question ? optionsOf(question).find((o) => o.value === chosen) : undefined;
    if (option?.kind === 'unknown') return { state: 'unknown' };
    return { state: 'value', value: chosen };
  }

  /** The chosen option value, or undefined for "weiß nicht" and unanswered. */
  value(questionId: string): string | undefined {
    const reading = this.read(questionId);
    return reading.state === 'value' ? reading.value : undefined;
  }

  is(questionId: string, ...values: string[]): boolean {
    const value = this.value(questionId);
    return value !== undefined && values.includes(value);
  }

  /** A number answer; "weiß nicht", unanswered and unreadable input give undefined. */
  amount(questionId: string): number | undefined {
    const value = this.value(questionId);
    return value === undefined ? undefined : parseNumber(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Texts for open points, keyed by question id.

const CLARIFY: Record<string, string> = {
  [Q.leistungsaustausch]:
    'Klären Sie, ob die empfangende Kommune für diese Leistung bezahlt (auch als Kostenerstattung) oder ob nur ein allgemeiner Zuschuss oder eine Umlage fließt.',
  [Q.rechtsgrundlage]:
    'Klären Sie, ob die Leistung auf einer öffentlich-rechtlichen Vereinbarung (z. B. einer Zweckvereinbarung) oder auf einem privatrechtlichen Vertrag beruht.',
  [Q.sonderfall]:
    'Klären Sie, ob es um Vermessung oder Katasterwesen geht oder um eine Tätigkeit wie Versorgung, Personenbeförderung oder eine Kantine.',
  [Q.uebertragungsart]:
    'Klären Sie, ob die leistende Kommune die Aufgabe ganz übernimmt (delegierende Zweckvereinbarung) oder nur im Auftrag der anderen Kommune arbeitet.',
  [Q.vorbehalt]: 'Klären Sie, ob ein Gesetz die Leistung allein öffentlichen Stellen vorbehält.',
  [Q.jahresbetrag]:
    'Schätzen Sie, wie viel die leistende Kommune mit allen Leistungen dieser Art im Jahr einnimmt – von allen Abnehmern zusammen. Bis 17.500 Euro fällt dafür keine Umsatzsteuer an.',
  [Q.steuerfreiBeiPrivaten]:
    'Klären Sie mit Ihrer Steuerberatung, ob die Leistung steuerfrei wäre, wenn ein privater Anbieter sie erbrächte.',
  [Q.laufzeit]:
    'Klären Sie, für welche Dauer die Vereinbarung geschlossen wird (mindestens fünf Jahre oder unbefristet?).',
  [Q.gemeinsameAufgabe]: 'Klären Sie, ob jede beteiligte Kommune die Aufgabe selbst erfüllen muss.',
  [Q.kostenerstattung]:
    'Klären Sie, ob nur die tatsächlichen Kosten erstattet werden oder ob ein Aufschlag hinzukommt.',
  [Q.abnehmer]:
    'Klären Sie, ob die leistende Kommune Leistungen dieser Art ganz überwiegend an öffentliche Stellen erbringt oder auch an Private.',
  [Q.hilfstaetigkeit]:
    'Klären Sie, ob die Leistung eine unterstützende Tätigkeit ist (z. B. Grünpflege, Reinigung, Bauarbeiten, IT-Betreuung) oder die Fachaufgabe selbst.',
  [Q.privateAnbieter]:
    'Klären Sie, ob die empfangende Kommune dieselbe Leistung auch bei privaten Unternehmen einkaufen könnte.',
  [Q.kostenteilung]:
    'Klären Sie, ob eine gemeinsame Einrichtung der Partner die Leistung nur für ihre Mitglieder erbringt und genau nach Kostenanteilen abrechnet.',
};

const GEMEINKOSTEN_UNSICHER =
  'Ob ein Zuschlag für allgemeine Verwaltungskosten (Gemeinkosten) noch als reine Kostenerstattung gilt, ist nicht gesichert – bitte im Einzelfall prüfen.';
const UMLAGE_UNSICHER =
  'Ob die Umlage an den Zweckverband ein Entgelt für eine Leistung an die Mitglieder ist, ist nicht gesichert – bitte im Einzelfall mit Ihrer Steuerberatung prüfen.';
const ANHANG_I_UNSICHER =
  'Prüfen Sie, ob die Tätigkeit in Anhang I der EU-Mehrwertsteuerrichtlinie genannt ist und mehr als unbedeutenden Umfang hat – dann gilt die Kommune dafür stets als Unternehmen. Bitte im Einzelfall prüfen.';

function clarifyFor(a: ItemAnswers, ...questionIds: string[]): string[] {
  return questionIds.filter((id) => a.read(id).state !== 'value').map((id) => CLARIFY[id]!);
}

function open(step: VatReasoningStep, possible: Outcome[], clarify: string[]): StepResult {
  return { step, kind: 'open', possible, clarify };
}
function passes(step: VatReasoningStep): StepResult {
  return { step, kind: 'passes' };
}
function decides(
  step: VatReasoningStep,
  outcome: Outcome,
  risk: VatRisk,
  because: string,
  extra: Partial<StepResult> = {},
): StepResult {
  return { step, kind: 'decides', outcome, risk, because, ...extra };
}

// ---------------------------------------------------------------------------------------------
// The steps, in the order of the fact sheet.

/** Step 1: is there an identifiable service for consideration at all? */
function stepLeistungsaustausch(a: ItemAnswers): StepResult {
  const step = { id: 'leistungsaustausch', title: 'Leistungsaustausch?', references: ['ustg-1-1'] };
  switch (a.value(Q.leistungsaustausch)) {
    // § 1 Abs. 1 Nr. 1 UStG: only services for consideration are taxable.
    case 'zuschuss-umlage':
      return decides(
        {
          ...step,
          finding:
            'Die empfangende Kommune zahlt nichts für eine bestimmte Leistung, höchstens einen allgemeinen Zuschuss oder eine Umlage. Ohne Leistungsaustausch ist der Vorgang nicht steuerbar.',
        },
        'NOT_TAXABLE',
        'gering',
        'weil die empfangende Kommune nicht für eine bestimmte Leistung bezahlt (kein Leistungsaustausch)',
      );
    case 'gegen-entgelt':
      return passes({
        ...step,
        finding: 'Die empfangende Kommune bezahlt für die Leistung; es liegt ein Leistungsaustausch vor.',
      });
    case 'umlage-zweckverband':
      // Fact sheet: Umlage to a Zweckverband that only serves citizens – arguably no consideration (UNVERIFIED).
      return open(
        {
          ...step,
          finding:
            'Eine Umlage an einen Zweckverband, der die Aufgabe selbst gegenüber den Bürgern erledigt, ist möglicherweise kein Entgelt; gesichert ist das nicht. Erbringt der Zweckverband Leistungen an seine Mitglieder, ist ihre Zahlung dagegen ein Entgelt. Die Prüfung geht deshalb vorsorglich weiter.',
        },
        ['NOT_TAXABLE'],
        [UMLAGE_UNSICHER],
      );
    default:
      return open(
        {
          ...step,
          finding:
            'Offen ist, ob die empfangende Kommune für die Leistung bezahlt. Die Prüfung geht vorsorglich von einem Leistungsaustausch aus.',
        },
        ['NOT_TAXABLE'],
        clarifyFor(a, Q.leistungsaustausch),
      );
  }
}

/** Step 2: a private-law contract means § 2b is not reached (BMF 20.2.2020). */
function stepPrivatrecht(a: ItemAnswers): StepResult {
  const step = {
    id: 'privatrecht',
    title: 'Privatrechtlicher Vertrag?',
    references: ['ustg-2b-1', 'ustg-2-1', 'bmf-2020-02-20'],
  };
  const basis = a.value(Q.rechtsgrundlage);
  if (basis === 'privatrechtlich') {
    return decides(
      {
        ...step,
        finding:
          'Die Leistung beruht auf einem privatrechtlichen Vertrag. Dann greift die Sonderregel des § 2b UStG nicht: Die Kommune wird wie ein Unternehmen behandelt (§ 2 Abs. 1 UStG). Auch die Grenze von 17.500 Euro hilft nicht, weil sie eine öffentlich-rechtliche Grundlage voraussetzt.',
      },
      'TAXABLE',
      'hoch',
      'weil die Leistung auf einem privatrechtlichen Vertrag beruht',
    );
  }
  if (basis === 'oeffentlich-rechtlich') {
    return passes({
      ...step,
      finding:
        'Die Leistung beruht auf einer öffentlich-rechtlichen Vereinbarung; § 2b UStG ist anwendbar. Das allein genügt nicht – geprüft wird weiter, ob die Steuerfreiheit den Wettbewerb mit Privaten verzerren würde.',
    });
  }
  // A delegating Zweckvereinbarung (§ 71 Abs. 1 SächsKomZG) is a public-law agreement by its nature.
  if (a.is(Q.uebertragungsart, 'delegation')) {
    return passes({
      ...step,
      finding:
        'Die Art der Vereinbarung wurde offengelassen; eine delegierende Zweckvereinbarung ist aber stets öffentlich-rechtlich.',
      references: [...step.references, 'saechskomzg-71-1'],
    });
  }
  return open(
    {
      ...step,
      finding:
        'Offen ist, ob die Leistung auf einer öffentlich-rechtlichen Vereinbarung oder einem privatrechtlichen Vertrag beruht. Bei einem privatrechtlichen Vertrag wäre sie steuerpflichtig; die Prüfung geht vorsorglich weiter, als ob sie öffentlich-rechtlich wäre.',
    },
    ['TAXABLE'],
    clarifyFor(a, Q.rechtsgrundlage),
  );
}

/** Step 3: § 2b Abs. 4 UStG – activities in which a public body is always an entrepreneur. */
function stepAbs4(a: ItemAnswers): StepResult {
  const step = { id: 'abs4', title: 'Stets steuerpflichtige Tätigkeit (§ 2b Abs. 4 UStG)?', references: ['ustg-2b-4'] };
  switch (a.value(Q.sonderfall)) {
    case 'vermessung':
      return decides(
        {
          ...step,
          finding:
            'Bei Vermessung und Katasterwesen gilt eine Kommune nach § 2b Abs. 4 UStG stets als Unternehmen (außer bei Amtshilfe). Die Leistung ist steuerbar.',
        },
        'TAXABLE',
        'hoch',
        'weil eine Kommune bei Vermessung und Katasterwesen stets als Unternehmen gilt',
      );
    case 'versorgung-verkehr':
      // Abs. 4 Nr. 5: activities of Anhang I MwStSystRL unless insignificant; list content UNVERIFIED.
      return open(
        {
          ...step,
          finding:
            'Für Tätigkeiten aus Anhang I der EU-Mehrwertsteuerrichtlinie gilt eine Kommune stets als Unternehmen, wenn ihr Umfang nicht unbedeutend ist. Ob diese Leistung dazu gehört, ist hier nicht gesichert – bitte im Einzelfall prüfen.',
          references: [...step.references, 'mwstsystrl-13'],
        },
        ['TAXABLE'],
        [ANHANG_I_UNSICHER],
      );
    case 'nein':
      return passes({
        ...step,
        finding: 'Es geht um keine der Tätigkeiten, bei denen eine Kommune stets als Unternehmen gilt.',
      });
    default:
      return open(
        {
          ...step,
          finding:
            'Offen ist, ob es um Vermessung, Katasterwesen oder eine andere stets steuerpflichtige Tätigkeit geht.',
        },
        ['TAXABLE'],
        clarifyFor(a, Q.sonderfall),
      );
  }
}

/** Step 4: reserved by statute (Abs. 3 Nr. 1) or delegated with befreiende Wirkung. */
function stepVorbehalt(a: ItemAnswers): StepResult {
  const step = {
    id: 'vorbehalt',
    title: 'Nur öffentlichen Stellen vorbehalten oder ganz übertragen?',
    references: ['ustg-2b-3-1', 'saechskomzg-71-1', 'baylfst-2023-02-15'],
  };
  const transfer = a.value(Q.uebertragungsart);
  if (transfer === 'delegation') {
    // Bund-Länder agreement (BayLfSt 15.2.2023): a task transferred with befreiende Wirkung, which
    // only a public body can take over, causes no größere Wettbewerbsverzerrung.
    return decides(
      {
        ...step,
        finding:
          'Die Aufgabe geht mit allen Rechten und Pflichten auf die leistende Kommune über (delegierende Zweckvereinbarung, § 71 Abs. 1 SächsKomZG). Eine solche Übertragung kann nur eine öffentliche Stelle übernehmen; nach der Abstimmung von Bund und Ländern liegt dann keine größere Wettbewerbsverzerrung vor. Die Leistung ist nicht steuerbar.',
      },
      'NOT_TAXABLE',
      'gering',
      'weil die Aufgabe mit einer delegierenden Zweckvereinbarung ganz übertragen wird, was nur zwischen öffentlichen Stellen möglich ist',
    );
  }
  const reserved = a.value(Q.vorbehalt);
  if (reserved === 'ja') {
    // § 2b Abs. 3 Nr. 1 UStG.
    return decides(
      {
        ...step,
        finding:
          'Nach Ihren Angaben darf nur eine öffentliche Stelle diese Leistung erbringen. Dann liegt nach § 2b Abs. 3 Nr. 1 UStG keine größere Wettbewerbsverzerrung vor; die Leistung ist nicht steuerbar.',
      },
      'NOT_TAXABLE',
      'gering',
      'weil das Gesetz die Leistung allein öffentlichen Stellen vorbehält',
    );
  }
  const transferKnown = transfer === 'mandat' || transfer === 'einzelleistung';
  if (transferKnown && reserved === 'nein') {
    const how =
      transfer === 'mandat'
        ? 'Die Aufgabe bleibt bei der empfangenden Kommune; die leistende Kommune arbeitet nur in deren Auftrag (Mandat). Eine solche Auftragsarbeit ist häufig steuerpflichtig.'
        : 'Die empfangende Kommune bezieht nur eine einzelne Leistung; die Aufgabe selbst geht nicht über.';
    return passes({ ...step, finding: `${how} Die Leistung ist auch nicht allein öffentlichen Stellen vorbehalten.` });
  }
  const parts: string[] = [];
  if (!transferKnown) parts.push('ob die Aufgabe ganz übertragen wird');
  if (reserved !== 'nein') parts.push('ob ein Gesetz die Leistung öffentlichen Stellen vorbehält');
  return open(
    {
      ...step,
      finding: `Offen ist, ${parts.join(' und ')}. Beides würde die Leistung von der Umsatzsteuer freistellen.`,
    },
    ['NOT_TAXABLE'],
    clarifyFor(a, ...(transferKnown ? [] : [Q.uebertragungsart]), ...(reserved === 'nein' ? [] : [Q.vorbehalt])),
  );
}

/** Step 5: § 2b Abs. 2 Nr. 1 UStG – expected turnover from similar activities ≤ 17,500 EUR. */
function stepGrenze(a: ItemAnswers): StepResult {
  const step = { id: 'grenze-17500', title: 'Umsatzgrenze von 17.500 Euro?', references: ['ustg-2b-2-1'] };
  const amount = a.amount(Q.jahresbetrag);
  if (amount === undefined) {
    return open(
      {
        ...step,
        finding:
          'Offen ist, wie viel die leistende Kommune mit allen Leistungen dieser Art im Jahr einnimmt. Bis 17.500 Euro fiele keine Umsatzsteuer an.',
      },
      ['NOT_TAXABLE'],
      [CLARIFY[Q.jahresbetrag]!],
    );
  }
  if (amount <= VAT_THRESHOLD) {
    const near = amount > VAT_THRESHOLD_NEAR;
    return decides(
      {
        ...step,
        finding:
          `Die leistende Kommune erwartet aus allen gleichartigen Leistungen ${euro(amount)} im Jahr, also nicht mehr als 17.500 Euro. ` +
          'Nach § 2b Abs. 2 Nr. 1 UStG liegt dann keine größere Wettbewerbsverzerrung vor; die Leistung ist nicht steuerbar. ' +
          (near
            ? 'Der Betrag liegt aber knapp unter der Grenze: Steigen die Einnahmen, kann schon im nächsten Jahr Umsatzsteuer anfallen. Prüfen Sie die Schätzung jedes Jahr.'
            : 'Prüfen Sie die Schätzung jedes Jahr neu.'),
      },
      'NOT_TAXABLE',
      near ? 'mittel' : 'gering',
      near
        ? 'weil die gleichartigen Einnahmen voraussichtlich knapp unter der Grenze von 17.500 Euro im Jahr bleiben'
        : 'weil die gleichartigen Einnahmen voraussichtlich unter der Grenze von 17.500 Euro im Jahr bleiben',
    );
  }
  return passes({
    ...step,
    finding: `Mit voraussichtlich ${euro(amount)} im Jahr liegen die gleichartigen Einnahmen über 17.500 Euro; diese Erleichterung greift nicht.`,
  });
}

/** Step 6: § 2b Abs. 2 Nr. 2 UStG – comparable private-law services would be exempt without option (§ 9). */
function stepAbs2Nr2(a: ItemAnswers): StepResult {
  const step = {
    id: 'abs2-nr2',
    title: 'Wäre die Leistung bei privaten Anbietern steuerfrei?',
    references: ['ustg-2b-2-2'],
  };
  switch (a.value(Q.steuerfreiBeiPrivaten)) {
    case 'ja':
      return decides(
        {
          ...step,
          finding:
            'Vergleichbare Leistungen privater Anbieter wären steuerfrei, ohne dass diese auf die Befreiung verzichten könnten. Nach § 2b Abs. 2 Nr. 2 UStG liegt dann keine größere Wettbewerbsverzerrung vor; die Leistung ist nicht steuerbar.',
        },
        'NOT_TAXABLE',
        'gering',
        'weil vergleichbare Leistungen privater Anbieter steuerfrei wären',
      );
    case 'mit-verzicht':
      return passes({
        ...step,
        finding:
          'Private Anbieter dürften auf die Steuerbefreiung verzichten; deshalb greift diese Erleichterung nicht.',
      });
    case 'nein':
      return passes({
        ...step,
        finding: 'Private Anbieter müssten Umsatzsteuer berechnen; diese Erleichterung greift nicht.',
      });
    default:
      return open(
        { ...step, finding: 'Offen ist, ob vergleichbare Leistungen privater Anbieter steuerfrei wären.' },
        ['NOT_TAXABLE'],
        clarifyFor(a, Q.steuerfreiBeiPrivaten),
      );
  }
}

/** Step 7: § 2b Abs. 3 Nr. 2 UStG – conditions a–d, read restrictively (BMF 14.11.2019). */
function stepAbs3Nr2(a: ItemAnswers): StepResult {
  const step = {
    id: 'abs3-nr2',
    title: 'Zusammenarbeit im gemeinsamen öffentlichen Interesse (§ 2b Abs. 3 Nr. 2 UStG)?',
    references: ['ustg-2b-3-2', 'bmf-2019-11-14', 'bmf-2016-12-16', 'mwstsystrl-13'],
  };
  type State = 'met' | 'failed' | 'open';
  const lz = a.value(Q.laufzeit);
  const ga = a.value(Q.gemeinsameAufgabe);
  const ke = a.value(Q.kostenerstattung);
  const ab = a.value(Q.abnehmer);
  const conditions: { label: string; failedText: string; state: State; clarify: string[] }[] = [
    {
      // a: long-term public-law agreement; BMF: ≥ 5 years or indefinite.
      label: 'langfristige Vereinbarung',
      failedText: 'die Vereinbarung läuft kürzer als fünf Jahre',
      state: lz === 'mind-5-jahre' || lz === 'unbefristet' ? 'met' : lz === 'unter-5-jahre' ? 'failed' : 'open',
      clarify: clarifyFor(a, Q.laufzeit),
    },
    {
      // b: public infrastructure and a public task incumbent on all partners.
      label: 'Aufgabe aller Beteiligten',
      failedText: 'nicht alle Beteiligten haben die Aufgabe',
      state: ga === 'ja' ? 'met' : ga === 'nein' ? 'failed' : 'open',
      clarify: clarifyFor(a, Q.gemeinsameAufgabe),
    },
    {
      // c: only reimbursement of costs; overheads as cost component UNVERIFIED.
      label: 'reine Kostenerstattung',
      failedText: 'der Preis enthält einen Aufschlag über den Kosten',
      state: ke === 'nur-kosten' ? 'met' : ke === 'mit-aufschlag' ? 'failed' : 'open',
      clarify: ke === 'mit-gemeinkosten' ? [GEMEINKOSTEN_UNSICHER] : clarifyFor(a, Q.kostenerstattung),
    },
    {
      // d: similar services essentially to public bodies (threshold UNVERIFIED).
      label: 'Leistungen im Wesentlichen an öffentliche Stellen',
      failedText: 'die leistende Kommune erbringt solche Leistungen auch in nennenswertem Umfang an Private',
      state: ab === 'nur-oeffentliche' ? 'met' : ab === 'auch-private' ? 'failed' : 'open',
      clarify: clarifyFor(a, Q.abnehmer),
    },
  ];
  const failed = conditions.filter((c) => c.state === 'failed');
  const openConditions = conditions.filter((c) => c.state === 'open');
  if (failed.length) {
    return passes({
      ...step,
      finding: `Nicht erfüllt: ${failed.map((c) => c.failedText).join('; ')}. Diese Regel greift daher nicht; es folgt die allgemeine Wettbewerbsprüfung.`,
    });
  }
  const support = a.value(Q.hilfstaetigkeit);
  const market = a.value(Q.privateAnbieter);
  const conditionsText = openConditions.length
    ? `Keine der vier Bedingungen ist sicher verfehlt, offen sind aber: ${openConditions.map((c) => c.label).join(', ')}.`
    : 'Die vier Bedingungen (langfristige öffentlich-rechtliche Vereinbarung, Aufgabe aller Beteiligten, reine Kostenerstattung, Leistungen im Wesentlichen an öffentliche Stellen) sind nach Ihren Angaben erfüllt.';
  // BMF 14.11.2019: a–d are only a rebuttable presumption; support services are never privileged.
  if (support === 'ja') {
    return decides(
      {
        ...step,
        finding: `${conditionsText} Hilfstätigkeiten wie Grünpflege, Reinigung, Bauarbeiten oder IT-Betreuung sind nach Auffassung des Bundesfinanzministeriums aber nie begünstigt, weil sie auch private Firmen anbieten. Die Leistung ist steuerbar.`,
      },
      'TAXABLE',
      'hoch',
      'weil Hilfstätigkeiten wie diese auch von privaten Firmen angeboten werden und deshalb nie begünstigt sind',
    );
  }
  if (market === 'ja') {
    return decides(
      {
        ...step,
        finding: `${conditionsText} Die Leistung ist aber auch bei privaten Anbietern zu haben. Dann greift die Regel nach Auffassung des Bundesfinanzministeriums nicht; die Leistung ist steuerbar.`,
      },
      'TAXABLE',
      'hoch',
      'weil dieselbe Leistung auch bei privaten Anbietern zu haben ist',
    );
  }
  const noPrivateSupplier = market === 'nein-ausgeschlossen' || market === 'nein-bisher';
  if (!openConditions.length && support === 'nein' && noPrivateSupplier) {
    return decides(
      {
        ...step,
        finding: `${conditionsText} Es handelt sich um keine Hilfstätigkeit, und ein privater Anbieter ist nicht bekannt. Die Leistung ist danach nicht steuerbar. Diese Regel ist aber EU-rechtlich umstritten; die EU-Kommission hat sie beanstandet, und der Europäische Gerichtshof berücksichtigt auch möglichen Wettbewerb. Das Ergebnis ist deshalb unsicher.`,
      },
      'NOT_TAXABLE',
      'mittel',
      'weil die Bedingungen des § 2b Abs. 3 Nr. 2 UStG erfüllt sind',
      { euCaveat: true },
    );
  }
  // Something needed here is unknown: the walk goes on to the general test.
  const possible: Outcome[] = support === 'nein' && noPrivateSupplier ? ['NOT_TAXABLE'] : ['NOT_TAXABLE', 'TAXABLE'];
  const missing = [
    ...openConditions.flatMap((c) => c.clarify),
    ...(support === undefined ? clarifyFor(a, Q.hilfstaetigkeit) : []),
    ...(market === undefined ? clarifyFor(a, Q.privateAnbieter) : []),
  ];
  return open(
    {
      ...step,
      finding: `${conditionsText} Ob die Regel greift, lässt sich ohne die offenen Angaben nicht sagen; es folgt die allgemeine Wettbewerbsprüfung.`,
    },
    possible,
    missing,
  );
}

/** Step 8: general test of § 2b Abs. 1 Satz 2 UStG – could the recipient buy the same from a private firm? */
function stepWettbewerb(a: ItemAnswers): StepResult {
  const step = {
    id: 'wettbewerb',
    title: 'Könnte die Leistung auch bei Privaten eingekauft werden?',
    references: ['ustg-2b-1', 'bmf-2020-02-20'],
  };
  const market = a.value(Q.privateAnbieter);
  if (market === 'ja' || a.is(Q.hilfstaetigkeit, 'ja')) {
    // BMF 20.2.2020: a public-law service also obtainable from private suppliers ⇒ competition presumed.
    const finding =
      market === 'ja'
        ? 'Die empfangende Kommune könnte dieselbe Leistung auch bei privaten Unternehmen einkaufen. Dann nimmt die Finanzverwaltung eine größere Wettbewerbsverzerrung an; die Leistung ist steuerbar.'
        : 'Unterstützende Tätigkeiten wie diese bieten auch private Unternehmen an. Dann nimmt die Finanzverwaltung eine größere Wettbewerbsverzerrung an; die Leistung ist steuerbar.';
    return decides(
      { ...step, finding },
      'TAXABLE',
      'hoch',
      'weil dieselbe Leistung auch bei privaten Anbietern zu haben ist',
    );
  }
  if (market === 'nein-ausgeschlossen') {
    return decides(
      {
        ...step,
        finding:
          'Nach Ihren Angaben können private Anbieter die Leistung grundsätzlich nicht erbringen, etwa weil sie Beamten vorbehalten ist. Dann droht keine größere Wettbewerbsverzerrung, und die Leistung ist nicht steuerbar. Der Europäische Gerichtshof berücksichtigt aber auch möglichen künftigen Wettbewerb; das Ergebnis ist deshalb nicht ganz sicher.',
        references: [...step.references, 'mwstsystrl-13'],
      },
      'NOT_TAXABLE',
      'mittel',
      'weil private Anbieter die Leistung grundsätzlich nicht erbringen können',
      { euCaveat: true },
    );
  }
  if (market === 'nein-bisher') {
    return decides(
      {
        ...step,
        finding:
          'Heute bietet niemand die Leistung privat an, möglich wäre es aber. Ob das für eine größere Wettbewerbsverzerrung reicht, lässt sich ohne Prüfung im Einzelfall nicht sagen.',
        references: [...step.references, 'mwstsystrl-13'],
      },
      'UNCLEAR',
      'unklar',
      'weil offen ist, ob private Anbieter mit der Leistung in Wettbewerb treten könnten',
      {
        clarify: [
          'Lassen Sie im Einzelfall prüfen, ob private Anbieter die Leistung erbringen könnten und ob die Steuerfreiheit den Wettbewerb verzerren würde.',
        ],
      },
    );
  }
  return decides(
    {
      ...step,
      finding:
        'Offen ist, ob die empfangende Kommune die Leistung auch bei privaten Unternehmen einkaufen könnte. Davon hängt das Ergebnis ab.',
    },
    'UNCLEAR',
    'unklar',
    'weil offen ist, ob es private Anbieter für die Leistung gibt',
    { clarify: clarifyFor(a, Q.privateAnbieter) },
  );
}

/** Step 9 (only when taxable): exemptions – § 4 Nr. 29 UStG or another § 4 exemption. */
function stepBefreiung(a: ItemAnswers): {
  step: VatReasoningStep;
  exempt: boolean;
  because?: string;
  clarify: string[];
} {
  const step = { id: 'befreiung', title: 'Steuerbefreiung?', references: ['ustg-4-29', 'ustg-4'] };
  const pool = a.value(Q.kostenteilung);
  const pricing = a.value(Q.kostenerstattung);
  if (pool === 'ja' && pricing === 'nur-kosten') {
    return {
      step: {
        ...step,
        finding:
          'Eine gemeinsame Einrichtung der Partner erbringt die Leistung nur für ihre Mitglieder und rechnet genau nach Kostenanteilen ab. Dann kann die Leistung nach § 4 Nr. 29 UStG steuerfrei sein, wenn die Mitglieder sie unmittelbar für ihre öffentlichen Aufgaben nutzen und die Befreiung den Wettbewerb nicht verzerrt – bitte im Einzelfall prüfen.',
      },
      exempt: true,
      because: 'weil eine gemeinsame Einrichtung der Partner genau nach Kostenanteilen abrechnet (§ 4 Nr. 29 UStG)',
      clarify: [],
    };
  }
  const privateExempt = a.value(Q.steuerfreiBeiPrivaten);
  if (privateExempt === 'ja' || privateExempt === 'mit-verzicht') {
    return {
      step: {
        ...step,
        finding:
          privateExempt === 'ja'
            ? 'Nach Ihren Angaben wäre die Leistung auch bei privaten Anbietern steuerfrei. Dieselbe Steuerbefreiung nach § 4 UStG kann dann auch für die Kommune gelten – bitte im Einzelfall prüfen.'
            : 'Nach Ihren Angaben gibt es für die Leistung eine Steuerbefreiung, auf die man verzichten kann. Sie gilt auch für die Kommune, solange diese nicht auf die Befreiung verzichtet – bitte im Einzelfall prüfen.',
      },
      exempt: true,
      because: 'weil für vergleichbare Leistungen eine Steuerbefreiung nach § 4 UStG gilt',
      clarify: [],
    };
  }
  const notes: string[] = [];
  const clarify: string[] = [];
  if (pool === 'ja' && pricing === 'mit-aufschlag') {
    notes.push(
      'Die Befreiung für Kostenteilungsgemeinschaften (§ 4 Nr. 29 UStG) scheidet aus, weil der Preis über den Kosten liegt.',
    );
  } else if (pool === 'ja') {
    notes.push(
      'Die Befreiung für Kostenteilungsgemeinschaften (§ 4 Nr. 29 UStG) käme in Betracht, wenn genau die Kosten erstattet werden.',
    );
    clarify.push(pricing === 'mit-gemeinkosten' ? GEMEINKOSTEN_UNSICHER : CLARIFY[Q.kostenerstattung]!);
  } else if (a.read(Q.kostenteilung).state === 'unknown') {
    notes.push('Offen ist, ob eine Befreiung für Kostenteilungsgemeinschaften (§ 4 Nr. 29 UStG) in Betracht kommt.');
    clarify.push(CLARIFY[Q.kostenteilung]!);
  } else {
    notes.push('Nach Ihren Angaben greift keine Steuerbefreiung.');
  }
  notes.push('Ohne Befreiung fällt Umsatzsteuer (in der Regel 19 Prozent) zusätzlich zu den Kosten an.');
  return { step: { ...step, finding: notes.join(' ') }, exempt: false, clarify };
}

// ---------------------------------------------------------------------------------------------
// Mitigations (fact sheet, section 4) that fit the answers.

function mitigationsFor(a: ItemAnswers, risk: VatRisk, outcome: Outcome): VatMitigation[] {
  if (risk === 'gering') return [];
  const list: VatMitigation[] = [];
  const basis = a.value(Q.rechtsgrundlage);
  const transfer = a.value(Q.uebertragungsart);
  const pricing = a.value(Q.kostenerstattung);
  const support = a.is(Q.hilfstaetigkeit, 'ja');
  const amount = a.amount(Q.jahresbetrag);
  const taxableOrOpen = outcome !== 'NOT_TAXABLE' || risk === 'unklar';

  if (basis !== 'oeffentlich-rechtlich' && !a.is(Q.uebertragungsart, 'delegation')) {
    const small = amount !== undefined && amount <= VAT_THRESHOLD;
    list.push({
      text:
        'Die Leistung auf eine öffentlich-rechtliche Grundlage stellen, etwa eine Zweckvereinbarung nach § 71 SächsKomZG.' +
        (small
          ? ` Bei den erwarteten ${euro(amount)} im Jahr fiele dann voraussichtlich keine Umsatzsteuer an (§ 2b Abs. 2 Nr. 1 UStG).`
          : ''),
      references: ['saechskomzg-71-1', 'saechskomzg-71-2', 'bmf-2020-02-20', ...(small ? ['ustg-2b-2-1'] : [])],
      caveat:
        'Das ist Voraussetzung, reicht aber allein nicht: Leistungen, die auch private Anbieter erbringen, bleiben steuerpflichtig.' +
        (support ? ' Für Hilfstätigkeiten wie diese hilft es nur zusammen mit der Grenze von 17.500 Euro.' : ''),
    });
  }
  if (
    taxableOrOpen &&
    (transfer === 'mandat' ||
      transfer === 'einzelleistung' ||
      basis === 'privatrechtlich' ||
      a.read(Q.uebertragungsart).state === 'unknown')
  ) {
    list.push({
      text: 'Prüfen, ob die Aufgabe mit einer delegierenden Zweckvereinbarung ganz auf die leistende Kommune übertragen werden kann, statt nur einzelne Arbeiten im Auftrag zu erledigen.',
      references: ['saechskomzg-71-1', 'saechskomzg-72', 'baylfst-2023-02-15'],
      caveat:
        'Das geht nur, wenn die Aufgabe rechtlich allein an eine öffentliche Stelle übertragen werden kann und jede beteiligte Kommune sie selbst hat; die Zweckvereinbarung braucht die Genehmigung der Rechtsaufsichtsbehörde. Eine Auftragsarbeit (Mandat) ist in der Regel steuerpflichtig.',
    });
  }
  if (pricing === 'mit-aufschlag' || pricing === 'mit-gemeinkosten') {
    list.push({
      text: 'Nur die tatsächlichen Kosten abrechnen, ohne Gewinnaufschlag und ohne Pauschale über den Kosten.',
      references: ['ustg-2b-3-2', 'ustg-4-29'],
      caveat:
        'Die reine Kostenerstattung ist nur eine von mehreren Bedingungen; Hilfstätigkeiten und Leistungen, die auch Private anbieten, bleiben trotzdem steuerpflichtig.' +
        (pricing === 'mit-gemeinkosten' ? ` ${GEMEINKOSTEN_UNSICHER}` : ''),
    });
  }
  if (a.is(Q.laufzeit, 'unter-5-jahre') && !support) {
    list.push({
      text: 'Die Vereinbarung auf mindestens fünf Jahre oder unbefristet schließen.',
      references: ['ustg-2b-3-2', 'bmf-2016-12-16'],
      caveat:
        'Auch dann gilt die Regel des § 2b Abs. 3 Nr. 2 UStG nur als Vermutung, die entfällt, wenn private Anbieter dieselbe Leistung erbringen könnten; zudem ist sie EU-rechtlich umstritten.',
    });
  }
  if (
    amount !== undefined &&
    amount > VAT_THRESHOLD &&
    amount <= THRESHOLD_MITIGATION_LIMIT &&
    basis !== 'privatrechtlich'
  ) {
    list.push({
      text: 'Prüfen, ob die gleichartigen Einnahmen der leistenden Kommune dauerhaft bei höchstens 17.500 Euro im Jahr bleiben können.',
      references: ['ustg-2b-2-1'],
      caveat:
        'Die Grenze gilt nur bei öffentlich-rechtlicher Grundlage und zählt alle Abnehmer zusammen. Ob ein Aufteilen gleichartiger Leistungen anerkannt wird, ist nicht gesichert – bitte im Einzelfall prüfen.',
    });
  }
  const poolFits = a.is(Q.kostenteilung, 'ja') && pricing === 'nur-kosten';
  if (taxableOrOpen && !poolFits) {
    list.push({
      text: 'Prüfen, ob eine gemeinsame Einrichtung der Partner, etwa ein Zweckverband, die Leistung als Kostenteilungsgemeinschaft steuerfrei erbringen kann (§ 4 Nr. 29 UStG).',
      references: ['ustg-4-29'],
      caveat:
        'Das gilt nur für Leistungen an die Mitglieder, die diese unmittelbar für ihre öffentlichen Aufgaben nutzen, gegen genaue Erstattung ihres Kostenanteils und ohne Wettbewerbsverzerrung. Ein pauschaler Aufschlag und Lieferungen von Gegenständen sind nicht erfasst.',
    });
  }
  if (taxableOrOpen) {
    list.push({
      text: 'Verträge um eine Umsatzsteuerklausel ergänzen („zuzüglich der gesetzlichen Umsatzsteuer“) und die Entgelte mit Umsatzsteuer kalkulieren.',
      references: ['ustg-29'],
      caveat:
        'Ob bestehende langfristige Verträge ohne eine solche Klausel nachträglich angepasst werden können, ist nicht gesichert – bitte im Einzelfall prüfen.',
    });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------

const STEPS = [
  stepLeistungsaustausch,
  stepPrivatrecht,
  stepAbs4,
  stepVorbehalt,
  stepGrenze,
  stepAbs2Nr2,
  stepAbs3Nr2,
  stepWettbewerb,
];

const OUTCOME_TEXT: Record<Outcome, string> = {
  NOT_TAXABLE: 'voraussichtlich nicht umsatzsteuerpflichtig',
  TAXABLE: 'voraussichtlich umsatzsteuerpflichtig',
  UNCLEAR: 'weiter unklar',
};

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

export function assessService(view: QuestionnaireView, itemId: string, serviceName: string): VatServiceVerdict {
  const a = new ItemAnswers(view, itemId);
  const walked: StepResult[] = [];
  let decision: StepResult | undefined;
  for (const run of STEPS) {
    const result = run(a);
    walked.push(result);
    if (result.kind === 'decides') {
      decision = result;
      break;
    }
  }
  // stepWettbewerb always decides.
  const outcome = decision!.outcome!;
  let risk = decision!.risk!;
  const opens = walked.filter((r) => r.kind === 'open');
  const relevant = opens.filter((r) => (r.possible ?? []).some((p) => p !== outcome));
  for (const r of opens) {
    if (!relevant.includes(r)) r.step.finding += ' Für das Ergebnis ist das derzeit nicht entscheidend.';
  }
  const toClarify = unique([
    ...relevant.flatMap((r) => r.clarify ?? []),
    ...(outcome === 'UNCLEAR' ? (decision!.clarify ?? []) : []),
  ]);
  const steps = walked.map((r) => r.step);

  let conclusion: string;
  if (outcome === 'UNCLEAR') {
    risk = 'unklar';
    conclusion = `Noch unklar, ${decision!.because}.`;
  } else if (relevant.length) {
    risk = 'unklar';
    const points = toClarify.length === 1 ? 'ein Punkt offen ist' : `${toClarify.length} Punkte offen sind`;
    conclusion = `Noch unklar, weil ${points}; nach den übrigen Antworten wäre die Leistung ${OUTCOME_TEXT[outcome]}.`;
  } else if (outcome === 'NOT_TAXABLE') {
    conclusion =
      risk === 'gering'
        ? `Voraussichtlich keine Umsatzsteuer, ${decision!.because}.`
        : decision!.euCaveat
          ? `Voraussichtlich keine Umsatzsteuer, ${decision!.because} – das Ergebnis ist aber EU-rechtlich nicht gesichert.`
          : `Voraussichtlich keine Umsatzsteuer, ${decision!.because} – prüfen Sie das jedes Jahr neu.`;
  } else {
    conclusion = `Voraussichtlich umsatzsteuerpflichtig, ${decision!.because}.`;
  }

  if (outcome === 'TAXABLE') {
    const exemption = stepBefreiung(a);
    steps.push(exemption.step);
    if (risk !== 'unklar') {
      toClarify.push(...exemption.clarify.filter((c) => !toClarify.includes(c)));
      if (exemption.exempt) {
        risk = 'mittel';
        conclusion = `Steuerbar, ${decision!.because}; voraussichtlich aber steuerfrei, ${exemption.because}.`;
      }
    }
  }

  return {
    itemId,
    serviceName,
    risk,
    conclusion,
    steps,
    euCaveat: decision!.euCaveat ?? false,
    toClarify,
    mitigations: mitigationsFor(a, risk, outcome),
  };
}

// ---------------------------------------------------------------------------------------------
// Transition (§ 27 Abs. 22, 22a UStG), dates from settings.yaml.

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const DAY_MS = 86_400_000;

function utcDay(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

function germanDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function transitionText(from: string, days: number): string {
  const date = germanDate(utcDay(from));
  if (days > 1) return `§ 2b UStG gilt ohne Übergang ab dem ${date} – in ${days} Tagen.`;
  if (days === 1) return `§ 2b UStG gilt ohne Übergang ab dem ${date} – in einem Tag.`;
  if (days === 0) return `§ 2b UStG gilt ohne Übergang ab dem ${date} – ab heute.`;
  if (days === -1) return `§ 2b UStG gilt ohne Übergang seit dem ${date} – seit einem Tag.`;
  return `§ 2b UStG gilt ohne Übergang seit dem ${date} – seit ${-days} Tagen.`;
}

function transitionStatus(view: QuestionnaireView, from: string, days: number): string | undefined {
  const a = new ItemAnswers(view, undefined);
  const start = germanDate(utcDay(from));
  const lastOldDay = germanDate(utcDay(from) - DAY_MS);
  const option = a.read(Q.optionserklaerung);
  if (option.state === 'missing') return undefined;
  if (option.state === 'unknown') {
    return `Ob Ihre Kommune 2016 eine Optionserklärung abgegeben hat, ist offen; die Kämmerei oder das Finanzamt kann das klären. Für Leistungen ab dem ${start} spielt es keine Rolle mehr.`;
  }
  // § 27 Abs. 22 Satz 2 UStG: without a declaration § 2b applies to turnover after 31.12.2016.
  if (option.value === 'nein')
    return 'Ihre Kommune hat keine Optionserklärung abgegeben: Für sie gilt § 2b UStG schon seit dem 1. Januar 2017.';
  const revoked = a.read(Q.widerruf);
  if (revoked.state === 'value' && revoked.value === 'ja') {
    return 'Ihre Kommune hat die Optionserklärung widerrufen: Für sie gilt § 2b UStG seit dem Beginn des Kalenderjahres nach dem Widerruf.';
  }
  if (revoked.state === 'value' && revoked.value === 'nein') {
    return days > 0
      ? `Ihre Kommune wendet wegen ihrer Optionserklärung bis zum ${lastOldDay} noch das alte Recht an. Diese Auswertung beurteilt die Leistungen nach dem Recht, das ab dem ${start} gilt.`
      : `Die Übergangszeit Ihrer Kommune ist am ${lastOldDay} abgelaufen; seitdem gilt § 2b UStG.`;
  }
  return `Ihre Kommune hat die Optionserklärung abgegeben. Offen ist, ob sie später widerrufen wurde – spätestens ab dem ${start} gilt § 2b UStG ohnehin.`;
}

// ---------------------------------------------------------------------------------------------

const RISK_RANK: Record<VatRisk, number> = { gering: 0, mittel: 1, unklar: 2, hoch: 3 };

export function worstRisk(risks: VatRisk[]): VatRisk {
  if (!risks.length) return 'unklar';
  return risks.reduce((worst, r) => (RISK_RANK[r] > RISK_RANK[worst] ? r : worst));
}

export function assessVat(
  questionnaire: Questionnaire,
  response: Response,
  settings: Settings,
  assessmentDate: string,
  view = new QuestionnaireView(questionnaire, response),
): VatAssessment {
  const section = view.section(VAT_SECTION);
  const items = section && view.isSectionVisible(section) ? view.items(VAT_SECTION) : [];
  const services = items.map((item, index) =>
    assessService(view, item.id, item.name.trim() || `Leistung ${index + 1}`),
  );
  const from = settings.vat.fullApplicationFrom;
  const days = Math.round((utcDay(from) - utcDay(assessmentDate)) / DAY_MS);
  return {
    services,
    overall: worstRisk(services.map((s) => s.risk)),
    transition: {
      fullApplicationFrom: from,
      daysFromAssessment: days,
      text: transitionText(from, days),
      source: settings.vat.source,
      status: transitionStatus(view, from, days),
    },
  };
}
