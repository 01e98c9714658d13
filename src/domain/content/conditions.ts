// Conditional display: which sections and questions are shown for the answers given so far.
// An answer to a hidden question is kept but counts as not given, so hiding cascades.
import { isAnswered, type AnswerValue, type Response } from '../assessment/assessment.ts';
import { questionIndex, type QuestionIndex } from './questionIndex.ts';
import type { Condition, Question, Questionnaire, Section } from './schema.ts';

/** Where a question is asked: top level, or inside one item of a repeatable section. */
export interface Scope {
  itemId?: string;
}

/** The top level of a questionnaire (no item); shared, so that a call without a scope allocates nothing. */
const TOP: Scope = Object.freeze({});

interface ScopeMemo {
  sections: Map<string, boolean>;
  questions: Map<string, boolean>;
  /** The answers the report asked for (null: hidden or not given); the rules read many twice or more. */
  answers: Map<string, AnswerValue | null>;
}

const newMemo = (): ScopeMemo => ({ sections: new Map(), questions: new Map(), answers: new Map() });

/**
 * Answers and visibility of one questionnaire. By default a view is a snapshot: visibility is
 * memoised per question and item, so the response must not change while it is in use. A view that
 * lives on while the user answers (a page component) is created with `live: true`: it recomputes
 * on every call, which also lets a reactive UI see every answer the result depends on.
 */
export class QuestionnaireView {
  private readonly index: QuestionIndex;
  // What is known per scope: the top level, and each item of a repeatable section by its id.
  private readonly top: ScopeMemo = newMemo();
  private readonly byItem = new Map<string, ScopeMemo>();

  private readonly memoise: boolean;

  constructor(
    readonly questionnaire: Questionnaire,
    readonly response: Response,
    options: { live?: boolean } = {},
  ) {
    this.memoise = !options.live;
    this.index = questionIndex(questionnaire);
  }

  question(id: string): Question | undefined {
    return this.index.question(id);
  }

  section(id: string): Section | undefined {
    return this.index.section(id);
  }

  items(sectionId: string) {
    return this.response.items[sectionId] ?? [];
  }

  rawAnswer(questionId: string, scope: Scope = TOP): AnswerValue | undefined {
    const section = this.index.sectionOf(questionId);
    if (section?.repeat) {
      const item = this.items(section.id).find((i) => i.id === scope.itemId);
      return item?.answers[questionId];
    }
    return this.response.answers[questionId];
  }

  /** The answer if the question is currently shown, else undefined. */
  answer(questionId: string, scope: Scope = TOP): AnswerValue | undefined {
    const memo = this.memoOf(scope);
    const known = memo?.answers.get(questionId);
    if (known !== undefined) return known ?? undefined;
    const value = this.isQuestionVisible(questionId, scope) ? this.rawAnswer(questionId, scope) : undefined;
    memo?.answers.set(questionId, value ?? null);
    return value;
  }

  isSectionVisible(section: Section, scope: Scope = TOP): boolean {
    return !section.showIf || this.memoisedHolds(this.memoOf(scope)?.sections, section.id, section.showIf, scope);
  }

  isQuestionVisible(questionId: string, scope: Scope = TOP): boolean {
    const location = this.index.location(questionId);
    return location !== undefined && this.isSectionVisible(location.section, scope) && this.isShownInSection(location.question, scope);
  }

  /** Whether a question of a shown section is shown, by its own condition. */
  private isShownInSection(question: Question, scope: Scope): boolean {
    return !question.showIf || this.memoisedHolds(this.memoOf(scope)?.questions, question.id, question.showIf, scope);
  }

  /**
   * Whether a condition holds, from the memo when it was asked before. Not memo.ts's `remembered`:
   * a live view has no memo, and this runs for every shown question without a callback per call.
   */
  private memoisedHolds(memo: Map<string, boolean> | undefined, id: string, condition: Condition, scope: Scope): boolean {
    const known = memo?.get(id);
    if (known !== undefined) return known;
    const holds = this.holds(condition, scope);
    memo?.set(id, holds);
    return holds;
  }

  /** The memo of a scope, or none for a live view. */
  private memoOf(scope: Scope): ScopeMemo | undefined {
    if (!this.memoise) return undefined;
    if (scope.itemId === undefined) return this.top;
    let memo = this.byItem.get(scope.itemId);
    if (!memo) this.byItem.set(scope.itemId, (memo = newMemo()));
    return memo;
  }

  visibleQuestions(section: Section, scope: Scope = TOP): Question[] {
    if (!this.isSectionVisible(section, scope)) return [];
    return section.questions.filter((q) => this.isShownInSection(q, scope));
  }

  holds(condition: Condition, scope: Scope = TOP): boolean {
    return testOf(condition)(this, scope);
  }
}

type Test = (view: QuestionnaireView, scope: Scope) => boolean;

// Each condition of the content becomes one function the first time it is asked: the report asks
// hundreds of them, and telling the kinds of condition apart on every call cost more than the test.
// Compiled content never changes, so the function is kept per condition object.
const tests = new WeakMap<Condition, Test>();

function testOf(condition: Condition): Test {
  let test = tests.get(condition);
  if (!test) tests.set(condition, (test = compile(condition)));
  return test;
}

function compile(condition: Condition): Test {
  // Answer conditions first: they are most of them.
  if ('question' in condition) {
    const { question, answered: wanted, in: within, notIn } = condition;
    // Loops, not callbacks: a test runs hundreds of times per report and should allocate nothing.
    return (view, scope) => {
      const value = view.answer(question, scope);
      const answered = isAnswered(value);
      if (wanted !== undefined && answered !== wanted) return false;
      if (within && !isAnyChosen(value, within)) return false;
      if (notIn && (!answered || isAnyChosen(value, notIn))) return false;
      return true;
    };
  }
  if ('all' in condition) {
    const parts = condition.all.map(compile);
    return (view, scope) => {
      for (const part of parts) if (!part(view, scope)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compile);
    return (view, scope) => {
      for (const part of parts) if (part(view, scope)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compile(condition.not);
    return (view, scope) => !inner(view, scope);
  }
  const { section, minItems } = condition;
  return (view) => view.items(section).length >= minItems;
}

function isChosen(value: AnswerValue | undefined, option: string): boolean {
  return Array.isArray(value) ? value.includes(option) : value === option;
}

function isAnyChosen(value: AnswerValue | undefined, options: readonly string[]): boolean {
  for (const option of options) if (isChosen(value, option)) return true;
  return false;
}

/** Every question id a condition mentions. */
export function questionsIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  if ('not' in condition) return questionsIn(condition.not);
  if ('section' in condition) return [];
  return [condition.question];
}
