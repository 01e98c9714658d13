// Words both documents use alike: the municipality, the partners, the task, the date, the note on
// top and the closing note – with a visible placeholder wherever the answers leave a gap.
import { longGermanDate } from '../dates.ts';
import { localDate } from '../assessment/names.ts';
import { Composer, T } from './composer.ts';
import type { DraftFacts, DraftInput } from './draftInput.ts';

export interface Phrases {
  municipality: string;
  partners: string;
  task: string;
  date: string;
  draftNote: string;
  closing: string;
}

export function phrases(c: Composer, input: DraftInput, facts: DraftFacts): Phrases {
  const C = T.common;
  const municipality = facts.municipality ?? c.say(facts.joint ? C['joint-municipality'] : C['unknown-municipality']);
  const date = longGermanDate(localDate(input.createdAt));
  return {
    municipality,
    partners: facts.partners.length ? c.names(facts.partners) : c.say(C['unknown-partners']),
    task: facts.tasks.length ? c.names(facts.tasks.map((aufgabe) => c.say(C['task-quoted'], { aufgabe }))) : c.say(C['unknown-task']),
    date,
    draftNote: c.say(C['draft-note'], { datum: date, wer: facts.joint ? c.names(facts.participants) : municipality }),
    closing: c.say(C.closing, { rechtsstand: facts.lead.legalStatus.text }),
  };
}

/** "Gliederung der Zweckvereinbarung" or "Gliederung der Verbandssatzung". */
export function outlineTitle(input: DraftInput, facts: DraftFacts): string {
  return input.content.documents.outlines[facts.outline].title;
}
