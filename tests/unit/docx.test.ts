// The DOCX files read back: unzipped, their document.xml, styles and document properties checked –
// real heading styles, a repeating header row on every table, visible placeholders, German language.
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../../src/domain/documents/drafts.ts';
import type { DraftDocument } from '../../src/domain/documents/model.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { renderDocx } from '../../src/report/docx.ts';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';

const content = loadRealContent();
const CREATED = new Date('2026-12-01T10:00:00Z');
const assessment = scenario('standesamt');
const drafts = buildDrafts({ content, partners: [{ name: 'Gemeinde Lindenbach', assessment, report: buildReport(content, assessment, SCENARIO_DATE) }], createdAt: CREATED });

async function unzip(document: DraftDocument): Promise<Record<string, string>> {
  const blob = await renderDocx(document, CREATED);
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of document.xml paragraph by paragraph, as a reader sees it. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe.each([
  ['Beschlussvorlage', drafts.beschlussvorlage],
  ['Gliederung der Zweckvereinbarung', drafts.outline],
])('the DOCX of the %s', (title, document) => {
  const files = unzip(document);

  it('is a Word document with its parts', async () => {
    expect(Object.keys(await files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
  });

  it('uses Word’s heading styles 1–3 for every heading, with outline levels', async () => {
    const { 'word/document.xml': xml, 'word/styles.xml': styles } = await files;
    const headings = document.blocks.filter((b) => b.kind === 'heading');
    for (const level of [1, 2, 3] as const) {
      const expected = headings.filter((h) => h.level === level).length;
      expect(xml!.match(new RegExp(`<w:pStyle w:val="Heading${level}"/>`, 'g'))?.length ?? 0).toBe(expected);
    }
    expect(paragraphs(xml!)[0]).toBe(title);
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}">.*?<w:outlineLvl w:val="${level - 1}"/>`));
  });

  it('gives every table a header row that repeats on each page', async () => {
    const xml = (await files)['word/document.xml']!;
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBe(document.blocks.filter((b) => b.kind === 'table').length);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    }
  });

  it('sets title, subject, creator and the German language in the document properties', async () => {
    const { 'docProps/core.xml': core, 'word/styles.xml': styles } = await files;
    expect(core).toContain(`<dc:title>${document.title}</dc:title>`);
    expect(core).toContain(`<dc:subject>${document.subject}</dc:subject>`);
    expect(core).toContain('<dc:creator>IKZ-Check</dc:creator>');
    expect(core).toContain('<dc:language>de-DE</dc:language>');
    expect(styles).toContain('<w:lang w:val="de-DE"/>');
  });

  it('shows every placeholder as highlighted text', async () => {
    const xml = (await files)['word/document.xml']!;
    const highlighted = [...xml.matchAll(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:highlight w:val="yellow"\/>.*?<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => m[1]);
    expect(highlighted.length).toBeGreaterThan(3);
    for (const text of highlighted) expect(text).toMatch(/^\[bitte ergänzen: .+\]$/);
  });

  it('keeps "§ 72" and its number together', async () => {
    const text = paragraphs((await files)['word/document.xml']!).join('\n');
    expect(text).toContain('§\u00a072 SächsKomZG');
    expect(text).not.toMatch(/§ \d/);
  });

  it('neither hyphenates nor spell-checks web addresses and legal abbreviations', async () => {
    const xml = (await files)['word/document.xml']!;
    const unproofed = [...xml.matchAll(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:noProof\/>.*?<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => m[1]);
    expect(unproofed).toEqual(expect.arrayContaining(['SächsKomZG', 'SächsGemO', 'UStG']));
    expect(unproofed.some((t) => t!.startsWith('https://'))).toBe(true);
    for (const text of unproofed) expect(text).toMatch(/^(?:https?:\/\/\S+|\p{L}[\p{L}\p{N}]*)$/u);
    // Ordinary words keep the hyphenation.
    expect(unproofed).not.toContain('Zweckvereinbarung');
  });
});

describe('the text of the Beschlussvorlage in Word', () => {
  it('carries the proposal, the council competence and the draft mark', async () => {
    const blob = await renderDocx(drafts.beschlussvorlage, CREATED);
    const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!);
    const text = paragraphs(xml);
    expect(text).toContain('Der Gemeinderat beschließt:');
    expect(text).toContain('Angestrebte Form der Zusammenarbeit: Delegierende Zweckvereinbarung.');
    expect(text.find((p) => p.startsWith('Über den späteren Abschluss der Zweckvereinbarung'))).toMatch(/\(§\u00a028 Abs\.\u00a02 Nr\.\u00a021 SächsGemO\)$/);
    expect(text[1]).toMatch(/^Entwurf, erstellt mit IKZ-Check/);
    expect(xml).toContain('<w:numPr>');
  });
});
