// The glossary terms of each question are found when the content is compiled, not in the browser.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import { glossaryEntriesOf, glossaryTermsIn } from '../../src/domain/content/lookups.ts';
import type { GlossaryEntry, Question } from '../../src/domain/content/schema.ts';

const root = resolve(__dirname, '../..');
const { content } = loadContent(resolve(root, 'questionnaires'), root);
const questions = content!.questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.map((question: Question) => ({ id: `${q.id}/${question.id}`, question }))));

/** What the help box did in the browser before the terms were compiled: kept here as the reference. */
function matchedInBrowser(glossary: GlossaryEntry[], question: Question): string[] {
  const text = [question.text, question.help ?? '', question.hint ?? ''].join(' ');
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return glossary
    .filter((entry) => [entry.term, ...(entry.aliases ?? [])].some((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)))
    .map((entry) => entry.term);
}

describe('glossary terms compiled into the content', () => {
  it('list for every question exactly the terms the help box used to find in the browser', () => {
    for (const { id, question } of questions) expect(question.glossaryTerms ?? [], id).toEqual(matchedInBrowser(content!.glossary, question));
  });

  it('are found in many questions, so the comparison above compares something', () => {
    expect(questions.filter(({ question }) => question.glossaryTerms?.length).length).toBeGreaterThanOrEqual(20);
  });

  it('lead back to their glossary entries in glossary order', () => {
    const [first, second] = content!.glossary;
    const question = { ...questions[0]!.question, glossaryTerms: [second!.term, first!.term] };
    expect(glossaryEntriesOf(content!.glossary, question)).toEqual([first, second]);
  });

  it('match whole words in any case, also aliases', () => {
    const glossary = [
      { term: 'Zweckvereinbarung', aliases: ['Zweckvereinbarungen'], definition: 'Vertrag.' },
      { term: 'KISA', definition: 'Zweckverband.' },
    ];
    expect(glossaryTermsIn(glossary, 'Gibt es schon ZWECKVEREINBARUNGEN?').map((e) => e.term)).toEqual(['Zweckvereinbarung']);
    expect(glossaryTermsIn(glossary, 'Die KISAnet-Anbindung')).toEqual([]);
  });
});
