// evaluateRules (src/domain/verdicts/rules.ts) on a small questionnaire: the VAT-risk filter, the
// timing relative to the end of the VAT transition, and the fields every flag carries.
import { describe, expect, it } from 'vitest';
import type { Response } from '../../src/domain/assessment/assessment.ts';
import type { Questionnaire } from '../../src/domain/content/schema.ts';
import { evaluateRules, type RuleTiming } from '../../src/domain/verdicts/rules.ts';
import { validateYaml } from './fixtures.ts';

const YAML = `
id: test
version: 1
order: 1
title: Testbogen
intro: Zum Testen.
sections:
  - id: a
    title: A
    questions:
      - id: plan
        type: scale
        text: Gibt es einen Plan?
        help: Darum.
        action: { text: Planen Sie., owner: Hauptamt }
rules:
  - id: risiko
    severity: warnung
    vatRiskIn: [hoch, unklar]
    when: { question: plan, in: [nein] }
    title: Risiko
    explanation: Erklärung.
    action: { text: Handeln Sie., owner: Kämmerei }
  - id: bald
    severity: warnung
    timing: uebergang-endet
    when: { question: plan, in: [nein] }
    title: Noch {tage} Tage bis zum {stichtag}
    explanation: Letzter Tag ist der {letzterTag}.
    references: [ref-a]
    action: { text: "Bis zum {letzterTag} handeln.", owner: Kämmerei }
  - id: vorbei
    severity: showstopper
    timing: uebergang-vorbei
    when: { question: plan, in: [nein] }
    title: Vorbei
    explanation: Seit dem {stichtag}.
    action: { text: Sofort handeln., owner: Kämmerei }
`;

const result = validateYaml(YAML);
if (!result.content) throw new Error(JSON.stringify(result.issues));
const q: Questionnaire = result.content.questionnaires[0]!;
const response: Response = { answers: { plan: 'nein' }, items: {}, notes: {} };
const timing = (days: number): RuleTiming => ({ daysToFullApplication: days, urgentWithinDays: 365, fullApplicationFrom: '2027-01-01' });
const fired = (risks: Parameters<typeof evaluateRules>[2], days: number) =>
  evaluateRules([q], () => response, risks, timing(days)).map((f) => f.ruleId);

describe('evaluateRules', () => {
  it.each([
    [['unklar'], true],
    [['hoch', 'gering'], true],
    [['gering', 'mittel'], false],
    [[], false],
  ] as const)('a rule for VAT risks hoch or unklar fires with the risks %j: %s', (risks, fires) => {
    expect(fired([...risks], 1000).includes('risiko')).toBe(fires);
  });

  it.each([
    [366, []],
    [365, ['bald']],
    [1, ['bald']],
    [0, ['vorbei']],
    [-30, ['vorbei']],
  ])('%i days before the end of the transition the timed rules that fire are %j', (days, expected) => {
    expect(fired([], days).filter((id) => id !== 'risiko')).toEqual(expected);
  });

  it('puts showstoppers first and fills the dates into every text', () => {
    const flags = evaluateRules([q], () => response, ['hoch'], timing(30));
    expect(flags.map((f) => f.ruleId)).toEqual(['risiko', 'bald']);
    const bald = flags.find((f) => f.ruleId === 'bald')!;
    expect(bald).toMatchObject({
      title: 'Noch 30 Tage bis zum 1. Januar 2027',
      explanation: 'Letzter Tag ist der 31. Dezember 2026.',
      action: { text: 'Bis zum 31. Dezember 2026 handeln.', owner: 'Kämmerei' },
      references: ['ref-a'],
      topic: 'Testbogen',
      questionnaireId: 'test',
      severity: 'warnung',
    });
    expect(flags.find((f) => f.ruleId === 'risiko')!.references).toEqual([]);
    const later = evaluateRules([q], () => response, [], timing(-1));
    expect(later.map((f) => [f.ruleId, f.severity])).toEqual([['vorbei', 'showstopper']]);
  });

  it('rejects a placeholder a rule cannot fill, with file and path', () => {
    const bad = validateYaml(YAML.replace('title: Vorbei', 'title: Noch {tage} Tage'));
    expect(bad.issues.map((i) => [i.code, i.path.join('.'), i.params.name])).toEqual([['rule-placeholder', 'rules.2.title', 'tage']]);
  });
});
