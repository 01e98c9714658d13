// The draft documents as plain data: headings, paragraphs, lists, tables, visible placeholders and
// citations. The DOCX renderer and the PDF chapter only draw this; every word is decided here or in
// questionnaires/documents.yaml.

/** A run of text. "placeholder" is a place that needs local facts, drawn as "[bitte ergänzen: …]". */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'placeholder'; text: string }
  /** A legal basis or source behind the sentence before it, e.g. "(§ 72 SächsKomZG)". */
  | { kind: 'citation'; text: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[]; style?: 'note' | 'clause' }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  /** Label–value lines of a form head, e.g. "Vorlage-Nr.: [bitte ergänzen: …]". */
  | { kind: 'fields'; fields: { label: string; value: Inline[] }[] }
  /** The first row is the header row; it repeats on every page. */
  | { kind: 'table'; caption: string; header: string[]; rows: Inline[][][] };

export type DocumentKind = 'beschlussvorlage' | 'zweckvereinbarung' | 'verbandssatzung';

export interface DraftDocument {
  kind: DocumentKind;
  /** Document title, e.g. "Beschlussvorlage"; also the title in the document properties. */
  title: string;
  /** Subject for the document properties, e.g. "Grundsatzbeschluss … – Standesamt". */
  subject: string;
  /** Keywords for the document properties. */
  keywords: string;
  /** The mark every draft carries in its head and running header: "Entwurf". */
  draftMark: string;
  /** The file name without extension, e.g. "IKZ-Check_Beschlussvorlage_Lindenbach_2026-12-01". */
  fileStem: string;
  blocks: Block[];
}

export const PLACEHOLDER_PREFIX = 'bitte ergänzen: ';
/** "[bitte ergänzen: Sitzungstermin]" as it stands in questionnaires/documents.yaml and in the documents. */
export const PLACEHOLDER_PATTERN = /\[bitte ergänzen: ([^[\]]+)\]/g;

/** The visible text of a placeholder, e.g. "[bitte ergänzen: Sitzungstermin]". */
export function placeholderText(what: string): string {
  return `[${PLACEHOLDER_PREFIX}${what}]`;
}

/** Splits a text into runs: "[bitte ergänzen: …]" becomes a placeholder, the rest stays text. */
export function inlines(text: string, kind: 'text' | 'strong' = 'text'): Inline[] {
  const result: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (match.index > last) result.push({ kind, text: text.slice(last, match.index) });
    result.push({ kind: 'placeholder', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push({ kind, text: text.slice(last) });
  return result;
}

/** The plain text of runs, as a reader sees it. */
export function plainText(content: Inline[]): string {
  return content.map((run) => run.text).join('');
}

/** Every placeholder in a document, in order. */
export function placeholdersOf(document: DraftDocument): string[] {
  const runs = document.blocks.flatMap((block): Inline[] => {
    switch (block.kind) {
      case 'paragraph':
        return block.content;
      case 'list':
        return block.items.flat();
      case 'fields':
        return block.fields.flatMap((f) => f.value);
      case 'table':
        return block.rows.flat(2);
      case 'heading':
        return [];
    }
  });
  return runs.filter((run) => run.kind === 'placeholder').map((run) => run.text);
}
