// Tests of the real content in questionnaires/: what the content issue requires of it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../../src/build/jsonSchema.ts';
import { loadContent } from '../../src/build/loadContent.ts';
import { isScored, optionsOf } from '../../src/domain/content/questions.ts';
import { questionnaireStats } from '../../src/domain/content/stats.ts';

const root = resolve(__dirname, '../..');
const { content, issues } = loadContent(resolve(root, 'questionnaires'), root);

describe('the questionnaires in questionnaires/', () => {
  it('pass every check', () => {
    expect(issues).toEqual([]);
  });

  it('cover the four topics in order, then the optional cost figures', () => {
    expect(content!.questionnaires.map((q) => [q.id, q.kind ?? 'bewertung'])).toEqual([
      ['prozesse', 'bewertung'],
      ['it', 'bewertung'],
      ['rechtsform', 'bewertung'],
      ['umsatzsteuer', 'bewertung'],
      ['kosten', 'zahlen'],
    ]);
  });

  it.each(content!.questionnaires.map((q) => [q.id, q] as const))('%s has 15 to 35 questions, each with help', (_id, q) => {
    const stats = questionnaireStats(q);
    expect(stats.questions).toBeGreaterThanOrEqual(15);
    // The VAT questionnaire asks up to 18 questions per service, most of them only when they matter.
    expect(stats.questions).toBeLessThanOrEqual(35);
    expect(stats.withHelp).toBe(stats.questions);
    expect(stats.conditional).toBeGreaterThanOrEqual(3);
  });

  it('cite at least 25 references in all', () => {
    const total = content!.questionnaires.reduce((n, q) => n + questionnaireStats(q).references, 0);
    expect(total).toBeGreaterThanOrEqual(25);
  });

  it('score every option of every scored question', () => {
    const unscored = content!.questionnaires.flatMap((q) =>
      q.sections.flatMap((s) =>
        s.questions
          .filter(isScored)
          .flatMap((question) => optionsOf(question).filter((o) => !o.kind && o.score === undefined).map((o) => `${q.id}/${question.id}/${o.value}`)),
      ),
    );
    expect(unscored).toEqual([]);
  });

  it('never ask the same question twice', () => {
    const texts = content!.questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.map((x) => x.text.trim().toLowerCase())));
    expect(texts.length - new Set(texts).size).toBe(0);
  });

  it('have an up-to-date questionnaires/schema.json (npm run questionnaires:schema)', () => {
    expect(readFileSync(resolve(root, 'questionnaires/schema.json'), 'utf8')).toBe(jsonSchemaText());
  });
});
