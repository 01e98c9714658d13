// @vitest-environment happy-dom
// One assessment per task in the store: the setup's task fills in the Rechtsform task field,
// "Weitere Aufgabe prüfen" starts a linked assessment, older assessments with several tasks are split.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content';
import { mainTask } from '../../src/domain/assessment/tasks';
import { useAssessmentStore } from '../../src/stores/assessment';

await loadContent();

const freshStore = () => {
  setActivePinia(createPinia());
  return useAssessmentStore();
};
const taskField = (store: ReturnType<typeof useAssessmentStore>) => store.assessment.responses.rechtsform?.answers['aufgabenfeld'];

describe('the task of an assessment in the store', () => {
  beforeEach(() => localStorage.clear());

  it.each<[string, Parameters<ReturnType<typeof useAssessmentStore>['updateMeta']>[0], string | undefined]>([
    ['Standesamt', { tasks: ['Standesamt'] }, 'standesamt'],
    ['Vergabestelle (a broader field)', { tasks: ['Vergabestelle'] }, 'querschnitt'],
    ['Bußgeldstelle', { tasks: ['Bußgeldstelle und Verkehrsüberwachung'] }, 'ordnung'],
    ['a task in words', { tasks: [], otherTasks: 'Friedhof' }, undefined],
  ])('the setup task %s fills in the Rechtsform task field', (_name, change, field) => {
    const store = freshStore();
    store.updateMeta(change);
    expect(taskField(store)).toBe(field);
  });

  it('follows a changed task, but never overwrites the user\'s own answer', () => {
    const store = freshStore();
    store.updateMeta({ tasks: ['Standesamt'] });
    store.updateMeta({ tasks: ['Bauhof'] });
    expect(taskField(store)).toBe('bauhof');
    store.setAnswer('rechtsform', 'aufgabenfeld', 'sonstiges');
    store.updateMeta({ tasks: ['IT und Digitalisierung'] });
    expect(taskField(store)).toBe('sonstiges');
  });

  it('"Weitere Aufgabe prüfen" opens a linked assessment with the task-independent answers', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn', landkreis: 'Bautzen', tasks: ['Standesamt'] });
    store.setAnswer('prozesse', 'buergermeister-rueckhalt', 'ja');
    store.setAnswer('prozesse', 'gemeinderatsbeschluss', 'ja');
    const source = store.assessment;
    const started = store.startLinkedTask(source.id, 'Bauhof')!;
    expect(started.copied).toBe(1);
    expect(store.assessment.id).toBe(started.assessment.id);
    expect(store.assessment.meta.municipality).toBe('Ahorn');
    expect(mainTask(store.assessment.meta)).toBe('Bauhof');
    expect(store.assessment.responses.prozesse!.answers).toEqual({ 'buergermeister-rueckhalt': 'ja' });
    expect(taskField(store)).toBe('bauhof');
    expect(source.taskGroup).toBe(source.id);
    expect(store.assessment.taskGroup).toBe(source.id);
    store.flush();
    expect(freshStore().assessments).toHaveLength(2);
  });

  it('splits an older assessment with several tasks without losing an answer', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn', landkreis: 'Bautzen' });
    // As saved by an older version, which allowed several tasks.
    Object.assign(store.assessment.meta, { tasks: ['Bauhof', 'Standesamt'], otherTasks: 'Friedhof' });
    store.setAnswer('it', 'vernetzung', 'ja');
    store.setAnswer('it', 'gleiches-fachverfahren', 'verschieden');
    const created = store.splitTasks('Standesamt');
    expect(mainTask(store.assessment.meta)).toBe('Standesamt');
    expect(store.assessment.responses.it!.answers).toEqual({ vernetzung: 'ja', 'gleiches-fachverfahren': 'verschieden' });
    expect(created.map((a) => mainTask(a.meta))).toEqual(['Bauhof', 'Friedhof']);
    expect(created.every((a) => a.responses.it!.answers['vernetzung'] === 'ja' && a.taskGroup === store.assessment.id)).toBe(true);
    expect(store.assessments).toHaveLength(3);
  });
});
