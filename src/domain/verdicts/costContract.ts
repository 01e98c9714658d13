// What the cost calculation reads from the content, declared once: the questions of
// questionnaires/50-kosten.yaml with the option values it decides on, and every text of
// questionnaires/costs.yaml it says. The content check compares both with the files.
import { textKeys, type QuestionNeed } from '../content/contract.ts';
import type { Issue } from '../issues/issues.ts';
import type { Questionnaire, QuestionType } from '../content/schema.ts';

export const COST_QUESTIONNAIRE = 'kosten';
const BY = 'Die Kostenrechnung';

function need<const O extends string>(question: string, section: string, options: readonly O[] = [], types: readonly QuestionType[] = ['number']): QuestionNeed<O> {
  return { questionnaire: COST_QUESTIONNAIRE, question, section, types, options, by: BY };
}

export const COST_SECTIONS = { staff: 'stellen', partners: 'partner' } as const;

export const COST_QUESTIONS = {
  personnelCosts: need('personalkosten-jahr', 'heute'),
  figuresYear: need('zahlen-jahr', 'heute'),
  workplaceKind: need('arbeitsplatz-art', 'heute', ['buero', 'ausserhalb'], ['single']),
  overheadRate: need('gemeinkosten-satz', 'heute'),
  materialCosts: need('sachkosten-jahr', 'heute'),
  cases: need('faelle-jahr', 'heute'),
  inhabitants: need('einwohner', 'heute'),
  staffFte: need('vzae', COST_SECTIONS.staff),
  staffCost: need('kosten-je-vzae', COST_SECTIONS.staff),
  performer: need('wer-leistet', 'kooperation', ['wir', 'partner', 'gemeinsame-stelle'], ['single']),
  planFte: need('plan-vzae', 'kooperation'),
  planCostPerFte: need('plan-kosten-je-vzae', 'kooperation'),
  planWorkplaceCost: need('plan-sachkosten-je-stelle', 'kooperation'),
  planIt: need('plan-it-kosten', 'kooperation'),
  planOverheadRate: need('plan-gemeinkosten-satz', 'kooperation'),
  planOther: need('plan-sonstige', 'kooperation'),
  oneOffMigration: need('einmal-umstellung', 'einmalig'),
  oneOffTraining: need('einmal-schulung', 'einmalig'),
  oneOffAdvice: need('einmal-beratung', 'einmalig'),
  oneOffBuilding: need('einmal-bau', 'einmalig'),
  oneOffOther: need('einmal-sonstige', 'einmalig'),
  funding: need('foerderung-betrag', 'einmalig'),
  key: need('kostenschluessel', 'schluessel', ['einwohner', 'faelle', 'zeitanteile', 'grund-plus-fall', 'mischung'], ['single']),
  baseAmount: need('grundbetrag', 'schluessel'),
  weightInhabitants: need('gewicht-einwohner', 'schluessel'),
  weightCases: need('gewicht-faelle', 'schluessel'),
  weightTime: need('gewicht-zeitanteile', 'schluessel'),
  timeShare: need('zeitanteil', 'schluessel'),
  cutoffDate: need('stichtag-vereinbart', 'schluessel', ['ja', 'nein'], ['single']),
  settlement: need('abrechnung-vereinbart', 'schluessel', ['ja', 'nein'], ['single']),
  horizon: need('betrachtungszeitraum', 'schluessel'),
  partnerInhabitants: need('partner-einwohner', COST_SECTIONS.partners),
  partnerCases: need('partner-faelle', COST_SECTIONS.partners),
  partnerTimeShare: need('partner-zeitanteil', COST_SECTIONS.partners),
  partnerToday: need('partner-kosten-heute', COST_SECTIONS.partners),
} as const;

export const COST_QUESTION_NEEDS: readonly QuestionNeed[] = Object.values(COST_QUESTIONS);

