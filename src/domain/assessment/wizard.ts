// The wizard's path through one questionnaire: its pages, the errors that keep a user on a page,
// and how far the questionnaire is answered. Views only render what this module decides.
import { isAnswered, type AnswerValue, type AssessmentMeta, type Response } from './assessment.ts';
import { QuestionnaireView, type Scope } from '../content/conditions.ts';
import { isRequired, optionsOf, parseNumber, UNKNOWN_VALUE } from '../content/questions.ts';
import type { Question, Questionnaire, Section } from '../content/schema.ts';

const germanNumber = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

export type WizardPage =
  | { kind: 'section'; sectionId: string }
  | { kind: 'items'; sectionId: string }
  | { kind: 'item'; sectionId: string; itemId: string }
  | { kind: 'check' };

export function wizardPages(q: Questionnaire, response: Response): WizardPage[] {
  const view = new QuestionnaireView(q, response);
  const pages: WizardPage[] = [];
  for (const section of q.sections) {
    if (!view.isSectionVisible(section)) continue;
    if (section.repeat) {
      pages.push({ kind: 'items', sectionId: section.id });
      for (const item of view.items(section.id)) pages.push({ kind: 'item', sectionId: section.id, itemId: item.id });
    } else {
      pages.push({ kind: 'section', sectionId: section.id });
    }
  }
  pages.push({ kind: 'check' });
  return pages;
}

export function samePage(a: WizardPage, b: WizardPage): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface FieldError {
  /** Id of the question, or of the item list for repeatable sections. */
  fieldId: string;
  /** GOV.UK error-summary link target: the first input of the field. */
  href: string;
  text: string;
}

export function fieldIdOf(questionId: string): string {
  return `frage-${questionId}`;
}

/** Why an answer cannot stand, or undefined when it is fine (or optional and empty). */
export function answerError(question: Question, value: AnswerValue | undefined): string | undefined {
  if (!isAnswered(value)) {
    if (!isRequired(question)) return undefined;
    switch (question.type) {
      case 'multiple':
        return `Wählen Sie mindestens eine Antwort zu „${question.text}“ aus.`;
      case 'number':
        return `Geben Sie eine Zahl zu „${question.text}“ ein${question.unknownAllowed ? ' oder wählen Sie „Weiß nicht“' : ''}.`;
      case 'text':
        return `Geben Sie eine Antwort zu „${question.text}“ ein.`;
      default:
        return `Wählen Sie eine Antwort zu „${question.text}“ aus.`;
    }
  }
  if (question.type === 'number' && value !== UNKNOWN_VALUE) {
    const number = parseNumber(String(value));
    if (number === undefined) return `Geben Sie zu „${question.text}“ eine Zahl ein, zum Beispiel 17.500.`;
    if (question.min !== undefined && number < question.min) return `Die Zahl muss mindestens ${germanNumber.format(question.min)} sein.`;
    if (question.max !== undefined && number > question.max) return `Die Zahl darf höchstens ${germanNumber.format(question.max)} sein.`;
  }
  if (question.type === 'text' && question.maxLength && String(value).length > question.maxLength) {
    return `Der Text ist zu lang: höchstens ${germanNumber.format(question.maxLength)} Zeichen.`;
  }
  if ((question.type === 'single' || question.type === 'scale') && !optionsOf(question).some((o) => o.value === value)) {
    return `Die gespeicherte Antwort zu „${question.text}“ passt nicht mehr zur Frage; bitte wählen Sie neu.`;
  }
  return undefined;
}

export function questionErrors(view: QuestionnaireView, section: Section, scope: Scope): FieldError[] {
  return view.visibleQuestions(section, scope).flatMap((question) => {
    const text = answerError(question, view.rawAnswer(question.id, scope));
    return text ? [{ fieldId: question.id, href: `#${fieldIdOf(question.id)}`, text }] : [];
  });
}

export function itemListErrors(section: Section, itemCount: number): FieldError[] {
  const min = section.repeat?.min ?? 0;
  if (itemCount >= min) return [];
  return [
    {
      fieldId: 'eintraege',
      href: '#neuer-eintrag',
      text:
        min === 1
          ? `Legen Sie mindestens eine ${section.repeat!.itemName} an.`
          : `Legen Sie mindestens ${min} ${section.repeat!.itemNamePlural} an.`,
    },
  ];
}

export function pageErrors(q: Questionnaire, response: Response, page: WizardPage): FieldError[] {
  if (page.kind === 'check') return [];
  const view = new QuestionnaireView(q, response);
  const section = view.section(page.sectionId);
  if (!section) return [];
  if (page.kind === 'items') return itemListErrors(section, view.items(section.id).length);
  return questionErrors(view, section, page.kind === 'item' ? { itemId: page.itemId } : {});
}

export type QuestionnaireStatus = 'nicht-begonnen' | 'in-bearbeitung' | 'abgeschlossen';

export const STATUS_LABELS: Record<QuestionnaireStatus, string> = {
  'nicht-begonnen': 'Nicht begonnen',
  'in-bearbeitung': 'In Bearbeitung',
  'abgeschlossen': 'Abgeschlossen',
};

export interface QuestionnaireProgress {
  answered: number;
  /** Questions currently shown (hidden ones do not count). */
  total: number;
  status: QuestionnaireStatus;
  /** Pages that still have errors, first one to continue with. */
  firstIncompletePage?: WizardPage;
}

export function questionnaireProgress(q: Questionnaire, response: Response): QuestionnaireProgress {
  const view = new QuestionnaireView(q, response);
  let answered = 0;
  let total = 0;
  for (const section of q.sections) {
    const scopes: Scope[] = section.repeat ? view.items(section.id).map((i) => ({ itemId: i.id })) : [{}];
    for (const scope of scopes) {
      for (const question of view.visibleQuestions(section, scope)) {
        total++;
        if (isAnswered(view.rawAnswer(question.id, scope))) answered++;
      }
    }
  }
  const pages = wizardPages(q, response);
  const firstIncompletePage = pages.find((page) => pageErrors(q, response, page).length > 0);
  const started = answered > 0 || Object.values(response.items).some((items) => items.length > 0);
  const status: QuestionnaireStatus = !started ? 'nicht-begonnen' : firstIncompletePage ? 'in-bearbeitung' : 'abgeschlossen';
  return { answered, total, status, firstIncompletePage };
}

/** The answer as a person reads it, e.g. "Teilweise", "Standesamt, IT", "17.500 Euro pro Jahr". */
export function answerText(question: Question, value: AnswerValue | undefined): string {
  if (!isAnswered(value)) return 'Nicht beantwortet';
  const options = optionsOf(question);
  const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (question.type === 'number') {
    if (value === UNKNOWN_VALUE) return label(value);
    const number = parseNumber(value!);
    const shown = number === undefined ? value! : germanNumber.format(number);
    return question.unit ? `${shown} ${question.unit}` : shown;
  }
  if (question.type === 'text') return value!;
  return label(value!);
}

/** Errors on the setup page: the municipality and its Landkreis are needed for the report. */
export function metaErrors(meta: AssessmentMeta): FieldError[] {
  const errors: FieldError[] = [];
  if (meta.municipality.trim() === '') {
    errors.push({ fieldId: 'municipality', href: '#angabe-gemeinde', text: 'Geben Sie den Namen Ihrer Gemeinde oder Stadt ein.' });
  }
  if (meta.landkreis === '') {
    errors.push({ fieldId: 'landkreis', href: '#angabe-landkreis', text: 'Wählen Sie Ihren Landkreis oder Ihre kreisfreie Stadt aus.' });
  }
  return errors;
}
