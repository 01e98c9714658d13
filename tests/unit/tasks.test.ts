// One assessment per shared task (src/domain/assessment/tasks.ts): which task an assessment checks,
// and which answers "Weitere Aufgabe prüfen" carries into the linked assessment for another task.
import { describe, expect, it } from 'vitest';
import { COOPERATION_TASKS, type Assessment } from '../../src/domain/assessment/assessment';
import { linkedAssessments, mainTask, metaForTask, namedTasks, startLinkedAssessment } from '../../src/domain/assessment/tasks';
import { scenario } from '../fixtures/scenarios';
import { loadRealContent } from './answers';

const content = loadRealContent();
const NOW = new Date('2026-12-01T10:00:00Z');

describe('the task of an assessment', () => {
  it.each<[string, { tasks: Assessment['meta']['tasks']; otherTasks: string }, string[], string | undefined]>([
    ['nothing chosen', { tasks: [], otherTasks: '' }, [], undefined],
    ['a usual task', { tasks: ['Bauhof'], otherTasks: '' }, ['Bauhof'], 'Bauhof'],
    ['a task in words', { tasks: [], otherTasks: '  Friedhofsverwaltung ' }, ['Friedhofsverwaltung'], 'Friedhofsverwaltung'],
    ['older data with two tasks and one in words', { tasks: ['Bauhof', 'Standesamt'], otherTasks: 'Friedhof' }, ['Bauhof', 'Standesamt', 'Friedhof'], 'Bauhof'],
  ])('%s', (_name, meta, named, main) => {
    expect(namedTasks(meta)).toEqual(named);
    expect(mainTask(meta)).toBe(main);
  });

  it('a usual task goes into the list, another one into words', () => {
    expect(metaForTask('Standesamt', COOPERATION_TASKS)).toEqual({ tasks: ['Standesamt'], otherTasks: '' });
    expect(metaForTask('Schulverwaltung', COOPERATION_TASKS)).toEqual({ tasks: [], otherTasks: 'Schulverwaltung' });
  });
});

describe('"Weitere Aufgabe prüfen": Lindenbach checks the Bauhof after the Standesamt', () => {
  const source = scenario('standesamt');
  const { assessment: next, copied } = startLinkedAssessment(source, 'Bauhof', content.questionnaires, COOPERATION_TASKS, 'bauhof-neu', NOW);

  it('keeps the municipality and its partners, with the new task and today as the date', () => {
    expect(next.id).toBe('bauhof-neu');
    expect(next.taskGroup).toBe(source.id);
    expect(next.meta).toEqual({ ...source.meta, tasks: ['Bauhof'], otherTasks: '', date: '2026-12-01' });
  });

  it('copies exactly the answers that do not depend on the task', () => {
    const copiedIds = Object.fromEntries(Object.entries(next.responses).map(([q, r]) => [q, Object.keys(r.answers).sort()]));
    expect(copiedIds).toEqual({
      prozesse: ['buergermeister-rueckhalt', 'erfahrung-zusammenarbeit', 'ungleiche-leistungsfaehigkeit', 'vertrauen-partner'],
      it: ['isb-benannt', 'isb-gemeinsam', 'it-personal', 'sicherheitsstandard', 'sicherheitsvorfaelle', 'vernetzung'],
      rechtsform: ['anzahl-partner', 'partnerart', 'verwaltungsverband-mitglied', 'weitere-partner', 'zusammenschluss'],
      umsatzsteuer: Object.keys(source.responses.umsatzsteuer!.answers).sort(),
      kosten: ['einwohner'],
    });
    expect(copied).toBe(Object.values(copiedIds).flat().length);
    for (const [q, r] of Object.entries(next.responses)) {
      for (const [id, value] of Object.entries(r.answers)) expect(value, `${q}/${id}`).toEqual(source.responses[q]!.answers[id]);
    }
  });

  it('takes over no items (services, staff, partner figures) and nothing task-specific', () => {
    expect(Object.values(next.responses).every((r) => Object.keys(r.items).length === 0)).toBe(true);
    expect(next.responses.rechtsform!.answers['aufgabenfeld']).toBeUndefined();
    expect(next.responses.prozesse!.answers['gemeinderatsbeschluss']).toBeUndefined();
  });

  it('keeps the questionnaire versions of what it copied and leaves the source untouched', () => {
    expect(next.questionnaireVersions).toEqual(
      Object.fromEntries(Object.keys(next.responses).map((q) => [q, source.questionnaireVersions[q]])),
    );
    expect(source).toEqual(scenario('standesamt'));
  });

  it('a third task joins the same group', () => {
    const third = startLinkedAssessment(next, 'Vergabestelle', content.questionnaires, COOPERATION_TASKS, 'vergabe', NOW).assessment;
    expect(third.taskGroup).toBe(source.id);
  });
});

describe('linked assessments', () => {
  const a = { ...scenario('standesamt'), id: 'a', taskGroup: 'a' };
  const b = startLinkedAssessment(a, 'Bauhof', content.questionnaires, COOPERATION_TASKS, 'b', NOW).assessment;
  const bRound2 = { ...structuredClone(b), id: 'b2', round: 2, previousRoundId: 'b' };
  const aRound2 = { ...structuredClone(a), id: 'a2', round: 2, previousRoundId: 'a' };
  const stranger = { ...scenario('bauhof'), id: 'c' };
  const all = [a, b, bRound2, aRound2, stranger];

  it('lists the other tasks of the group once each, with their latest round', () => {
    expect(linkedAssessments(all, a).map((x) => x.id)).toEqual(['b2']);
    expect(linkedAssessments(all, b).map((x) => x.id)).toEqual(['a2']);
  });

  it('an assessment without a group has no linked ones', () => {
    expect(linkedAssessments(all, stranger)).toEqual([]);
  });
});
