import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/domain/issues/issues.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import { BASE_YAML, validateYaml } from './fixtures.ts';

function issuesOf(yaml: string) {
  return validateYaml(yaml).issues.map((issue) => ({ code: issue.code, path: formatPath(issue.path), file: issue.file }));
}

describe('validateContent', () => {
  it('accepts a well-formed questionnaire', () => {
    const result = validateYaml(BASE_YAML);
    expect(result.issues).toEqual([]);
    expect(result.content?.questionnaires.map((q) => q.id)).toEqual(['test']);
  });

  it.each([
    {
      name: 'a condition on an unknown question',
      change: ['{ question: beschluss, in: [nein] }', '{ question: beschlus, in: [nein] }'],
      code: 'unknown-question',
      path: 'sections[0].questions[1].showIf.question',
    },
    {
      name: 'a condition on an unknown option',
      change: ['{ question: beschluss, in: [nein] }', '{ question: beschluss, in: [vielleicht] }'],
      code: 'unknown-option',
      path: 'sections[0].questions[1].showIf.in[0]',
    },
    {
      name: 'a duplicate question id',
      change: ['- id: geplant', '- id: beschluss'],
      code: 'duplicate-id',
      path: 'sections[0].questions[1]',
    },
    {
      name: 'a duplicate section id',
      change: ['- id: abschluss', '- id: allgemein'],
      code: 'duplicate-id',
      path: 'sections[2]',
    },
    {
      name: 'an option without score in a scored question',
      change: ['{ value: ja, label: Ja, score: 1 }', '{ value: ja, label: Ja }'],
      code: 'option-without-score',
      path: 'sections[0].questions[1].options[0]',
    },
    {
      name: 'a score on an option of an unscored question',
      change: ['{ value: privat, label: Privatrechtlich }', '{ value: privat, label: Privatrechtlich, score: 1 }'],
      code: 'score-on-unscored',
      path: 'sections[1].questions[1].options[1]',
    },
    {
      name: 'a reference to a missing section',
      change: ['{ section: leistungen, minItems: 1 }', '{ section: leistung, minItems: 1 }'],
      code: 'unknown-section',
      path: 'sections[2].showIf.section',
    },
    {
      name: 'a section condition on a section that is not repeatable',
      change: ['{ section: leistungen, minItems: 1 }', '{ section: allgemein, minItems: 1 }'],
      code: 'section-not-repeatable',
      path: 'sections[2].showIf.section',
    },
    {
      name: 'a reference missing from the registry',
      change: ['references: [ref-a]', 'references: [ref-x]'],
      code: 'unknown-reference',
      path: 'sections[0].questions[0].references[0]',
    },
    {
      name: 'a question without help',
      change: ['        help: Für den Bericht.\n', ''],
      code: 'missing-help',
      path: 'sections[2].questions[0]',
    },
    {
      name: 'a scored question without an action',
      change: ['        action: { text: Termin planen., owner: Hauptamt }\n', ''],
      code: 'missing-action',
      path: 'sections[0].questions[1]',
    },
    {
      name: 'an unknown field',
      change: ['weight: 3', 'gewicht: 3'],
      code: 'schema',
      path: 'sections[0].questions[0].gewicht',
    },
    {
      name: 'an unknown question type',
      change: ['type: scale', 'type: skala'],
      code: 'schema',
      path: 'sections[0].questions[0].type',
    },
    {
      name: 'a task-independent question in a repeatable section',
      change: ['        unknownAllowed: true\n', '        unknownAllowed: true\n        taskIndependent: true\n'],
      code: 'task-independent-in-repeat',
      path: 'sections[1].questions[0].taskIndependent',
    },
    {
      name: 'a guide outside the range of its number question',
      change: ['        unknownAllowed: true\n', '        unknownAllowed: true\n        guide: [{ value: -5 }]\n'],
      code: 'guide-out-of-range',
      path: 'sections[1].questions[0].guide[0].value',
    },
    {
      name: 'a guide after an unconditional one',
      change: ['        unknownAllowed: true\n', '        unknownAllowed: true\n        guide: [{ value: 1 }, { value: 2 }]\n'],
      code: 'guide-unreachable',
      path: 'sections[1].questions[0].guide[1]',
    },
    {
      name: 'a guide citing a source missing from the registry',
      change: ['        unknownAllowed: true\n', '        unknownAllowed: true\n        guide: [{ value: 1, reference: ref-x }]\n'],
      code: 'unknown-reference',
      path: 'sections[1].questions[0].guide[0].reference',
    },
    {
      name: 'a guide whose condition names an unknown option',
      change: ['        unknownAllowed: true\n', '        unknownAllowed: true\n        guide: [{ when: { question: grundlage, in: [gemischt] }, value: 1 }, { value: 2 }]\n'],
      code: 'unknown-option',
      path: 'sections[1].questions[0].guide[0].when.in[0]',
    },
    {
      name: 'a condition from outside into a repeatable section',
      change: ['{ question: beschluss, in: [nein] }', '{ question: betrag, answered: true }'],
      code: 'condition-into-repeat',
      path: 'sections[0].questions[1].showIf.question',
    },
  ])('reports $name with its code and path', ({ change, code, path }) => {
    const [from, to] = change as [string, string];
    expect(BASE_YAML).toContain(from);
    expect(issuesOf(BASE_YAML.replace(from, to))).toContainEqual({ code, path, file: 'questionnaires/q0.yaml' });
  });

  it('reports a condition cycle with the questions involved', () => {
    const yaml = BASE_YAML.replace(
      '        help: Weil es wichtig ist.\n        weight: 3',
      '        help: Weil es wichtig ist.\n        weight: 3\n        showIf: { question: geplant, in: [ja] }',
    );
    const cycle = validateYaml(yaml).issues.find((i) => i.code === 'condition-cycle');
    expect(cycle).toBeDefined();
    expect(String(cycle!.params.cycle)).toMatch(/beschluss → geplant → beschluss|geplant → beschluss → geplant/);
  });

  it('reports a condition that no answers can satisfy', () => {
    const yaml = BASE_YAML.replace(
      '{ question: beschluss, in: [nein] }',
      '{ all: [{ question: beschluss, in: [nein] }, { question: beschluss, in: [ja] }] }',
    );
    expect(issuesOf(yaml)).toContainEqual({ code: 'never-shown', path: 'sections[0].questions[1].showIf', file: 'questionnaires/q0.yaml' });
  });

  it('reports two questionnaires with the same id', () => {
    const result = validateYaml(BASE_YAML, [BASE_YAML]);
    expect(result.issues.map((i) => i.code)).toContain('duplicate-questionnaire');
  });

  it('describes an issue in one German line with file, position and path', () => {
    const issue = validateYaml(BASE_YAML.replace('{ question: beschluss, in: [nein] }', '{ question: beschlus, in: [nein] }')).issues[0]!;
    expect(describeIssue({ ...issue, line: 12, column: 9 })).toBe(
      'questionnaires/q0.yaml:12:9 sections[0].questions[1].showIf.question: Die Bedingung verweist auf die unbekannte Frage „beschlus“.',
    );
  });
});
