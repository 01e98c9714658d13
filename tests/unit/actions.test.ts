// The action plan (src/domain/verdicts/actions.ts) on the real questionnaires: which answer yields
// which step at which priority, and how steps that say the same thing are merged.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/assessment/assessment.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { scenario, SCENARIO_DATE, withAnswer } from '../fixtures/scenarios.ts';
import { questionIndex } from '../../src/domain/content/questionIndex.ts';
import { checkedAnswers, loadRealContent } from './answers.ts';

const content = loadRealContent();

/** The step the answer leads to (possibly merged with a rule's), found by the question in its reasons. */
function stepFor(questionnaireId: string, questionId: string, value: AnswerValue) {
  const q = content.questionnaires.find((x) => x.id === questionnaireId)!;
  checkedAnswers(q, { [questionId]: value });
  const text = questionIndex(q).question(questionId)!.text;
  const actions = buildReport(content, withAnswer(scenario('standesamt'), questionnaireId, questionId, value), SCENARIO_DATE).actions;
  return actions.find((a) => a.because.includes(`„${text}“`));
}

describe('one answer, one step', () => {
  it.each([
    // [questionnaire, question (weight or fixed priority), answer, expected priority or undefined for no step, source]
    ['prozesse', 'gemeinderatsbeschluss', 'nein', 'hoch', 'antwort'], // weight 3
    ['prozesse', 'gemeinderatsbeschluss', 'teilweise', 'mittel', 'antwort'],
    ['prozesse', 'gemeinderatsbeschluss', 'ja', undefined, undefined],
    ['prozesse', 'gemeinderatsbeschluss', 'weiss-nicht', 'hoch', 'offener-punkt'],
    ['rechtsform', 'haftung-geklaert', 'nein', 'mittel', 'antwort'], // weight 2
    ['rechtsform', 'haftung-geklaert', 'teilweise', 'niedrig', 'antwort'],
    ['rechtsform', 'haftung-geklaert', 'nicht-zutreffend', undefined, undefined],
    ['umsatzsteuer', 'zeitplan', 'nein', 'hoch', 'flag'], // same text as the rule "kein-umstellungsplan": merged into it
    ['umsatzsteuer', 'zeitplan', 'teilweise', 'mittel', 'antwort'], // fixed priority hoch, one lower
    ['umsatzsteuer', 'e-rechnung', 'teilweise', 'niedrig', 'antwort'], // weight 1: stays niedrig
  ] as const)('%s/%s = %s → %s', (questionnaireId, questionId, answer, priority, source) => {
    const step = stepFor(questionnaireId, questionId, answer);
    if (priority === undefined) expect(step).toBeUndefined();
    else expect(step, questionId).toMatchObject({ priority, source });
  });
});

describe('steps that say the same thing are merged', () => {
  it('the Grundsatzbeschluss asked by a rule and two questions is one step with all reasons, at the highest priority', () => {
    let a = withAnswer(scenario('standesamt'), 'prozesse', 'gemeinderatsbeschluss', 'nein');
    a = withAnswer(a, 'prozesse', 'beschluss-geplant', 'nein');
    const r = buildReport(content, a, SCENARIO_DATE);
    expect(r.flags.map((f) => f.ruleId)).toContain('kein-politischer-auftrag');
    const council = r.actions.filter((x) => /Grundsatzbeschluss/.test(x.text));
    expect(council).toHaveLength(1);
    expect(council[0]).toMatchObject({ priority: 'hoch', source: 'flag' });
    expect(council[0]!.because).toMatch(/K\.-o\.-Kriterium: Kein Auftrag des Gemeinderats.*; „Hat der Gemeinderat.*: Nein; „Ist ein Ratsbeschluss.*: Nein/);
  });

  it('the talk with the Rechtsaufsicht asked in two questionnaires is one step', () => {
    let a = withAnswer(scenario('standesamt'), 'prozesse', 'rechtsaufsicht-informiert', 'nein');
    a = withAnswer(a, 'rechtsform', 'rechtsaufsicht-kontaktiert', 'nein');
    const r = buildReport(content, a, SCENARIO_DATE);
    const talks = r.actions.filter((x) => /Gespräch mit der Rechtsaufsichtsbehörde/.test(x.text));
    expect(talks).toHaveLength(1);
    expect(talks[0]!.because.split('; ')).toHaveLength(3); // the warning and both answers
  });

  it('a level text that asks for high-priority steps never meets an empty plan', () => {
    for (const id of ['standesamt', 'it-verbund', 'bauhof'] as const) {
      const r = buildReport(content, scenario(id), SCENARIO_DATE);
      if (r.overall.level.id !== 'startklar') expect(r.actions.some((x) => x.priority === 'hoch'), id).toBe(true);
      expect(r.actions.length, id).toBeGreaterThan(0);
    }
  });
});
