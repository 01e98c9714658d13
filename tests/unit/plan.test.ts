// The action plan a municipality works with: stable step keys (src/domain/verdicts/actions.ts),
// what it records per step and its own steps (src/domain/assessment/plan.ts), the rows of the
// report with resolved steps (src/domain/report/actionPlan.ts), the merge of two windows and the
// comparison of rounds – on the real questionnaires and the shared scenarios.
import { describe, expect, it } from 'vitest';
import { STEP_KEY_PATTERN, type Assessment } from '../../src/domain/assessment/assessment.ts';
import { mergeAssessments } from '../../src/domain/assessment/merge.ts';
import { addCustomStep, forgetStep, planFieldIssue, recordCustomStep, recordStep, removeCustomStep } from '../../src/domain/assessment/plan.ts';
import { compareRounds, NOT_IN_PLAN } from '../../src/domain/exchange/rounds.ts';
import { RESOLVED_LABEL, type PlanStep } from '../../src/domain/report/actionPlan.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { scenario, SCENARIO_DATE, withAnswer } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';

const content = loadRealContent();
const report = (a: Assessment) => buildReport(content, a, SCENARIO_DATE);
const stepWith = (a: Assessment, key: string) => report(a).actions.find((s) => s.stepKeys.includes(key));
const snapshot = (s: PlanStep) => ({ text: s.text, topic: s.topic, priority: s.priority, suggestedOwner: s.suggestedOwner });

/** The assessment with a change recorded for the step that has `key`. */
function recorded(a: Assessment, key: string, change: Parameters<typeof recordStep>[3]): Assessment {
  const step = stepWith(a, key)!;
  const copy = structuredClone(a);
  const plan = recordStep(copy.plan, step.stepKey, snapshot(step), change);
  if (plan) copy.plan = plan;
  return copy;
}

