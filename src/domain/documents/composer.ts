// Writes a document block by block from the texts of questionnaires/documents.yaml: fills their
// placeholders, turns "[bitte ergänzen: …]" into visible placeholders, puts the legal basis behind
// each statement and lists every cited source at the end.
import { fillText, textKeys, type TextKey } from '../content/contract.ts';
import type { Content, Reference } from '../content/schema.ts';
import { SOURCE_NOT_CHECKED } from '../report/wording.ts';
import { DOCUMENT_TEXT_TREE, type StatementId } from './documentsContract.ts';
import { inlines, type Block, type Inline } from './model.ts';
import type { AnswerReading } from './draftInput.ts';

export const T = textKeys(DOCUMENT_TEXT_TREE).texts;

export interface Statement {
  text: string;
  references: string[];
}

type Text = string | Inline[];
const runs = (text: Text): Inline[] => (typeof text === 'string' ? inlines(text) : text);

export class Composer {
  readonly blocks: Block[] = [];
  private readonly cited = new Set<string>();
  private readonly references: Map<string, Reference>;

  constructor(readonly content: Content) {
    this.references = new Map(content.references.map((r) => [r.id, r]));
  }

  say<P extends string>(key: TextKey<P>, params?: Record<P, string | number>): string {
    return fillText(this.content.documents, key, params);
  }

  /** A statement of documents.yaml; the content check guarantees that it exists. */
  law(id: StatementId): Statement {
    const statement = this.content.documents.statements[id];
    if (!statement) throw new Error(`Aussage fehlt: statements.${id}`);
    return statement;
  }

  /** "A, B und C". */
  names(list: string[]): string {
    if (list.length <= 1) return list.join('');
    return `${list.slice(0, -1).join(', ')} ${this.say(T.common.and)} ${list[list.length - 1]}`;
  }

  /** "(§ 71 Abs. 1 SächsKomZG; § 72 SächsKomZG)", remembered for the list of sources. */
  citation(ids: string[]): Inline[] {
    const known = ids.flatMap((id) => this.references.get(id) ?? []);
    if (known.length === 0) return [];
    for (const r of known) this.cited.add(r.id);
    return [{ kind: 'text', text: ' ' }, { kind: 'citation', text: `(${known.map((r) => r.citation).join('; ')})` }];
  }

  /** A statement's text followed by its legal basis. */
  cite(statement: Statement): Inline[] {
    return [...inlines(statement.text), ...this.citation(statement.references)];
  }

  heading(level: 1 | 2 | 3, text: string): void {
    this.blocks.push({ kind: 'heading', level, text });
  }

  paragraph(text: Text, options: { lead?: string; style?: 'note' | 'clause' } = {}): void {
    const lead: Inline[] = options.lead ? [{ kind: 'strong', text: `${options.lead}: ` }] : [];
    this.blocks.push({ kind: 'paragraph', content: [...lead, ...runs(text)], ...(options.style && { style: options.style }) });
  }

  statement(statement: Statement, lead?: string): void {
    this.paragraph(this.cite(statement), lead ? { lead } : {});
  }

  list(items: Text[], ordered = false): void {
    if (items.length) this.blocks.push({ kind: 'list', ordered, items: items.map(runs) });
  }

  fields(fields: [string, Text][]): void {
    this.blocks.push({ kind: 'fields', fields: fields.map(([label, value]) => ({ label, value: runs(value) })) });
  }

  table(caption: string, header: string[], rows: Text[][]): void {
    this.blocks.push({ kind: 'table', caption, header, rows: rows.map((row) => row.map(runs)) });
  }

  /** "Laufzeit: Befristet auf fünf Jahre" – for the group "Laufzeit: A: …; B: …". */
  answerLine(label: string, readings: AnswerReading[], joint: boolean): string {
    const text = (r: AnswerReading) => r.text || this.say(T.common['no-answer']);
    const antwort = joint ? readings.map((r) => this.say(T.common['answer-partner'], { partner: r.partner, antwort: text(r) })).join('; ') : text(readings[0]!);
    return this.say(T.common.answer, { frage: label, antwort });
  }

  /** The list of every source cited so far, in the order of references.yaml. */
  sources(): void {
    const cited = this.content.references.filter((r) => this.cited.has(r.id));
    if (cited.length === 0) return;
    this.heading(2, this.say(T.common['sources-heading']));
    this.list(
      cited.map((r) => {
        const line = this.say(T.common['source-line'], { zitat: r.citation, titel: r.title, quelle: r.source });
        const checked = r.unverified ? ` (${SOURCE_NOT_CHECKED})` : '';
        const url = r.url ? ` ${this.say(T.common['source-url'], { url: r.url })}` : '';
        return [{ kind: 'text', text: `${line}${checked}.${url}` }];
      }),
    );
  }
}
