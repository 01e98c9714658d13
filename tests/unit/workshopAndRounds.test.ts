import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { buildReport } from '../../src/domain/report/report';
import { compareRounds } from '../../src/domain/exchange/rounds';
import { workshopSteps } from '../../src/domain/exchange/workshop';
import { scenario, SCENARIO_DATE, withAnswer } from '../fixtures/scenarios';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;
const partner = (id: 'standesamt' | 'it-verbund' | 'bauhof') => ({ id, name: id, assessment: scenario(id) });

describe('workshopSteps', () => {
  const steps = workshopSteps(content, [partner('standesamt'), partner('it-verbund')]);

  it('asks every top-level question at least one partner was shown, and no repeatable section', () => {
    const ids = steps.map((s) => `${s.questionnaireId}/${s.questionId}`);
    expect(ids).toContain('prozesse/gemeinderatsbeschluss');
    expect(ids).not.toContain('umsatzsteuer/rechtsgrundlage');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['it', 'gleiches-fachverfahren', true],
    ['prozesse', 'gemeinderatsbeschluss', false],
  ])('marks %s/%s as differing: %s', (questionnaireId, questionId, differ) => {
    const step = steps.find((s) => s.questionnaireId === questionnaireId && s.questionId === questionId)!;
    expect(step.answers.map((a) => a.partnerName)).toEqual(['standesamt', 'it-verbund']);
    expect(step.differ).toBe(differ);
  });

  it('shows "nicht gefragt" for a partner to whom a conditional question was not shown', () => {
    const a = partner('standesamt');
    const b = { ...partner('standesamt'), id: 'b', name: 'b', assessment: withAnswer(scenario('standesamt'), 'it', 'gleiches-fachverfahren', 'verschieden') };
    const step = workshopSteps(content, [a, b]).find((s) => s.questionId === 'migrationsplan')!;
    expect(step.answers[0]).toMatchObject({ answer: 'nicht gefragt', shown: false });
    expect(step.answers[1]).toMatchObject({ answer: 'Nicht beantwortet', shown: true });
    // The one partner who was asked has not answered yet: that is worth discussing.
    expect(step.differ).toBe(true);
  });

  const three = (changed: string) =>
    workshopSteps(content, [
      partner('standesamt'),
      { ...partner('standesamt'), id: 'b', name: 'b' },
      { ...partner('standesamt'), id: 'c', name: 'c', assessment: withAnswer(scenario('standesamt'), 'prozesse', 'gemeinderatsbeschluss', changed) },
    ]).find((s) => s.questionId === 'gemeinderatsbeschluss')!;

  it.each([
    { name: 'two against one: the one who answers otherwise', partners: () => three('nein'), differs: [false, false, true], majority: 'Ja' },
    { name: 'all alike: nobody', partners: () => three('ja'), differs: [false, false, false], majority: undefined },
    { name: 'one against one: nobody, there is no majority', partners: () => workshopSteps(content, [partner('standesamt'), partner('bauhof')]).find((s) => s.questionId === 'gemeinderatsbeschluss')!, differs: [false, false], majority: undefined },
  ])('marks who differs from the majority – $name', ({ partners, differs, majority }) => {
    const step = partners();
    expect(step.answers.map((a) => a.differs)).toEqual(differs);
    expect(step.majority).toBe(majority);
  });

  it('carries the "Ja" criteria of the question into the workshop', () => {
    const step = steps.find((s) => s.questionId === 'gemeinderatsbeschluss')!;
    const question = content.questionnaires.flatMap((q) => q.sections.flatMap((x) => x.questions)).find((q) => q.id === 'gemeinderatsbeschluss')!;
    expect(step.criteria).toEqual(question.criteria);
    expect(step.criteria!.length).toBeGreaterThan(0);
  });
});

describe('compareRounds', () => {
  const earlier = scenario('bauhof');
  // The council backing gets worse ("teilweise" → "nein"): the step to bring in the Grundsatzbeschluss stays, and
  // the missing backing of the mayor is new.
  const later = withAnswer(
    withAnswer(withAnswer(scenario('bauhof'), 'prozesse', 'kostentransparenz', 'ja'), 'prozesse', 'gemeinderatsbeschluss', 'nein'),
    'prozesse',
    'buergermeister-rueckhalt',
    'nein',
  );
  const result = compareRounds(buildReport(content, earlier, SCENARIO_DATE), buildReport(content, later, SCENARIO_DATE));

  it('lists the answers that improved and those that got worse', () => {
    expect(result.improved.map((c) => c.question)).toEqual([expect.stringContaining('kostet')]);
    expect(result.worsened.map((c) => c.question)).toEqual([expect.stringContaining('Gemeinderat'), expect.stringContaining('Bürgermeister')]);
  });

  it('counts a step of the earlier plan as done when the later round no longer calls for it', () => {
    const earlierReport = buildReport(content, earlier, SCENARIO_DATE);
    const costAction = earlierReport.actions.find((a) => a.because.includes('kostet'))!;
    expect(result.actionsDone.map((a) => a.text)).toContain(costAction.text);
    expect(result.actionsNew.length).toBeGreaterThan(0);
  });

  it('reports the topic scores of both rounds', () => {
    const prozesse = result.topics.find((t) => t.questionnaireId === 'prozesse')!;
    expect(prozesse.before).not.toBe(prozesse.after);
  });
});
