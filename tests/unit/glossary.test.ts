// The glossary terms of each question are found when the content is compiled, not in the browser.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import { glossaryAnchor, glossaryEntriesOf, glossaryTermsIn } from '../../src/domain/content/lookups.ts';
import type { GlossaryEntry, Question } from '../../src/domain/content/schema.ts';

const root = resolve(__dirname, '../..');
const { content } = loadContent(resolve(root, 'questionnaires'), root);
const questions = content!.questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.map((question: Question) => ({ id: `${q.id}/${question.id}`, question }))));

/** What the help box did in the browser before the terms were compiled: kept here as the reference. */
function matchedInBrowser(glossary: GlossaryEntry[], question: Question, withHelp = true): string[] {
  const options = 'options' in question ? question.options.flatMap((o) => [o.label, o.hint ?? '']) : [];
  const text = [question.text, withHelp ? (question.help ?? '') : '', question.hint ?? '', ...(question.criteria ?? []), ...options].join(' ');
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return glossary
    .filter((entry) => [entry.term, ...(entry.aliases ?? [])].some((word) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)))
    .map((entry) => entry.term);
}

describe('glossary terms compiled into the content', () => {
  it('list for every question exactly the terms the help box used to find in the browser', () => {
    for (const { id, question } of questions) expect(question.glossaryTerms ?? [], id).toEqual(matchedInBrowser(content!.glossary, question));
  });

  it('mark the terms a question shows without opening its help: text, hint, "Ja" criteria and options', () => {
    for (const { id, question } of questions) expect(question.visibleGlossaryTerms ?? [], id).toEqual(matchedInBrowser(content!.glossary, question, false));
    expect(questions.filter(({ question }) => question.visibleGlossaryTerms?.length).length).toBeGreaterThanOrEqual(20);
  });

  it('split into those shown with the question and those only in its help', () => {
    const glossary = content!.glossary;
    const [a, b, c] = glossary;
    const question = { ...questions[0]!.question, glossaryTerms: [a!.term, b!.term, c!.term], visibleGlossaryTerms: [b!.term] };
    expect(glossaryEntriesOf(glossary, question, 'visible')).toEqual([b]);
    expect(glossaryEntriesOf(glossary, question, 'help')).toEqual([a, c]);
    expect(glossaryEntriesOf(glossary, question)).toEqual([a, b, c]);
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

describe('the glossary page', () => {
  it.each([
    { term: 'Zweckvereinbarung', anchor: 'begriff-zweckvereinbarung' },
    { term: 'Sächsisches Verwaltungsnetz', anchor: 'begriff-saechsisches-verwaltungsnetz' },
    { term: 'Art. 26 DSGVO', anchor: 'begriff-art-26-dsgvo' },
    { term: '§ 2b UStG', anchor: 'begriff-2b-ustg' },
  ])('links to "$term" as #$anchor', ({ term, anchor }) => expect(glossaryAnchor(term)).toBe(anchor));

  it('gives every term of the real glossary its own anchor', () => {
    const anchors = content!.glossary.map((e) => glossaryAnchor(e.term));
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
