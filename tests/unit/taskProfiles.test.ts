// Task profiles (questionnaires/task-profiles.yaml, src/domain/verdicts/taskProfiles.ts): which profile
// applies, what it adds to the report and plan, and that every example has a public source.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/domain/report/report.ts';
import { scenario, SCENARIO_DATE, withAnswer } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';

const content = loadRealContent();
const refs = new Map(content.references.map((r) => [r.id, r]));

describe('which profile applies', () => {
  it.each([
    // [setup tasks, Rechtsform aufgabenfeld, expected profiles]
    [['Standesamt'], 'standesamt', ['standesamt']],
    [[], 'standesamt', ['standesamt']],
    [['Kasse und Vollstreckung'], 'querschnitt', ['kasse-vollstreckung']],
    [[], 'querschnitt', []], // "innere Verwaltung" names several tasks: no guess
    [['Bauhof', 'IT und Digitalisierung'], 'bauhof', ['it', 'bauhof']],
    [['Vergabestelle'], 'sonstiges', ['vergabestelle']],
  ] as const)('tasks %j with aufgabenfeld %s → %j', (tasks, field, expected) => {
    let a = withAnswer(scenario('standesamt'), 'rechtsform', 'aufgabenfeld', field);
    a = { ...a, meta: { ...a.meta, tasks: [...tasks] } };
    expect(buildReport(content, a, SCENARIO_DATE).taskProfiles.map((p) => p.id)).toEqual(expected);
  });
});

describe('what a profile adds', () => {
  const standesamt = buildReport(content, scenario('standesamt'), SCENARIO_DATE);

  it('the special law of the Standesamt: 1 January, consent of the Landesdirektion, § 2 SächsAGPStG', () => {
    const profile = standesamt.taskProfiles[0]!;
    expect(profile.law.map((s) => s.text).join(' ')).toMatch(/1\. Januar.*Landesdirektion Sachsen/s);
    expect(standesamt.references.map((r) => r.id)).toContain('saechsagpstg-2');
  });

  it('its steps join the action plan with their topic and the task as reason', () => {
    const step = standesamt.actions.find((a) => a.id === 'aufgabe/standesamt/0')!;
    expect(step).toMatchObject({ priority: 'hoch', owner: 'Hauptamt', source: 'aufgabe', questionnaireId: 'rechtsform' });
    expect(step.because).toBe('Besondere Regeln für die Aufgabe „Standesamt“');
  });

  it('a task without a known example says so instead of inventing one', () => {
    const a = { ...scenario('standesamt'), meta: { ...scenario('standesamt').meta, tasks: ['Informationssicherheit' as const] } };
    const profile = buildReport(content, a, SCENARIO_DATE).taskProfiles.find((p) => p.id === 'informationssicherheit')!;
    expect(profile.examples).toEqual([]);
    expect(profile.noExamples).toMatch(/Servicestelle Interkommunale Zusammenarbeit/);
  });
});

describe('„Wer macht das schon?“', () => {
  const examples = content.taskProfiles.profiles.flatMap((p) => p.examples.map((e) => [p.id, e.name, e] as const));

  it('the five flagship tasks are covered', () => {
    const tasks = content.taskProfiles.profiles.map((p) => p.id);
    for (const id of ['standesamt', 'kasse-vollstreckung', 'vergabestelle', 'it', 'bauhof']) expect(tasks).toContain(id);
  });

  it.each(examples)('%s: „%s“ names a public source with an address', (_profile, _name, example) => {
    const reference = refs.get(example.reference);
    expect(reference?.url).toMatch(/^https:\/\//);
    expect(example.name.length).toBeGreaterThan(5);
  });
});
