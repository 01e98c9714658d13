// The draft documents as chapters of the full PDF report, read back with pdftotext.
import { describe, expect, it } from 'vitest';
import { buildDrafts } from '../../src/domain/documents/drafts.ts';
import { plainText } from '../../src/domain/documents/model.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { FULL_REPORT_CHAPTERS, renderPdf } from '../../src/report/pdf.ts';
import { withDocuments } from '../../src/report/pdfDocuments.ts';
import { pdfText } from '../../src/report/pdfText.ts';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';
import { pdfAssets } from './pdfAssets.ts';
import { readDocument } from './readPdf.ts';

const content = loadRealContent();
const versions = content.questionnaires.map((q) => ({ title: q.title, version: q.version }));

function pdfTextOf(id: 'standesamt' | 'it-verbund', withDrafts: boolean): string {
  const assessment = scenario(id);
  const report = buildReport(content, assessment, SCENARIO_DATE);
  const drafts = buildDrafts({ content, partners: [{ name: assessment.meta.municipality, assessment, report }], createdAt: SCENARIO_DATE });
  const chapters = withDrafts ? withDocuments(FULL_REPORT_CHAPTERS, [drafts.beschlussvorlage, drafts.outline]) : FULL_REPORT_CHAPTERS;
  const doc = renderPdf({ report, versions, generatedAt: SCENARIO_DATE }, pdfAssets, chapters);
  return readDocument(doc).text;
}
const squash = (s: string) => pdfText(s).replace(/\s+/g, ' ').trim();

describe('the draft documents in the full PDF report', () => {
  const text = pdfTextOf('standesamt', true);

  it.each(['Beschlussvorlage', 'Beschlussvorschlag', 'Finanzielle Auswirkungen', 'Gliederung der Zweckvereinbarung', '§ 6 Kostenerstattung und Kostenschlüssel', '§ 14 Inkrafttreten'])('has „%s“', (heading) => {
    expect(text).toContain(heading);
  });

  it('keeps the placeholders and the sources readable', () => {
    expect(text).toContain('Vorlage-Nr. [bitte ergänzen: Vorlagennummer]');
    expect(text).toContain('(§ 28 Abs. 2 Nr. 21 SächsGemO)');
    expect(text).toContain('Formulierungsvorschlag, nicht amtlich:');
  });

  it('draws the proposal as a numbered list and the shares as a table', () => {
    const drafts = buildDrafts({ content, partners: [{ name: 'x', assessment: scenario('standesamt'), report: buildReport(content, scenario('standesamt'), SCENARIO_DATE) }], createdAt: SCENARIO_DATE });
    const proposal = drafts.beschlussvorlage.blocks.find((b) => b.kind === 'list' && b.ordered);
    if (proposal?.kind !== 'list') throw new Error('Beschlussvorschlag ohne nummerierte Liste');
    expect(text).toContain(`1. ${squash(plainText(proposal.items[0]!)).slice(0, 60)}`);
    expect(text).toMatch(/Gemeinde Hohenau 43,3 % 37\.384,03 €/);
  });

  it('comes before the answers appendix and is listed in the table of contents', () => {
    // The table of contents: title and page of each chapter, the drafts right before the appendix.
    expect(text).toMatch(/Beschlussvorlage \d+ Gliederung der Zweckvereinbarung \d+ Anhang: Ihre Antworten \d+/);
  });

  it('appears only when the documents are passed', () => {
    expect(pdfTextOf('it-verbund', true)).toContain('Gliederung der Verbandssatzung');
    expect(pdfTextOf('it-verbund', false)).not.toContain('Gliederung der Verbandssatzung');
  });
});
