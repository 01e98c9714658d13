// The wizard's path through one questionnaire: its pages, the errors that keep a user on a page,
// and how far the questionnaire is answered. Views only render what this module decides.
import { isAnswered, type AnswerValue, type AssessmentMeta, type Response } from './assessment.ts';
import { QuestionnaireView, type Scope } from '../content/conditions.ts';
import { topicsOf } from '../content/lookups.ts';
import { isExclusive, isRequired, optionsOf, parseNumber, readNumberInput, UNKNOWN_VALUE } from '../content/questions.ts';
import type { Question, Questionnaire, Section } from '../content/schema.ts';
import { issue, type Issue, type IssueCode, type IssueParams, type IssuePath } from '../issues/issues.ts';
import { messageOf } from '../issues/messages.ts';
import { germanNumber } from '../format.ts';
import { mainTask, namedTasks, namesSeveralTasks } from './tasks.ts';


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

export function fieldIdOf(questionId: string): string {
  return `frage-${questionId}`;
}

/** The question's text on its page: where "Ändern" on the check page lands (it takes focus). */
export function questionAnchor(questionId: string): string {
  return `${fieldIdOf(questionId)}-text`;
}

/** The question's row on the check page, where the user returns after changing an answer. */
export function checkRowAnchor(questionId: string, itemId?: string): string {
  return itemId ? `antwort-${itemId}-${questionId}` : `antwort-${questionId}`;
}

const META_FIELDS: Record<string, string> = { municipality: '#angabe-gemeinde', landkreis: '#angabe-landkreis', tasks: '#angabe-aufgabe-0', split: '#angabe-hauptaufgabe-0' };

/**
 * The GOV.UK error summary's link target, from the issue's path: an answer links to its question
 * (`#frage-<id>`), an item list or item name to the field for a new item, setup data to its field.
 */
export function fieldHref(path: IssuePath): string {
  const last = String(path[path.length - 1] ?? '');
  if (path[path.length - 2] === 'answers') return `#${fieldIdOf(last)}`;
  if (path[0] === 'items') return '#neuer-eintrag';
  return META_FIELDS[last] ?? '#inhalt';
}

/** The start of a question, enough to recognise it: "Hat der Gemeinderat die Zusammenarbeit …". */
export function shortQuestion(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:–-]+$/, '');
  return `${atWord} …`;
}

/**
 * What the error summary lists: one link per issue. The field's own message says only what is
 * wrong; the link names the question by its start, so that several links can be told apart.
 */
export function errorLinks(issues: Issue[]): { href: string; text: string }[] {
  return issues.map((i) => {
    const question = i.params.question;
    const text = messageOf(i);
    return { href: fieldHref(i.path), text: question === undefined ? text : `${shortQuestion(String(question))} – ${text}` };
  });
}

/**
 * Why a given answer cannot stand, or undefined: limits of numbers and texts, options that exist,
 * exclusive options alone, no option twice. Whether an answer is needed at all is answerIssue's
 * part; imported and saved data pass this same check.
 */
export function valueIssue(question: Question, value: AnswerValue, path: IssuePath): Issue | undefined {
  const params = { question: question.text };
  const fail = (code: IssueCode, extra: IssueParams = {}) => issue(code, path, { ...params, ...extra });
  if (Array.isArray(value) !== (question.type === 'multiple')) return fail('answer-wrong-shape', { expected: question.type === 'multiple' ? 'list' : 'single' });
  const options = optionsOf(question);
  switch (question.type) {
    case 'number': {
      if (value === UNKNOWN_VALUE && question.unknownAllowed) return undefined;
      const read = readNumberInput(String(value), question.unit);
      if (!read.ok) {
        return fail(read.problem, {
          example: numberExample(question.unit),
          ...(read.symbol ? { symbol: read.symbol } : {}),
          ...(question.unit ? { unit: question.unit } : {}),
          ...(question.unknownAllowed ? { unknownAllowed: 'ja' } : {}),
        });
      }
      const number = read.value;
      if (question.min !== undefined && number < question.min) return fail('number-below-min', { min: question.min });
      if (question.max !== undefined && number > question.max) return fail('number-above-max', { max: question.max });
      return undefined;
    }
    case 'text':
      return question.maxLength && String(value).length > question.maxLength ? fail('text-too-long', { max: question.maxLength }) : undefined;
    case 'single':
    case 'scale':
      return options.some((o) => o.value === value) ? undefined : fail('answer-not-an-option');
    case 'multiple': {
      const values = value as string[];
      const chosen = values.map((x) => options.find((o) => o.value === x));
      if (chosen.some((o) => o === undefined)) return fail('answer-not-an-option');
      const twice = values.find((x, i) => values.indexOf(x) !== i);
      if (twice !== undefined) return fail('option-twice', { option: chosen[values.indexOf(twice)]!.label });
      const exclusive = chosen.find(isExclusive);
      if (exclusive && values.length > 1) return fail('exclusive-option-with-others', { option: exclusive.label });
      return undefined;
    }
  }
}

