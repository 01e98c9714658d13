// One index per questionnaire: where each question and section is. Built once per questionnaire
// object and shared by conditions, reachability, the action plan, migration, the content check and
// the statistics, so that "where is question x?" has one answer everywhere.
import type { Question, Questionnaire, Section } from './schema.ts';

export interface QuestionLocation {
  section: Section;
  question: Question;
  /** Position in the file, e.g. for issue paths: sections[sectionIndex].questions[questionIndex]. */
  sectionIndex: number;
  questionIndex: number;
}

export class QuestionIndex {
  /** Every question in file order, duplicates included (the content check reports them). */
  readonly locations: readonly QuestionLocation[];
  private readonly byId = new Map<string, QuestionLocation>();
  private readonly sectionById = new Map<string, Section>();

  constructor(readonly questionnaire: Questionnaire) {
    const locations: QuestionLocation[] = [];
    questionnaire.sections.forEach((section, sectionIndex) => {
      if (!this.sectionById.has(section.id)) this.sectionById.set(section.id, section);
      section.questions.forEach((question, questionIndex) => {
        const location = { section, question, sectionIndex, questionIndex };
        locations.push(location);
        // The first of two questions with the same id wins, as in the file.
        if (!this.byId.has(question.id)) this.byId.set(question.id, location);
      });
    });
    this.locations = locations;
  }

  location(questionId: string): QuestionLocation | undefined {
    return this.byId.get(questionId);
  }

  question(questionId: string): Question | undefined {
    return this.byId.get(questionId)?.question;
  }

  /** The section a question is asked in. */
  sectionOf(questionId: string): Section | undefined {
    return this.byId.get(questionId)?.section;
  }

  section(sectionId: string): Section | undefined {
    return this.sectionById.get(sectionId);
  }
}

const indexes = new WeakMap<Questionnaire, QuestionIndex>();

/** The index of a questionnaire; compiled content never changes, so it is built once per object. */
export function questionIndex(questionnaire: Questionnaire): QuestionIndex {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new QuestionIndex(questionnaire);
    indexes.set(questionnaire, index);
  }
  return index;
}