/** Every text of questionnaires/costs.yaml with the placeholders it may use. */
export const COST_TEXT_TREE = {
  texts: {
    heading: [],
    status: { 'keine-angaben': [], unvollstaendig: ['fehlt'], 'missing-intro': [] },
    'status-title': { 'keine-angaben': [], unvollstaendig: [] },
    enter: [],
    'problems-title': [],
    'notices-title': [],
    running: { title: [], staff: ['stellen', 'betrag'], workplaces: ['stellen', 'betrag'], overhead: ['satz'], it: [], other: [], total: [] },
    'one-off': { title: [], total: [], funding: [], net: [] },
    table: {
      caption: ['schluessel'],
      partner: [],
      ratio: [],
      share: [],
      today: [],
      difference: [],
      'one-off-share': [],
      'break-even': [],
      'vat-extra': [],
      unknown: [],
      performer: [],
    },
    'break-even': { year: ['jahr'], immediately: [], never: ['jahre'] },
    summary: {
      saving: ['anteil', 'heute', 'betrag'],
      extra: ['anteil', 'heute', 'betrag'],
      equal: ['anteil'],
      'no-today': ['anteil'],
      'break-even': ['betrag', 'wann'],
      vat: ['risiko', 'betrag'],
    },
    chart: { title: [], today: [], share: [], alternative: [] },
    sensitivity: { title: [], case: [], intro: [], 'personal-minus': [], 'personal-plus': [], 'faelle-minus': ['name'], 'faelle-plus': ['name'] },
    assumptions: {
      title: [],
      guide: ['frage', 'wert', 'quelle'],
      plain: ['frage', 'wert'],
      // One label per question with a guide (checked below against the questionnaire).
      labels: { 'gemeinkosten-satz': [], 'plan-sachkosten-je-stelle': [], 'plan-gemeinkosten-satz': [], betrachtungszeitraum: [] },
    },
    keys: { einwohner: [], faelle: [], zeitanteile: [], 'grund-plus-fall': [], mischung: [] },
    figures: { einwohner: [], faelle: [], zeitanteile: [] },
    problems: { 'figure-missing': ['zahl', 'partner'], 'sum-zero': ['zahl'], 'base-exceeds-total': ['betrag', 'gesamt'] },
    own: [],
    joint: {
      heading: [],
      intro: [],
      'planner-label': [],
      planner: ['name'],
      'planner-performs': ['name'],
      'planner-incomplete': ['name'],
      'no-figures': [],
      incomplete: ['name', 'fehlt'],
      figures: { caption: [], partner: [], today: [], inhabitants: [], cases: [], 'time-share': [], performer: [], vat: [] },
      performer: { wir: ['name'], partner: [], 'gemeinsame-stelle': [] },
      differences: {
        title: [],
        intro: ['name'],
        none: [],
        field: [],
        guide: ['wert'],
        fields: { performer: [], staff: [], 'cost-per-fte': [], workplace: [], it: [], overhead: [], other: [], 'one-off': [], funding: [], key: [] },
      },
      percent: ['zahl'],
      'key-open': [],
      'key-base': ['schluessel', 'betrag'],
      'key-weights': ['schluessel', 'einwohner', 'faelle', 'zeitanteile'],
      summary: {
        saving: ['heute', 'kooperation', 'betrag'],
        extra: ['heute', 'kooperation', 'betrag'],
        equal: ['kooperation'],
        'no-today': ['kooperation'],
        'one-off': ['betrag'],
        vat: ['empfaenger', 'betrag'],
      },
      'recipient-joint': [],
    },
  },
  notices: {
    tariff: { text: ['jahr'] },
    'key-open': { text: [] },
    'cutoff-date': { text: [] },
    settlement: { text: [] },
    zweckverband: { text: [] },
    economy: { text: [] },
  },
} as const;

export const COST_TEXT_DATA_KEYS = ['references', '$schema'] as const;
export const COST_TEXTS = textKeys(COST_TEXT_TREE);

/** Every question with a guide has a label for the list of assumptions, and no label is left without one. */
export function checkGuideLabels(content: { questionnaires: Questionnaire[] }): Issue[] {
  const questionnaire = content.questionnaires.find((q) => q.id === COST_QUESTIONNAIRE);
  if (!questionnaire) return [];
  const labelled = Object.keys(COST_TEXT_TREE.texts.assumptions.labels);
  const guided = questionnaire.sections.flatMap((s) => s.questions).filter((q) => q.type === 'number' && q.guide).map((q) => q.id);
  return guided
    .filter((id) => !labelled.includes(id))
    .map((id): Issue => ({ code: 'engine-needs-text', file: 'questionnaires/costs.yaml', path: ['texts', 'assumptions', 'labels'], params: { by: BY, key: `texts.assumptions.labels.${id}` } }));
}
