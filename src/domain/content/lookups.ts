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

/** The texts a question shows without opening its help: its text, hint, "Ja" criteria and options. */
function visibleTextOf(question: Question): string {
  const options = 'options' in question ? question.options.flatMap((o) => [o.label, o.hint ?? '']) : [];
  return [question.text, question.hint ?? '', ...(question.criteria ?? []), ...options].join(' ');
}

/**
 * The content with each question's glossary terms listed by name: `glossaryTerms` those anywhere
 * in the question, `visibleGlossaryTerms` those in what it shows without opening its help (so
 * they can be explained right there). Runs when the content is compiled: matching ~170 terms with
 * a Unicode regular expression each would block a phone's browser for a second on every question page.
 */
export function withGlossaryTerms(content: Content): Content {
  const termsIn = (text: string) => glossaryTermsIn(content.glossary, text).map((e) => e.term);
  const annotate = (question: Question): Question => {
    const visible = termsIn(visibleTextOf(question));
    const all = termsIn([visibleTextOf(question), question.help ?? ''].join(' '));
    if (!all.length) return question;
    return { ...question, glossaryTerms: all, ...(visible.length ? { visibleGlossaryTerms: visible } : {}) };
  };
  return {
    ...content,
    questionnaires: content.questionnaires.map((q) => ({
      ...q,
      sections: q.sections.map((section) => ({ ...section, questions: section.questions.map(annotate) })),
    })),
  };
}

/**
 * The glossary entries a compiled question uses, in glossary order: all of them, those it shows
 * without opening its help ("visible"), or those only its help text uses ("help").
 */
export function glossaryEntriesOf(glossary: GlossaryEntry[], question: Question, where: 'all' | 'visible' | 'help' = 'all'): GlossaryEntry[] {
  const visible = question.visibleGlossaryTerms ?? [];
  const terms = where === 'visible' ? visible : (question.glossaryTerms ?? []).filter((t) => where === 'all' || !visible.includes(t));
  return terms.length ? glossary.filter((entry) => terms.includes(entry.term)) : [];
}

/** The anchor of a term on the glossary page, e.g. "begriff-art-26-dsgvo". */
export function glossaryAnchor(term: string): string {
  const slug = term
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `begriff-${slug}`;
}
