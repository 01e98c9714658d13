// The wizard's rules applied to a whole assessment, for data that was not typed into this wizard
// (answer files): every stored answer must pass the rules the "Weiter" button applies (valueIssue),
// every item list its limits, every item a name of its own and an id of its own. Whether an answer
// is missing is not checked: an assessment may be unfinished.
import type { AnswerValue, Assessment, RepeatItem } from './assessment.ts';
import { itemListIssues, itemNameIssue, valueIssue } from './wizard.ts';
import { questionIndex } from '../content/questionIndex.ts';
import type { Questionnaire, Section } from '../content/schema.ts';
import { issue, type Issue, type IssueParams } from '../issues/issues.ts';

/** The name an assessment goes by in lists and messages. */
export function assessmentName(assessment: Assessment): string {
  return assessment.label || assessment.meta.municipality || 'Bewertung ohne Namen';
}

function itemIssues(section: Section, items: RepeatItem[], at: (string | number)[], params: IssueParams): Issue[] {
  // Too few items is no error here: an assessment may be unfinished.
  const found = itemListIssues(section, items.length)
    .filter((i) => i.code === 'items-too-many')
    .map((i) => ({ ...i, path: [...at, ...i.path], params: { ...params, ...i.params } }));
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = item.name.trim().toLowerCase();
    const name = itemNameIssue(item.name, seen.has(key) ? [item.name] : [], section.repeat!.itemName, [...at, 'items', section.id, index, 'name']);
    if (name) found.push({ ...name, params: { ...params, ...name.params } });
    seen.add(key);
  });
  return found;
}

/**
 * Every place where the assessment holds something the wizard would refuse, with paths from the
 * assessment (e.g. ['responses', 'umsatzsteuer', 'items', 'leistungen', 0, 'answers', 'jahresbetrag'])
 * and the names of assessment, questionnaire and item for the message. Questionnaires, sections and
 * questions that do not exist are migration's business (migrateAssessment) and are skipped here.
 */
export function assessmentIssues(assessment: Assessment, questionnaires: Questionnaire[]): Issue[] {
  const found: Issue[] = [];
  const place = assessmentName(assessment);
  for (const questionnaire of questionnaires) {
    const response = assessment.responses[questionnaire.id];
    if (!response) continue;
    const index = questionIndex(questionnaire);
    const at = ['responses', questionnaire.id];
    const params = { place, questionnaire: questionnaire.title };
    const check = (answers: Record<string, AnswerValue>, path: (string | number)[], extra: IssueParams = {}) => {
      for (const [questionId, value] of Object.entries(answers)) {
        const question = index.question(questionId);
        const problem = question && valueIssue(question, value, [...path, 'answers', questionId]);
        if (problem) found.push({ ...problem, params: { ...params, ...extra, ...problem.params } });
      }
    };
    check(response.answers, at);
    const ids = new Map<string, string>();
    for (const [sectionId, items] of Object.entries(response.items)) {
      const section = index.section(sectionId);
      items.forEach((item, i) => {
        const first = ids.get(item.id);
        if (first !== undefined) found.push(issue('item-id-twice', [...at, 'items', sectionId, i, 'id'], { ...params, id: item.id, first, second: item.name }));
        else ids.set(item.id, item.name);
      });
      if (!section?.repeat) continue;
      for (const problem of itemIssues(section, items, at, params)) found.push(problem);
      items.forEach((item, i) => check(item.answers, [...at, 'items', sectionId, i], { itemName: section.repeat!.itemName, itemLabel: item.name }));
    }
  }
  return found;
}