describe('step keys stay the same when the answers change', () => {
  it.each([
    // [questionnaire, question, answers one after another, the key every one of them keeps]
    ['rechtsform', 'haftung-geklaert', ['nein', 'teilweise', 'weiss-nicht'], 'frage:rechtsform/haftung-geklaert'], // weak, partial, open point: three wordings
    ['prozesse', 'gemeinderatsbeschluss', ['nein', 'teilweise', 'weiss-nicht'], 'schritt:grundsatzbeschluss'], // the content's step id
    ['umsatzsteuer', 'zeitplan', ['nein', 'teilweise'], 'frage:umsatzsteuer/zeitplan'], // merged with a rule of the same wording, or alone
  ] as const)('%s/%s: %j keep %s', (questionnaireId, questionId, answers, key) => {
    const steps = answers.map((answer) => stepWith(withAnswer(scenario('bauhof'), questionnaireId, questionId, answer), key));
    expect(steps.every((s) => s !== undefined)).toBe(true);
    expect(new Set(steps.map((s) => s!.stepKey))).toEqual(new Set([key]));
  });

  it('a merged step keeps every cause as a key, its own key first', () => {
    const a = withAnswer(withAnswer(scenario('standesamt'), 'prozesse', 'rechtsaufsicht-informiert', 'nein'), 'rechtsform', 'rechtsaufsicht-kontaktiert', 'nein');
    const talk = report(a).actions.find((s) => s.stepKeys[0] === 'schritt:rechtsaufsicht-gespraech')!;
    expect(talk.stepKeys).toEqual([
      'schritt:rechtsaufsicht-gespraech',
      'frage:prozesse/rechtsaufsicht-informiert',
      'frage:rechtsform/rechtsaufsicht-kontaktiert',
      'regel:rechtsform/rechtsaufsicht-nicht-einbezogen',
    ]);
  });

  it('steps of a service and of a task profile are keyed by the service and a digest of the text, not by position', () => {
    const keys = report(scenario('bauhof')).actions.map((s) => s.stepKey);
    expect(keys).toContain('ust:maeharbeiten');
    expect(keys.find((k) => k.startsWith('aufgabe:bauhof/'))).toMatch(/^aufgabe:bauhof\/[0-9a-z]+$/);
  });

  it.each(['standesamt', 'it-verbund', 'bauhof'] as const)('every key of the scenario %s has the saved form and belongs to one step', (id) => {
    const keys = report(scenario(id)).actions.flatMap((s) => s.stepKeys);
    for (const key of keys) expect(key).toMatch(STEP_KEY_PATTERN);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('what a municipality records for a step', () => {
  const base = scenario('bauhof');
  const key = 'frage:prozesse/absichtserklaerung';

  it('shows owner, date, status and note on the step; the suggested role until someone is entered', () => {
    const before = stepWith(base, key)!;
    expect(before).toMatchObject({ owner: before.suggestedOwner, progress: { status: 'offen', statusText: 'offen', ownerSuggested: true, recorded: false } });
    const a = recorded(base, key, { owner: 'Frau Weber (Hauptamt)', due: '2027-03-31', status: 'in-arbeit', note: 'Entwurf liegt vor' });
    expect(stepWith(a, key)).toMatchObject({
      owner: 'Frau Weber (Hauptamt)',
      progress: { status: 'in-arbeit', statusText: 'in Arbeit', ownerSuggested: false, due: '2027-03-31', dueText: '31.03.2027', note: 'Entwurf liegt vor', resolved: false },
    });
  });

  it('keeps no entry for a step back at its defaults, and none for an owner equal to the suggestion', () => {
    const step = stepWith(base, key)!;
    expect(recordStep(undefined, step.stepKey, snapshot(step), { owner: step.suggestedOwner })).toBeUndefined();
    const plan = recordStep(undefined, step.stepKey, snapshot(step), { note: 'x' });
    expect(recordStep(plan, step.stepKey, snapshot(step), { note: '' })).toBeUndefined();
    expect(recordStep(plan, step.stepKey, snapshot(step), { owner: '' })!.steps[step.stepKey]).toMatchObject({ owner: '', note: 'x' });
  });

  it('keeps the wording of the step with the entry, cut to its limit', () => {
    const plan = recordStep(undefined, 'frage:it/e-akte', { text: 'x'.repeat(3000), topic: 'IT', priority: 'hoch' }, { status: 'erledigt' })!;
    expect(plan.steps['frage:it/e-akte']!.text).toHaveLength(2000);
    expect(plan.steps['frage:it/e-akte']!.text.endsWith('…')).toBe(true);
  });

  it('shows a step whose cause is gone as resolved, with what was recorded, until the user removes it', () => {
    const a = recorded(base, 'frage:prozesse/kostentransparenz', { owner: 'Kämmerei, Herr Lange', note: 'KLR-Auszug angefordert' });
    const improved = withAnswer(a, 'prozesse', 'kostentransparenz', 'ja');
    const steps = report(improved).actions;
    const resolved = steps.find((s) => s.stepKey === 'frage:prozesse/kostentransparenz')!;
    expect(resolved).toMatchObject({ source: 'behoben', owner: 'Kämmerei, Herr Lange', progress: { resolved: true, statusText: RESOLVED_LABEL, note: 'KLR-Auszug angefordert' } });
    expect(steps.at(-1)).toBe(resolved);
    // The answer gets worse again: the step is open again with its entry.
    const again = report(withAnswer(improved, 'prozesse', 'kostentransparenz', 'nein')).actions.find((s) => s.stepKey === 'frage:prozesse/kostentransparenz')!;
    expect(again.progress).toMatchObject({ resolved: false, note: 'KLR-Auszug angefordert' });
    expect(forgetStep(improved.plan, 'frage:prozesse/kostentransparenz')).toBeUndefined();
  });

  it('finds an entry again by its wording when the causes of a step changed', () => {
    const a = structuredClone(base);
    const step = stepWith(a, key)!;
    a.plan = recordStep(undefined, 'frage:prozesse/alte-frage', snapshot(step), { note: 'von früher' });
    const found = report(a).actions.find((s) => s.stepKeys.includes(key))!;
    expect(found).toMatchObject({ stepKey: 'frage:prozesse/alte-frage', progress: { note: 'von früher', resolved: false } });
    expect(report(a).actions.filter((s) => s.progress.resolved)).toEqual([]);
  });

  it('puts own steps into their priority, after the generated ones, and removes them on request', () => {
    let plan = addCustomStep(undefined, 'a1', '  Termin mit dem Personalrat  ', 'hoch');
    plan = recordCustomStep(plan, 'a1', { owner: 'Hauptamt', status: 'erledigt' });
    const a = { ...structuredClone(base), plan: plan! };
    const steps = report(a).actions;
    const own = steps.find((s) => s.source === 'eigener-schritt')!;
    expect(own).toMatchObject({ text: 'Termin mit dem Personalrat', priority: 'hoch', owner: 'Hauptamt', stepKey: 'eigen:a1', progress: { statusText: 'erledigt' } });
    const highs = steps.filter((s) => s.priority === 'hoch');
    expect(highs.at(-1)).toBe(own);
    expect(steps.indexOf(own)).toBe(highs.length - 1);
    expect(removeCustomStep(plan, 'a1')).toBeUndefined();
  });

  it.each([
    ['due', '2027-02-28', undefined],
    ['due', '', undefined],
    ['due', '2027-02-30', 'plan-date-invalid'],
    ['due', '1999-12-31', 'plan-date-invalid'],
    ['due', '20270-01-01', 'plan-date-invalid'],
    ['owner', '200 characters', undefined],
    ['owner', '201 characters', 'plan-text-too-long'],
    ['note', '5001 characters', 'plan-text-too-long'],
    ['text', '   ', 'plan-text-empty'],
  ] as const)('%s = %j → %s', (field, value, code) => {
    const length = /^(\d+) characters$/.exec(value)?.[1];
    expect(planFieldIssue(field, length ? 'x'.repeat(Number(length)) : value)?.code).toBe(code);
  });
});

describe('two windows edit the plan of the same assessment', () => {
  const base = recorded(scenario('bauhof'), 'frage:prozesse/absichtserklaerung', { status: 'in-arbeit' });

  it('keeps the changes of both windows to different fields and steps, and own steps added in both', () => {
    let local = recorded(base, 'frage:prozesse/absichtserklaerung', { owner: 'Hauptamt, Frau Weber' });
    local = { ...local, plan: addCustomStep(local.plan, 'l1', 'Lokaler Schritt', 'mittel')! };
    let remote = recorded(base, 'frage:prozesse/absichtserklaerung', { due: '2027-06-30' });
    remote = recorded(remote, 'frage:prozesse/kostenschluessel', { status: 'erledigt' });
    remote = { ...remote, plan: addCustomStep(remote.plan, 'r1', 'Entfernter Schritt', 'hoch')! };
    const { merged, conflicts } = mergeAssessments(base, local, remote);
    expect(conflicts).toBe(0);
    expect(merged.plan!.steps['frage:prozesse/absichtserklaerung']).toMatchObject({ status: 'in-arbeit', owner: 'Hauptamt, Frau Weber', due: '2027-06-30' });
    expect(merged.plan!.steps['frage:prozesse/kostenschluessel']!.status).toBe('erledigt');
    expect(merged.plan!.custom.map((c) => c.id)).toEqual(['r1', 'l1']);
  });

  it('counts a conflict when both windows changed the same field, and the saved value wins', () => {
    const local = recorded(base, 'frage:prozesse/absichtserklaerung', { status: 'erledigt' });
    const remote = recorded(base, 'frage:prozesse/absichtserklaerung', { status: 'entfaellt' });
    const { merged, conflicts } = mergeAssessments(base, local, remote);
    expect(conflicts).toBe(1);
    expect(merged.plan!.steps['frage:prozesse/absichtserklaerung']!.status).toBe('entfaellt');
  });
});

describe('rounds', () => {
  it('a new round shows which steps the municipality marked done and which the answers no longer call for', () => {
    const first = recorded(scenario('bauhof'), 'frage:prozesse/absichtserklaerung', { owner: 'Bürgermeister', status: 'in-arbeit' });
    // The next round starts with a copy of the plan; meanwhile the letter of intent is done and the costs are known.
    let second = recorded(structuredClone(first), 'frage:prozesse/absichtserklaerung', { status: 'erledigt' });
    second = recorded(second, 'frage:prozesse/kostentransparenz', { note: 'erledigt durch die Kämmerei' });
    second = withAnswer(second, 'prozesse', 'kostentransparenz', 'ja');
    const rounds = compareRounds(report(first), report(second));
    expect(rounds.planProgress.map((p) => [p.step.stepKey, p.before, p.after])).toEqual([
      ['frage:prozesse/absichtserklaerung', 'in Arbeit', 'erledigt'],
      ['frage:prozesse/kostentransparenz', 'offen', RESOLVED_LABEL],
    ]);
    expect(rounds.actionsDone.map((a) => a.stepKey)).toContain('frage:prozesse/kostentransparenz');
    expect(rounds.actionsNew.map((a) => a.stepKey)).not.toContain('frage:prozesse/kostentransparenz');
  });

  it('an own step added in the later round and already done is listed as progress', () => {
    const first = scenario('bauhof');
    const second = { ...structuredClone(first), plan: recordCustomStep(addCustomStep(undefined, 'n1', 'Kreistag informieren', 'niedrig'), 'n1', { status: 'erledigt' })! };
    expect(compareRounds(report(first), report(second)).planProgress.map((p) => [p.step.text, p.before, p.after])).toEqual([['Kreistag informieren', NOT_IN_PLAN, 'erledigt']]);
  });
});
