// Builds both draft documents – the Beschlussvorlage and the outline of the agreement – from the
// answers and reports of one municipality or of the partners of a comparison.
import { fileNameSubject, localDate } from '../assessment/names.ts';
import { fillText, type TextKey } from '../content/contract.ts';
import { composeBeschlussvorlage } from './beschlussvorlage.ts';
import { Composer, T } from './composer.ts';
import { factsOf, type DraftFacts, type DraftInput } from './draftInput.ts';
import type { DocumentKind, DraftDocument } from './model.ts';
import { composeOutline } from './outline.ts';
import { phrases } from './phrases.ts';

/** The subject of an outline may name the task (checked in documentsContract.ts). */
const OUTLINE_SUBJECT: TextKey<'aufgabe'> = { path: ['subject'], params: ['aufgabe'] };

export interface Drafts {
  beschlussvorlage: DraftDocument;
  outline: DraftDocument;
}

const FILE_LABEL: Record<DocumentKind, string> = {
  beschlussvorlage: 'Beschlussvorlage',
  zweckvereinbarung: 'Gliederung-Zweckvereinbarung',
  verbandssatzung: 'Gliederung-Verbandssatzung',
};

/** IKZ-Check_<Dokument>_<Gemeinde or "mehrere-Gemeinden">_<JJJJ-MM-TT>, like the names of answer files. */
export function draftFileStem(kind: DocumentKind, input: DraftInput): string {
  const names = input.comparison ? input.partners.map((p) => p.name) : input.partners.map((p) => p.assessment.meta.municipality);
  return `IKZ-Check_${FILE_LABEL[kind]}_${fileNameSubject(names)}_${localDate(input.createdAt)}`;
}

function draft(input: DraftInput, facts: DraftFacts, kind: DocumentKind, compose: (c: Composer) => void): DraftDocument {
  const c = new Composer(input.content);
  compose(c);
  const B = T.beschlussvorlage;
  const task = phrases(c, input, facts).task;
  const outline = kind === 'beschlussvorlage' ? undefined : input.content.documents.outlines[kind];
  const title = outline ? outline.title : c.say(B.title);
  const who = facts.municipality ?? c.names(facts.participants);
  const draftMark = c.say(T.common['draft-mark']);
  return {
    kind,
    title: who ? `${title} – ${who} (${draftMark})` : `${title} (${draftMark})`,
    subject: outline ? fillText(outline, OUTLINE_SUBJECT, { aufgabe: task }) : c.say(B.subject, { aufgabe: task }),
    keywords: c.say(B.keywords),
    draftMark,
    fileStem: draftFileStem(kind, input),
    blocks: c.blocks,
  };
}

export function buildDrafts(input: DraftInput): Drafts {
  const facts = factsOf(input);
  return {
    beschlussvorlage: draft(input, facts, 'beschlussvorlage', (c) => composeBeschlussvorlage(c, input, facts)),
    outline: draft(input, facts, facts.outline, (c) => composeOutline(c, input, facts)),
  };
}
