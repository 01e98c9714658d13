// Lookups into the compiled content: references by id and glossary terms found in a text.
import type { GlossaryEntry, Reference } from './schema.ts';

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
