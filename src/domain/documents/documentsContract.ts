// What the draft documents read from the content, declared once: every text and statement of
// questionnaires/documents.yaml with the placeholders it may use, the outline points the code adds
// facts to, and the few answers it reads itself. The content check compares this with the files and
// also checks what the YAML refers to by itself (questions of outline points, task profiles) and
// how "[bitte ergänzen: …]" is written.
import type { QuestionNeed } from '../content/contract.ts';
import { questionIndex } from '../content/questionIndex.ts';
import type { Content, Questionnaire } from '../content/schema.ts';
import type { EngineContract } from '../content/validate.ts';
import type { Issue, IssuePath } from '../issues/issues.ts';
import { FORMS_READ } from './kinds.ts';

export const DOCUMENTS_BY = 'Die Entwürfe für Beschlussvorlage und Vereinbarung';
const FILE = 'questionnaires/documents.yaml';

function need<const O extends string>(questionnaire: string, question: string, section: string, types: QuestionNeed['types'], options: readonly O[] = []): QuestionNeed<O> {
  return { questionnaire, question, section, types, options, by: DOCUMENTS_BY };
}

/** The answers the Beschlussvorlage reads itself (the outlines name theirs in documents.yaml). */
export const DOCUMENT_QUESTIONS = {
  funding: need('rechtsform', 'foerderung', 'vorbereitung', ['single'], ['ja', 'vielleicht']),
  staffPlan: need('prozesse', 'personalkonzept', 'personal', ['scale']),
  staffCouncil: need('prozesse', 'personalrat-beteiligt', 'personal', ['scale']),
} as const;

const t = [] as const;
/** Every text of documents.yaml with the placeholders it may use. */
export const DOCUMENT_TEXT_TREE = {
  texts: {
    common: {
      'draft-mark': t,
      'draft-note': ['datum', 'wer'],
      closing: ['rechtsstand'],
      'sources-heading': t,
      'source-line': ['zitat', 'titel', 'quelle'],
      'source-url': ['url'],
      and: t,
      'unknown-municipality': t,
      'joint-municipality': t,
      'unknown-partners': t,
      'unknown-task': t,
      'task-quoted': ['aufgabe'],
      answer: ['frage', 'antwort'],
      'answer-partner': ['partner', 'antwort'],
      'no-answer': t,
      'partner-line': ['partner', 'text'],
    },
    beschlussvorlage: {
      title: t,
      subject: ['aufgabe'],
      keywords: t,
      fields: {
        gemeinde: t,
        nummer: t,
        'nummer-wert': t,
        einreicher: t,
        'einreicher-wert': t,
        federfuehrung: t,
        'federfuehrung-wert': t,
        datum: t,
        oeffentlichkeit: t,
        'oeffentlichkeit-wert': t,
      },
      'betreff-heading': t,
      betreff: ['aufgabe'],
      beratung: {
        heading: t,
        caption: t,
        gremium: t,
        termin: t,
        zustaendigkeit: t,
        ausschuss: t,
        vorberatung: t,
        rat: t,
        entscheidung: t,
        datum: t,
      },
      vorschlag: {
        heading: t,
        intro: t,
        grundsatz: ['aufgabe', 'partner'],
        form: ['form'],
        'form-offen': t,
        auftrag: ['vertrag'],
        rechtsaufsicht: t,
        vorlage: t,
        bericht: t,
        foerderung: t,
        vertrag: { zweckvereinbarung: t, zweckverband: t, andere: t },
      },
      begruendung: {
        heading: t,
        'anlass-heading': t,
        anlass: t,
        vorhaben: ['aufgabe', 'partner'],
        'stand-heading': t,
        stand: ['datum', 'stufe', 'punkte', 'vollstaendigkeit', 'beschreibung'],
        'stand-begrenzt': ['stufe'],
        'ko-intro': t,
        'stand-gemeinsam': ['stufe', 'erklaerung'],
        'stand-tabelle': { caption: t, partner: t, stufe: t, punkte: t, ko: t, keine: t },
        'ko-zeile': ['titel', 'erklaerung'],
        'offene-punkte': ['anzahl'],
        'schritte-intro': t,
        schritt: ['schritt', 'wer'],
        'form-heading': t,
        form: ['form', 'eignung', 'zusammenfassung'],
        'form-gruende': t,
        'form-alternativen': t,
        'form-alternative': ['form', 'eignung'],
        'form-keine': t,
        'form-gemeinsam-verschieden': ['liste'],
        'aufgabe-heading': ['aufgabe'],
      },
      rechtsgrundlagen: { heading: t, genehmigung: ['text'], behoerde: ['behoerde'] },
      finanzen: {
        heading: t,
        berechnet: t,
        offen: t,
        gemeinsam: t,
        'gemeinsam-caption': t,
        'gemeinsam-ohne': ['partner'],
        haushalt: t,
        alternativen: ['formen'],
        'alternativen-keine': t,
        'einmalig-caption': t,
        'laufend-caption': t,
        posten: t,
        betrag: t,
      },
      umsatzsteuer: { heading: t, leistung: ['leistung', 'risiko'], massnahmen: t, keine: t },
      personal: { heading: t, konzept: t, personalrat: t, stellenplan: t, stellungnahme: t },
      anlagen: { heading: t, bericht: ['datum'], gliederung: ['titel'], weitere: t },
    },
    outline: {
      fields: { beteiligte: t, aufgabe: t, form: t, 'form-offen': t, stand: t },
      legend: t,
      'other-form': ['form'],
      heading: ['nummer', 'titel'],
      status: { pflicht: t, empfohlen: t, optional: t },
      regulate: t,
      says: t,
      'says-nothing': t,
      open: t,
      clause: t,
      task: ['aufgabe'],
      facts: {
        beteiligte: ['namen'],
        aufgabe: ['aufgabe'],
        form: ['form', 'eignung'],
        'form-gemeinsam': ['liste'],
        'kosten-keine': t,
        'genehmigung-noetig': ['behoerde'],
        'genehmigung-frei': ['behoerde'],
      },
    },
  },
  statements: Object.fromEntries(
    [
      'grundsatzbeschluss',
      'abschluss-zweckvereinbarung',
      'abschluss-zweckverband',
      'unterlagen',
      'haushalt',
      'umsatzsteuer',
      'personal-einsatz',
      'personalrat',
      'betriebsuebergang',
      'personal-umsatzsteuer',
    ].map((id) => [id, { text: t }]),
  ) as Record<StatementId, { text: typeof t }>,
} as const;

