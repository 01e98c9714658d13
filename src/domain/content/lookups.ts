// Lookups into the compiled content: the topics of the check, references by id and the glossary terms a question uses.
import type { Content, GlossaryEntry, Question, Questionnaire, Reference } from './schema.ts';

/** A questionnaire of the readiness check with a score, as opposed to one that only collects figures. */
export function isTopic(questionnaire: Pick<Questionnaire, 'kind'>): boolean {
  return questionnaire.kind !== 'zahlen';
}

/** The questionnaires that are topics of the readiness check, in their order. */
export function topicsOf<Q extends Pick<Questionnaire, 'kind'>>(questionnaires: readonly Q[]): Q[] {
  return questionnaires.filter(isTopic);
}

export function referencesFor(all: Reference[], ids: string[]): Reference[] {
  return ids.flatMap((id) => all.find((r) => r.id === id) ?? []);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Glossary entries whose term or an alias occurs in the text as a whole word (any case). */
export function glossaryTermsIn(glossary: GlossaryEntry[], text: string): GlossaryEntry[] {
  return glossary.filter((entry) =>
    [entry.term, ...(entry.aliases ?? [])].some((word) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}($|[^\\p{L}\\p{N}])`, 'iu').test(text),
    ),
  );
}

/**
 * The content with each question's glossary terms (those in its text, help or hint) listed by name.
 * Runs when the content is compiled: matching ~170 terms with a Unicode regular expression each
 * would block a phone's browser for a second on every question page.
 */
export function withGlossaryTerms(content: Content): Content {
  const annotate = (question: Question): Question => {
    const terms = glossaryTermsIn(content.glossary, [question.text, question.help ?? '', question.hint ?? ''].join(' ')).map((e) => e.term);
    return terms.length ? { ...question, glossaryTerms: terms } : question;
  };
  return {
    ...content,
    questionnaires: content.questionnaires.map((q) => ({
      ...q,
      sections: q.sections.map((section) => ({ ...section, questions: section.questions.map(annotate) })),
    })),
  };
}

/** The glossary entries a compiled question uses, in glossary order. */
export function glossaryEntriesOf(glossary: GlossaryEntry[], question: Question): GlossaryEntry[] {
  const terms = question.glossaryTerms ?? [];
  return terms.length ? glossary.filter((entry) => terms.includes(entry.term)) : [];
}
