// What applies to the task the partners want to share (questionnaires/task-profiles.yaml): the tasks
// chosen in the setup, or the task named in the Rechtsform questionnaire where one option means
// exactly one task. The profiles add their special law, real examples and extra plan steps.
import type { AssessmentMeta } from '../assessment/assessment.ts';
import { COOPERATION_TASKS } from '../assessment/assessment.ts';
import type { QuestionnaireView } from '../content/conditions.ts';
import { checkQuestionNeeds, type QuestionNeed } from '../content/contract.ts';
import type { Issue } from '../issues/issues.ts';
import type { Content, Questionnaire, TaskProfile, TaskProfilesFile } from '../content/schema.ts';
import type { EngineContract } from '../content/validate.ts';

const BY = 'Die Aufgabenprofile';

/** The Rechtsform question that names the task. */
export const FIELD_QUESTION = { questionnaire: 'rechtsform', question: 'aufgabenfeld', section: 'vorhaben', types: ['single'] } as const;

/** The answer to "aufgabenfeld" that the setup's choice of a task fills in; undefined for a task in words. */
export function fieldForTask(data: TaskProfilesFile, task: string | undefined): string | undefined {
  return data.profiles.find((p) => p.task === task)?.field;
}

export interface TaskProfileView {
  id: string;
  task: string;
  law: { text: string; references: string[] }[];
  legalForm: { text: string; references: string[] };
  vat: { text: string; references: string[] };
  examples: { name: string; partners: string; form: string; reference: string }[];
  /** Said when no example with a public source is known. */
  noExamples?: string;
}

/** The profiles that apply: by the setup's tasks, or by the task field of the Rechtsform questionnaire. */
export function applicableProfiles(
  data: TaskProfilesFile,
  meta: AssessmentMeta,
  rechtsform: QuestionnaireView | undefined,
): TaskProfile[] {
  const field = rechtsform?.answer(FIELD_QUESTION.question);
  return data.profiles.filter(
    (profile) => (meta.tasks as readonly string[]).includes(profile.task) || (typeof field === 'string' && (profile.fields ?? []).includes(field)),
  );
}

export function profileViews(data: TaskProfilesFile, profiles: TaskProfile[]): TaskProfileView[] {
  return profiles.map((p) => ({
    id: p.id,
    task: p.task,
    law: p.law,
    legalForm: p.legalForm,
    vat: p.vat,
    examples: p.examples,
    ...(p.examples.length === 0 && { noExamples: data.noExamples }),
  }));
}

/** Every task is one the setup offers, and every field an option of the Rechtsform question. */
function checkProfiles(content: Pick<Content, 'questionnaires' | 'taskProfiles'>): Issue[] {
  const file = 'questionnaires/task-profiles.yaml';
  const issues: Issue[] = [];
  content.taskProfiles.profiles.forEach((profile, i) => {
    if (!(COOPERATION_TASKS as readonly string[]).includes(profile.task)) {
      issues.push({ code: 'unknown-task', file, path: ['profiles', i, 'task'], params: { task: profile.task, allowed: COOPERATION_TASKS.join(', ') } });
    }
  });
  const fields = [...new Set(content.taskProfiles.profiles.flatMap((p) => [...(p.fields ?? []), p.field]))];
  const need: QuestionNeed = { ...FIELD_QUESTION, options: fields, by: BY };
  return [...issues, ...checkQuestionNeeds([need], content.questionnaires as Questionnaire[], () => 'questionnaires/30-rechtsform.yaml')];
}

export const TASK_PROFILE_CONTRACT: EngineContract = { by: BY, questions: [], check: checkProfiles };