export type StatementId =
  | 'grundsatzbeschluss'
  | 'abschluss-zweckvereinbarung'
  | 'abschluss-zweckverband'
  | 'unterlagen'
  | 'haushalt'
  | 'umsatzsteuer'
  | 'personal-einsatz'
  | 'personalrat'
  | 'betriebsuebergang'
  | 'personal-umsatzsteuer';

/** Keys of documents.yaml that hold data other than the declared texts; checked below. */
export const DOCUMENT_TEXT_DATA_KEYS = ['$schema', 'references', 'outlines', 'proposalByTask'] as const;

export type OutlineKind = 'zweckvereinbarung' | 'verbandssatzung';
export type FactKind = 'beteiligte' | 'aufgabe' | 'form' | 'kosten' | 'genehmigung';

/** The outline points the code adds facts from the report to (point id → which facts). */
export const OUTLINE_FACTS: Record<OutlineKind, Record<string, FactKind>> = {
  zweckvereinbarung: { beteiligte: 'beteiligte', aufgabe: 'aufgabe', form: 'form', kosten: 'kosten', genehmigung: 'genehmigung' },
  verbandssatzung: { mitglieder: 'beteiligte', aufgaben: 'aufgabe', finanzbedarf: 'kosten', genehmigung: 'genehmigung' },
};

/** Placeholders the engine fills in outline texts: only the subject names the task. */
const OUTLINE_PLACEHOLDERS: Record<string, readonly string[]> = { subject: ['aufgabe'] };

const BRACKET = /\[[^\]]*\]?|\]/g;
/** A well-formed placeholder: "[bitte ergänzen: " + what to fill in + "]", no brackets inside. */
const PLACEHOLDER = /^\[bitte ergänzen: [^[\]]*\S[^[\]]*\]$/;

/** Every string of the file with its path. */
function strings(node: unknown, path: IssuePath = []): [IssuePath, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((child, i) => strings(child, [...path, i]));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, child]) => strings(child, [...path, key]));
  return [];
}