/** A plausible figure for the question's unit, for the message that asks for a number. */
export function numberExample(unit: string | undefined): string {
  if (/^euro\b/i.test(unit ?? '')) return '25.000';
  if (/^prozent\b/i.test(unit ?? '')) return '15';
  if (/vollzeitstelle/i.test(unit ?? '')) return '1,5';
  return '120';
}

const REQUIRED: Record<Question['type'], IssueCode> = {
  single: 'choice-required',
  scale: 'choice-required',
  multiple: 'choices-required',
  number: 'number-required',
  text: 'text-required',
};

/** Why an answer keeps the user on the page, or undefined when it is fine (or optional and empty). */
export function answerIssue(question: Question, value: AnswerValue | undefined, path: IssuePath): Issue | undefined {
  if (isAnswered(value)) return valueIssue(question, value!, path);
  if (!isRequired(question)) return undefined;
  const code = question.type === 'number' && question.unknownAllowed ? 'number-or-unknown-required' : REQUIRED[question.type];
  return issue(code, path, { question: question.text });
}

/** Where an answer is kept inside a questionnaire's response. */
export function answerPath(view: QuestionnaireView, section: Section, questionId: string, scope: Scope): IssuePath {
  if (!section.repeat) return ['answers', questionId];
  const index = view.items(section.id).findIndex((i) => i.id === scope.itemId);
  return ['items', section.id, index, 'answers', questionId];
}

export function questionIssues(view: QuestionnaireView, section: Section, scope: Scope): Issue[] {
  return view.visibleQuestions(section, scope).flatMap((question) => {
    const found = answerIssue(question, view.rawAnswer(question.id, scope), answerPath(view, section, question.id, scope));
    return found ? [found] : [];
  });
}

/** A repeatable section needs at least `min` and at most `max` items. */
export function itemListIssues(section: Section, itemCount: number): Issue[] {
  const repeat = section.repeat;
  if (!repeat) return [];
  const params = { itemName: repeat.itemName, itemNamePlural: repeat.itemNamePlural, count: itemCount };
  if (itemCount < (repeat.min ?? 0)) return [issue('items-too-few', ['items', section.id], { ...params, min: repeat.min! })];
  if (repeat.max !== undefined && itemCount > repeat.max) return [issue('items-too-many', ['items', section.id], { ...params, max: repeat.max })];
  return [];
}

/** An item needs a name of its own (compared without case), when it is added, renamed or imported. */
export function itemNameIssue(name: string, otherNames: string[], itemName: string, path: IssuePath): Issue | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return issue('item-name-empty', path, { itemName });
  if (otherNames.some((n) => n.trim().toLowerCase() === trimmed.toLowerCase())) return issue('item-name-taken', path, { name: trimmed });
  return undefined;
}

/** What keeps the user on a page when they choose "Weiter". */
export function pageIssues(q: Questionnaire, response: Response, page: WizardPage): Issue[] {
  if (page.kind === 'check') return [];
  const view = new QuestionnaireView(q, response);
  const section = view.section(page.sectionId);
  if (!section) return [];
  if (page.kind === 'items') return itemListIssues(section, view.items(section.id).length);
  return questionIssues(view, section, page.kind === 'item' ? { itemId: page.itemId } : {});
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
  /** Required questions shown and not yet answered. */
  openRequired: number;
  status: QuestionnaireStatus;
  /** Pages that still have errors, first one to continue with. */
  firstIncompletePage?: WizardPage;
}

