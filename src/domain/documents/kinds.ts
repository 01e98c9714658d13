// Which agreement the documents are about, from the legal form that fits best: a Zweckverband needs a
// Verbandssatzung, every other form is outlined as a Zweckvereinbarung. Small on purpose: the
// buttons on the results and comparison pages need it before the document code is loaded.
import { fillText, type TextKey } from '../content/contract.ts';
import type { DocumentsFile } from '../content/schema.ts';
import type { OutlineKind } from './documentsContract.ts';

/** What the council will later conclude: the key of texts.beschlussvorlage.vorschlag.vertrag. */
export type AgreementKind = 'zweckvereinbarung' | 'zweckverband' | 'andere';

/** Ids of questionnaires/legal-forms.yaml that are concluded as a Zweckvereinbarung (§§ 71–72 SächsKomZG). */
const ZWECKVEREINBARUNG_FORMS = ['zweckvereinbarung-delegierend', 'zweckvereinbarung-mandatierend', 'gemeinsame-dienststelle'];
const ZWECKVERBAND_FORM = 'zweckverband';
/** Every form id named here; the content check requires each in legal-forms.yaml. */
export const FORMS_READ = [...ZWECKVEREINBARUNG_FORMS, ZWECKVERBAND_FORM];

export function agreementKind(formId: string | undefined): AgreementKind {
  if (formId === ZWECKVERBAND_FORM) return 'zweckverband';
  return formId !== undefined && ZWECKVEREINBARUNG_FORMS.includes(formId) ? 'zweckvereinbarung' : 'andere';
}

export function outlineKind(formId: string | undefined): OutlineKind {
  return formId === ZWECKVERBAND_FORM ? 'verbandssatzung' : 'zweckvereinbarung';
}

/** The form most partners' answers point to; on a tie the one of the partner named first. */
export function commonForm(formIds: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of formIds) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return best;
}

/** Labels of the two documents, e.g. for buttons: "Beschlussvorlage" and "Gliederung der Zweckvereinbarung". */
export function draftTitles(documents: DocumentsFile, bestFormIds: (string | undefined)[]): { beschlussvorlage: string; outline: string } {
  return {
    beschlussvorlage: fillText(documents, BESCHLUSSVORLAGE_TITLE),
    outline: documents.outlines[outlineKind(commonForm(bestFormIds))].title,
  };
}
const BESCHLUSSVORLAGE_TITLE: TextKey<never> = { path: ['texts', 'beschlussvorlage', 'title'], params: [] };
