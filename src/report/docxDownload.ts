// Browser side of the draft documents: builds the Beschlussvorlage or the outline of the agreement
// and renders it as DOCX. Loaded only when a document button is pressed, in its own chunk with the
// `docx` library.
import type { DraftInput } from '../domain/documents/draftInput.ts';
import { buildDrafts, type Drafts } from '../domain/documents/drafts.ts';
import { renderDocx } from './docx.ts';

export type DraftChoice = keyof Drafts;

export async function createDraftDocx(input: DraftInput, choice: DraftChoice): Promise<{ blob: Blob; fileName: string }> {
  performance.mark('ikz-docx-start');
  const document = buildDrafts(input)[choice];
  const blob = await renderDocx(document, input.createdAt);
  performance.measure('ikz-docx', 'ikz-docx-start');
  return { blob, fileName: `${document.fileStem}.docx` };
}