export function questionnaireProgress(q: Questionnaire, response: Response): QuestionnaireProgress {
  const view = new QuestionnaireView(q, response);
  let answered = 0;
  let total = 0;
  let openRequired = 0;
  for (const section of q.sections) {
    const scopes: Scope[] = section.repeat ? view.items(section.id).map((i) => ({ itemId: i.id })) : [{}];
    for (const scope of scopes) {
      for (const question of view.visibleQuestions(section, scope)) {
        total++;
        if (isAnswered(view.rawAnswer(question.id, scope))) answered++;
        else if (isRequired(question)) openRequired++;
      }
    }
  }
  const pages = wizardPages(q, response);
  const firstIncompletePage = pages.find((page) => pageIssues(q, response, page).length > 0);
  const started = answered > 0 || Object.values(response.items).some((items) => items.length > 0);
  const status: QuestionnaireStatus = !started ? 'nicht-begonnen' : firstIncompletePage ? 'in-bearbeitung' : 'abgeschlossen';
  return { answered, total, openRequired, status, firstIncompletePage };
}

/**
 * How many questions a questionnaire asks before any answer: those shown to everybody. Follow-up
 * questions and the questions of each item come on top, so the overview says "12 Fragen, je nach
 * Antworten mehr" instead of a total that jumps while the user answers.
 */
export function questionsAskedOfAll(q: Questionnaire): { count: number; more: boolean } {
  const view = new QuestionnaireView(q, { answers: {}, items: {}, notes: {} });
  let count = 0;
  let all = 0;
  for (const section of q.sections) {
    all += section.questions.length;
    if (!section.repeat && view.isSectionVisible(section)) count += view.visibleQuestions(section).length;
  }
  return { count, more: all > count };
}

/**
 * Where a page stands in its questionnaire, counted by sections: the total does not change as
 * follow-up questions appear or items are added, and all pages of one item list share a step.
 */
export function wizardStep(q: Questionnaire, page: WizardPage): { position: number; total: number } {
  const total = q.sections.length + 1;
  if (page.kind === 'check') return { position: total, total };
  const index = q.sections.findIndex((s) => s.id === page.sectionId);
  return { position: index + 1, total };
}

/** The first questionnaire of the readiness check (in order) that is not yet complete; undefined when all are. */
export function firstOpenTopic(questionnaires: Questionnaire[], responseOf: (questionnaireId: string) => Response): Questionnaire | undefined {
  return topicsOf(questionnaires).find((q) => questionnaireProgress(q, responseOf(q.id)).status !== 'abgeschlossen');
}

/** The answer as a person reads it, e.g. "Teilweise", "Standesamt, IT", "17.500 Euro pro Jahr". */
export function answerText(question: Question, value: AnswerValue | undefined): string {
  if (!isAnswered(value)) return 'Nicht beantwortet';
  const options = optionsOf(question);
  const label = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (question.type === 'number') {
    if (value === UNKNOWN_VALUE) return label(value);
    const number = parseNumber(value!, question.unit);
    const shown = number === undefined ? value! : germanNumber(number);
    return question.unit ? `${shown} ${question.unit}` : shown;
  }
  if (question.type === 'text') return value!;
  return label(value!);
}

/** Issues on the setup page: the municipality and its Landkreis are needed for the report. */
export function metaIssues(meta: AssessmentMeta): Issue[] {
  const issues: Issue[] = [];
  if (meta.municipality.trim() === '') issues.push(issue('municipality-required', ['meta', 'municipality']));
  if (meta.landkreis === '') issues.push(issue('landkreis-required', ['meta', 'landkreis']));
  if (namesSeveralTasks(meta)) issues.push(issue('several-tasks', ['meta', 'split'], { tasks: namedTasks(meta).join(', ') }));
  else if (!mainTask(meta)) issues.push(issue('task-required', ['meta', 'tasks']));
  return issues;
}