function checkPlaceholders(data: unknown): Issue[] {
  return strings(data).flatMap(([path, text]) =>
    [...text.matchAll(BRACKET)]
      .filter((m) => !PLACEHOLDER.test(m[0]))
      .map((m): Issue => ({ code: 'document-placeholder', file: FILE, path, params: { text: m[0] } })),
  );
}

function whyNotShown(questionnaires: Questionnaire[], questionnaireId: string, questionId: string): string | undefined {
  const questionnaire = questionnaires.find((q) => q.id === questionnaireId);
  if (!questionnaire) return 'den Fragebogen gibt es nicht';
  const location = questionIndex(questionnaire).location(questionId);
  if (!location) return 'die Frage gibt es dort nicht';
  if (location.section.repeat) return 'sie steht in einem wiederholbaren Abschnitt und hat je Eintrag eine eigene Antwort';
  return undefined;
}

function checkDocuments(content: Pick<Content, 'questionnaires' | 'taskProfiles' | 'documents' | 'legalForms'>): Issue[] {
  const { documents } = content;
  const issues: Issue[] = [];
  const formIds = content.legalForms.forms.map((f) => f.id);
  for (const id of FORMS_READ.filter((f) => !formIds.includes(f))) {
    issues.push({ code: 'engine-needs-text', file: 'questionnaires/legal-forms.yaml', path: ['forms'], params: { by: DOCUMENTS_BY, key: `forms: ${id}` } });
  }
  const profileIds = content.taskProfiles.profiles.map((p) => p.id);
  const checkTask = (id: string, path: IssuePath) => {
    if (!profileIds.includes(id)) issues.push({ code: 'document-task', file: FILE, path, params: { id, allowed: profileIds.join(', ') } });
  };
  for (const id of Object.keys(documents.proposalByTask)) checkTask(id, ['proposalByTask', id]);
  for (const kind of Object.keys(OUTLINE_FACTS) as OutlineKind[]) {
    const outline = documents.outlines[kind];
    const at = (...path: IssuePath): IssuePath => ['outlines', kind, ...path];
    const seen = new Map<string, number>();
    outline.points.forEach((point, i) => {
      const first = seen.get(point.id);
      if (first === undefined) seen.set(point.id, i);
      else issues.push({ code: 'duplicate-id', file: FILE, path: at('points', i, 'id'), params: { kind: 'Punkt-ID', id: point.id, first: `outlines.${kind}.points.${first}` } });
      (point.answers ?? []).forEach((answer, j) => {
        const why = whyNotShown(content.questionnaires, answer.questionnaire, answer.question);
        if (why) issues.push({ code: 'document-question', file: FILE, path: at('points', i, 'answers', j), params: { ...answer, why } });
      });
      for (const id of Object.keys(point.tasks ?? {})) checkTask(id, at('points', i, 'tasks', id));
    });
    for (const id of Object.keys(OUTLINE_FACTS[kind])) {
      if (!seen.has(id)) issues.push({ code: 'engine-needs-text', file: FILE, path: at('points'), params: { by: DOCUMENTS_BY, key: `outlines.${kind}.points: ${id}` } });
    }
    // Outline texts are shown as written: a {placeholder} there would stay visible.
    for (const [path, text] of strings(outline, at())) {
      const allowed = OUTLINE_PLACEHOLDERS[String(path[path.length - 1])] ?? [];
      for (const name of [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((n) => !allowed.includes(n))) {
        issues.push({ code: 'engine-text-placeholder', file: FILE, path, params: { by: DOCUMENTS_BY, key: path.join('.'), name, allowed: allowed.map((p) => `{${p}}`).join(', ') || '–' } });
      }
    }
  }
  for (const [id, statement] of Object.entries(documents.proposalByTask)) {
    if (/\{\w+\}/.test(statement.text)) {
      issues.push({ code: 'engine-text-placeholder', file: FILE, path: ['proposalByTask', id, 'text'], params: { by: DOCUMENTS_BY, key: `proposalByTask.${id}`, name: /\{(\w+)\}/.exec(statement.text)![1]!, allowed: '–' } });
    }
  }
  return [...issues, ...checkPlaceholders(documents)];
}

export const DOCUMENTS_CONTRACT: EngineContract = {
  by: DOCUMENTS_BY,
  questions: Object.values(DOCUMENT_QUESTIONS),
  texts: { source: 'documents', tree: DOCUMENT_TEXT_TREE, dataKeys: DOCUMENT_TEXT_DATA_KEYS },
  check: checkDocuments,
};
