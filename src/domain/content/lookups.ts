// Lookups into the compiled content: the topics of the check, references by id and glossary terms found in a text.
import type { GlossaryEntry, Questionnaire, Reference } from './schema.ts';

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
