// One assessment checks one shared task. The setup names it (one of the usual tasks, or another one
// in words); "Weitere Aufgabe prüfen" starts a linked assessment for another task of the same
// municipality and carries over the answers that do not depend on the task (questions marked
// `taskIndependent` in the questionnaires: political backing, IT security, the partners, the VAT
// organisation). Linked assessments share a `taskGroup` id.
import type { Questionnaire } from '../content/schema.ts';
import { createAssessment, emptyResponse, type Assessment, type AssessmentMeta } from './assessment.ts';

/** The tasks an assessment names: the chosen ones and the one written in words. */
export function namedTasks(meta: Pick<AssessmentMeta, 'tasks' | 'otherTasks'>): string[] {
  const other = meta.otherTasks.trim();
  return [...meta.tasks, ...(other ? [other] : [])];
}

/** The task this assessment checks; undefined while none is chosen. */
export function mainTask(meta: Pick<AssessmentMeta, 'tasks' | 'otherTasks'>): string | undefined {
  return namedTasks(meta)[0];
}

/** Older assessments could name several tasks; they have to be split before the setup is complete. */
export function namesSeveralTasks(meta: Pick<AssessmentMeta, 'tasks' | 'otherTasks'>): boolean {
  return namedTasks(meta).length > 1;
}

/** The setup fields for a task: one of the usual tasks, or another one in words. */
export function metaForTask(task: string, usual: readonly string[]): Pick<AssessmentMeta, 'tasks' | 'otherTasks'> {
  return usual.includes(task) ? { tasks: [task as AssessmentMeta['tasks'][number]], otherTasks: '' } : { tasks: [], otherTasks: task };
}

export interface LinkedStart {
  assessment: Assessment;
  /** How many answers were carried over. */
  copied: number;
}

/**
 * A new assessment of the same municipality for another task, in the same group. Only answers of
 * task-independent questions (and their notes) are copied; everything else starts empty.
 */
export function startLinkedAssessment(
  source: Assessment,
  task: string,
  questionnaires: readonly Questionnaire[],
  usualTasks: readonly string[],
  id: string,
  now: Date,
): LinkedStart {
  const next = createAssessment(id, now);
  next.taskGroup = source.taskGroup ?? source.id;
  next.meta = {
    ...structuredClone(source.meta),
    ...metaForTask(task, usualTasks),
    date: now.toISOString().slice(0, 10),
  };
  let copied = 0;
  for (const questionnaire of questionnaires) {
    const from = source.responses[questionnaire.id];
    if (!from) continue;
    const response = emptyResponse();
    for (const section of questionnaire.sections) {
      if (section.repeat) continue;
      for (const question of section.questions) {
        if (!question.taskIndependent) continue;
        const value = from.answers[question.id];
        if (value !== undefined) {
          response.answers[question.id] = structuredClone(value);
          copied++;
        }
        const note = from.notes[question.id];
        if (note !== undefined) response.notes[question.id] = note;
      }
    }
    if (Object.keys(response.answers).length || Object.keys(response.notes).length) {
      next.responses[questionnaire.id] = response;
      const version = source.questionnaireVersions[questionnaire.id];
      if (version !== undefined) next.questionnaireVersions[questionnaire.id] = version;
    }
  }
  return { assessment: next, copied };
}

/**
 * The assessments of the other tasks in the same group, one per task (its latest round), in the
 * order of the tasks' names. Rounds of this assessment's own task are not "other tasks".
 */
export function linkedAssessments(all: readonly Assessment[], assessment: Assessment): Assessment[] {
  const group = assessment.taskGroup ?? assessment.id;
  const own = mainTask(assessment.meta);
  const latest = new Map<string, Assessment>();
  for (const a of all) {
    if (a.id === assessment.id || (a.taskGroup ?? a.id) !== group) continue;
    const task = mainTask(a.meta) ?? '';
    if (task === own) continue;
    const known = latest.get(task);
    if (!known || (a.round ?? 1) > (known.round ?? 1)) latest.set(task, a);
  }
  return [...latest.entries()].sort(([x], [y]) => x.localeCompare(y, 'de')).map(([, a]) => a);
}
