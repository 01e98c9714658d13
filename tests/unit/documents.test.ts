// The draft documents as data: which blocks appear for which legal form, task, VAT and cost
// situation, that every gap is a visible placeholder and that legal statements carry their source.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/assessment.ts';
import { buildDrafts, type Drafts } from '../../src/domain/documents/drafts.ts';
import { PLACEHOLDER_PATTERN, placeholdersOf, plainText, type Block, type DraftDocument, type Inline } from '../../src/domain/documents/model.ts';
import { comparePartners } from '../../src/domain/exchange/comparison.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { scenario, SCENARIO_DATE, withAnswer, type Scenario } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';

const content = loadRealContent();
const CREATED = new Date('2026-12-01T10:00:00');

function single(assessment: Assessment): Drafts {
  const report = buildReport(content, assessment, SCENARIO_DATE);
  return buildDrafts({ content, partners: [{ name: assessment.meta.municipality, assessment, report }], createdAt: CREATED });
}

function joint(assessments: Assessment[]): Drafts {
  const partners = assessments.map((assessment) => ({ id: assessment.id, name: assessment.meta.municipality, assessment, report: buildReport(content, assessment, SCENARIO_DATE) }));
  return buildDrafts({ content, partners, comparison: comparePartners(content, partners), createdAt: CREATED });
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return plainText(block.content);
    case 'list':
      return block.items.map(plainText).join('\n');
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${plainText(f.value)}`).join('\n');
    case 'table':
      return [block.caption, block.header.join(' | '), ...block.rows.map((r) => r.map(plainText).join(' | '))].join('\n');
  }
}

const text = (doc: DraftDocument) => doc.blocks.map(blockText).join('\n');

/** The blocks from a level-2 heading up to the next one. */
function chapter(doc: DraftDocument, heading: string): Block[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.level === 2 && b.text === heading);
  expect(start, `Kapitel „${heading}“`).toBeGreaterThanOrEqual(0);
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level <= 2);
  return doc.blocks.slice(start + 1, end === -1 ? undefined : end);
}
const chapterText = (doc: DraftDocument, heading: string) => chapter(doc, heading).map(blockText).join('\n');

function proposalItems(doc: DraftDocument): string[] {
  const list = chapter(doc, 'Beschlussvorschlag').find((b) => b.kind === 'list');
  expect(list?.kind === 'list' && list.ordered).toBe(true);
  return list!.kind === 'list' ? list!.items.map(plainText) : [];
}

const runsOf = (doc: DraftDocument): Inline[] =>
  doc.blocks.flatMap((b): Inline[] => (b.kind === 'paragraph' ? b.content : b.kind === 'list' ? b.items.flat() : b.kind === 'fields' ? b.fields.flatMap((f) => f.value) : b.kind === 'table' ? b.rows.flat(2) : []));

describe('Beschlussvorlage and outline for the three scenarios', () => {
  const rows: {
    id: Scenario['id'];
    outline: string;
    form: string;
    vertrag: string;
    approval: boolean;
    funding: boolean;
    vat: string;
    costs: 'berechnet' | 'offen';
    taskItem?: string;
  }[] = [
    {
      id: 'standesamt',
      outline: 'Gliederung der Zweckvereinbarung',
      form: 'Delegierende Zweckvereinbarung',
      vertrag: 'eine Zweckvereinbarung',
      approval: true,
      funding: false,
      vat: 'Standesamt für Nachbarort: Risiko gering',
      costs: 'berechnet',
      taskItem: 'mit Wirkung zum 1. Januar [bitte ergänzen: Jahr]',
    },
    {
      id: 'it-verbund',
      outline: 'Gliederung der Verbandssatzung',
      form: 'Zweckverband',
      vertrag: 'eine Verbandssatzung zur Bildung eines Zweckverbands',
      approval: true,
      funding: true,
      vat: 'IT-Betreuung für Mitgliedsgemeinden: Risiko hoch',
      costs: 'offen',
    },
    {
      id: 'bauhof',
      outline: 'Gliederung der Zweckvereinbarung',
      form: 'Mandatierende Zweckvereinbarung',
      vertrag: 'eine Zweckvereinbarung',
      approval: false,
      funding: false,
      vat: 'Mäharbeiten und Grünpflege für Kleinwalde: Risiko hoch',
      costs: 'offen',
    },
  ];

  describe.each(rows)('$id', (row) => {
    const drafts = single(scenario(row.id));
    const vorlage = drafts.beschlussvorlage;
    const items = proposalItems(vorlage);

    it('proposes the recommended form and the mandate to negotiate the matching agreement', () => {
      expect(items[1]).toBe(`Angestrebte Form der Zusammenarbeit: ${row.form}.`);
      expect(items[2]).toContain(`Verhandlungen über ${row.vertrag} aufzunehmen`);
      expect(items.some((i) => i.includes('dem Gemeinderat zur Beschlussfassung vorgelegt'))).toBe(true);
      expect(items.at(-1)).toMatch(/^Der Bürgermeister \/ die Bürgermeisterin berichtet dem Gemeinderat/);
    });

    it(`involves the Rechtsaufsichtsbehörde only when the form needs approval (${row.approval})`, () => {
      expect(items[2]!.includes('Rechtsaufsichtsbehörde ist frühzeitig einzubeziehen')).toBe(row.approval);
    });

    it(`asks to check funding only when the answers say so (${row.funding})`, () => {
      expect(items.some((i) => i.includes('FR-Regio'))).toBe(row.funding);
    });

    it('adds the task-specific item of the resolution where a task profile has one', () => {
      expect(items.some((i) => row.taskItem !== undefined && i.includes(row.taskItem))).toBe(row.taskItem !== undefined);
    });

    it('says the VAT verdict per service', () => {
      expect(chapterText(vorlage, 'Umsatzsteuer')).toContain(row.vat);
    });

    it(`shows the figures or asks for them (${row.costs})`, () => {
      const finances = chapter(vorlage, 'Finanzielle Auswirkungen');
      const tables = finances.filter((b) => b.kind === 'table');
      if (row.costs === 'berechnet') {
        expect(tables.map((t) => (t.kind === 'table' ? t.caption : ''))).toEqual([
          'Laufende Kosten der Kooperation im Jahr',
          'Einmalige Kosten',
          'Anteile der Partner nach dem Schlüssel „nach Einwohnern“',
        ]);
      } else {
        expect(tables).toEqual([]);
        expect(chapterText(vorlage, 'Finanzielle Auswirkungen')).toContain('[bitte ergänzen: laufende Kosten heute und in der Kooperation');
      }
      expect(chapterText(vorlage, 'Finanzielle Auswirkungen')).toContain('Die Mittel stehen unter Haushaltsvorbehalt.');
    });

    it('is marked as a draft and names the council competence for both decisions', () => {
      expect(vorlage.title).toMatch(/^Beschlussvorlage – .* \(Entwurf\)$/);
      expect(plainText((vorlage.blocks[1] as Extract<Block, { kind: 'paragraph' }>).content)).toMatch(/^Entwurf, erstellt mit IKZ-Check am 1\. Dezember 2026/);
      const legal = chapterText(vorlage, 'Rechtsgrundlagen');
      expect(legal).toContain('(§ 28 Abs. 1 SächsGemO)');
      expect(legal).toContain('(§ 28 Abs. 2 Nr. 21 SächsGemO)');
      expect(legal).toContain('nicht übertragen');
    });

    it(`outlines the agreement that fits: ${row.outline}`, () => {
      expect(drafts.outline.blocks[0]).toEqual({ kind: 'heading', level: 1, text: row.outline });
    });
  });
});

describe('the outline of a Verbandssatzung', () => {
  const outline = single(scenario('it-verbund')).outline;
  const points = outline.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 2);
  const leads = outline.blocks.flatMap((b) => (b.kind === 'paragraph' && b.content[0]?.kind === 'strong' && b.content[0].text.startsWith('Was zu regeln ist') ? [b.content[0].text] : []));

  it('marks exactly the seven items of § 48 with § 11 Abs. 2 SächsKomZG as Pflicht, first', () => {
    expect(leads.slice(0, 7).every((l) => l === 'Was zu regeln ist (Pflicht): ')).toBe(true);
    expect(leads.filter((l) => l.includes('(Pflicht)'))).toHaveLength(7);
    expect(points.slice(0, 7).map((p) => p.text)).toEqual([
      '§ 1 Verbandsmitglieder',
      '§ 2 Aufgaben des Verbands',
      '§ 3 Name und Sitz',
      '§ 4 Verfassung und Verwaltung',
      '§ 5 Deckung des Finanzbedarfs',
      '§ 6 Öffentliche Bekanntmachungen',
      '§ 7 Abwicklung bei Auflösung',
    ]);
    expect(text(outline)).toContain('(§ 11 Abs. 2 SächsKomZG; § 60 SächsKomZG)');
  });
});

describe('the outline of a Zweckvereinbarung', () => {
  const outline = single(scenario('standesamt')).outline;
  const all = text(outline);

  it('has every point the agreement must or should regulate, in order', () => {
    const points = outline.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 && b.text.startsWith('§') ? [b.text] : []));
    expect(points).toEqual([
      '§ 1 Beteiligte',
      '§ 2 Aufgabe und Gebiet',
      '§ 3 Übertragung oder Erledigung im Auftrag',
      '§ 4 Wer die Aufgabe erledigt',
      '§ 5 Bescheide, Gebühren und Satzungen',
      '§ 6 Kostenerstattung und Kostenschlüssel',
      '§ 7 Mitsprache und gemeinsamer Ausschuss',
      '§ 8 Laufzeit',
      '§ 9 Aufhebung, Ausscheiden und Kündigung',
      '§ 10 Auseinandersetzung: Personal, Vermögen und Daten',
      '§ 11 Haftung',
      '§ 12 Datenschutz',
      '§ 13 Genehmigung und Bekanntmachung',
      '§ 14 Inkrafttreten',
    ]);
  });

  it('says plainly that the statute has no Kündigung and what is legally open', () => {
    expect(all).toContain('Eine Kündigung sieht das Gesetz nicht vor.');
    expect(all).toContain('ist rechtlich nicht abschließend geklärt – fragen Sie die Landesdirektion Sachsen');
  });

  it('offers the VAT clause as an unofficial wording proposal', () => {
    const clause = outline.blocks.find((b) => b.kind === 'paragraph' && b.style === 'clause');
    expect(clause && blockText(clause)).toMatch(/^Formulierungsvorschlag, nicht amtlich: „Soweit Leistungen nach dieser Vereinbarung der Umsatzsteuer unterliegen/);
  });

  it('names the Standesamt rules: only on 1 January and with the consent of the Landesdirektion', () => {
    expect(chapterText(outline, '§ 14 Inkrafttreten')).toContain('Für die Aufgabe „Standesamt“: Ein gemeinsamer Standesamtsbezirk kann nur mit Wirkung zum 1. Januar');
    expect(chapterText(outline, '§ 14 Inkrafttreten')).toContain('(§ 2 SächsAGPStG; § 72 SächsKomZG)');
  });

  it('shows what the answers say and the cost shares under the cost point', () => {
    const costs = chapterText(outline, '§ 6 Kostenerstattung und Kostenschlüssel');
    expect(costs).toContain('Kostenschlüssel: Nach Einwohnern');
    expect(costs).toMatch(/Gemeinde Hohenau \| 43,3\s% \| 37\.384,03\s€/);
    expect(chapterText(outline, '§ 13 Genehmigung und Bekanntmachung')).toContain(
      'Die empfohlene Form braucht die Genehmigung. Zuständig ist nach den Angaben: Landratsamt Ihres Landkreises als Rechtsaufsichtsbehörde.',
    );
  });

  it('lists an answer "weiß nicht" under what is still open, not under what the answers say', () => {
    const open = single(withAnswer(scenario('standesamt'), 'rechtsform', 'dauer', 'weiss-nicht')).outline;
    const laufzeit = chapter(open, '§ 8 Laufzeit').map(blockText);
    const saysAt = laufzeit.indexOf('Was Ihre Angaben schon sagen:');
    const openAt = laufzeit.indexOf('Was noch offen ist:');
    expect(laufzeit[saysAt + 1]).toBe('Dazu enthalten die Angaben in IKZ-Check noch nichts.');
    expect(laufzeit[openAt + 1]).toMatch(/^Laufzeit: Weiß nicht\n\[bitte ergänzen: /);
  });

  it('adds the Kasse rules to the approval point when the task is Kasse und Vollstreckung', () => {
    const kasse = structuredClone(scenario('bauhof'));
    kasse.meta.tasks = ['Kasse und Vollstreckung'];
    expect(chapterText(single(kasse).outline, '§ 13 Genehmigung und Bekanntmachung')).toContain('zeigt sie den Beschluss der Rechtsaufsichtsbehörde an');
  });
});

describe('gaps and sources', () => {
  const documents = ['standesamt', 'it-verbund', 'bauhof'].flatMap((id) => Object.values(single(scenario(id as Scenario['id']))));

  it.each(documents.map((d) => [d.fileStem, d] as const))('%s marks every gap as „[bitte ergänzen: …]“ and nothing else in brackets', (_, doc) => {
    const placeholders = placeholdersOf(doc);
    expect(placeholders.length).toBeGreaterThan(3);
    for (const p of placeholders) expect(p).toMatch(/^\[bitte ergänzen: [^[\]]+\]$/);
    for (const run of runsOf(doc).filter((r) => r.kind !== 'placeholder')) expect(run.text).not.toMatch(/\[bitte|ergänzen:/);
  });

  it.each(documents.map((d) => [d.fileStem, d] as const))('%s lists every cited source at the end', (_, doc) => {
    const cited = runsOf(doc).filter((r) => r.kind === 'citation').flatMap((r) => r.text.slice(1, -1).split('; '));
    expect(cited.length).toBeGreaterThan(10);
    const sources = chapterText(doc, 'Verzeichnis der Rechtsgrundlagen und Quellen');
    for (const citation of new Set(cited)) expect(sources).toContain(`${citation} – `);
    if (doc.kind === 'beschlussvorlage') expect(sources).toContain('§ 28 Abs. 1 SächsGemO – Der Gemeinderat legt die Grundsätze');
  });

  it('puts the legal basis behind every statement of documents.yaml', () => {
    const paragraphs = documents.filter((d) => d.kind === 'beschlussvorlage').flatMap((d) => d.blocks);
    for (const [id, statement] of Object.entries(content.documents.statements)) {
      const paragraph = paragraphs.find((b) => b.kind === 'paragraph' && plainText(b.content).startsWith(statement.text));
      expect(paragraph, id).toBeDefined();
      const last = (paragraph as Extract<Block, { kind: 'paragraph' }>).content.at(-1)!;
      expect(last.kind, id).toBe('citation');
    }
  });

  it('asks for the municipality where the answers do not name it', () => {
    const unnamed = structuredClone(scenario('standesamt'));
    unnamed.meta.municipality = '';
    const vorlage = single(unnamed).beschlussvorlage;
    expect(text(vorlage)).toContain('Gemeinde: [bitte ergänzen: Name der Gemeinde]');
    expect(vorlage.fileStem).toBe('IKZ-Check_Beschlussvorlage_ohne-Namen_2026-12-01');
  });

  it('finds every placeholder with the pattern the renderers rely on', () => {
    expect('a [bitte ergänzen: x] b [bitte ergänzen: y]'.match(PLACEHOLDER_PATTERN)).toEqual(['[bitte ergänzen: x]', '[bitte ergänzen: y]']);
  });
});

describe('documents for the partners of a comparison', () => {
  const lindenbach = scenario('standesamt');
  const hohenau = structuredClone(lindenbach);
  hohenau.id = 'hohenau';
  hohenau.meta.municipality = 'Gemeinde Hohenau';
  const drafts = joint([lindenbach, hohenau]);
  const vorlage = drafts.beschlussvorlage;

  it('leaves the deciding municipality open and names all partners', () => {
    expect(text(vorlage)).toContain('Gemeinde: [bitte ergänzen: Name der beschließenden Gemeinde]');
    expect(proposalItems(vorlage)[0]).toContain('Vorgesehene Partner: Gemeinde Lindenbach und Gemeinde Hohenau.');
    expect(vorlage.fileStem).toBe('IKZ-Check_Beschlussvorlage_mehrere-Gemeinden_2026-12-01');
    expect(drafts.outline.fileStem).toBe('IKZ-Check_Gliederung-Zweckvereinbarung_mehrere-Gemeinden_2026-12-01');
  });

  it('shows the joint level and each partner’s state', () => {
    expect(text(vorlage)).toContain('Gemeinsame Stufe: „Startklar“.');
    const table = chapter(vorlage, 'Sachverhalt und Begründung').find((b) => b.kind === 'table');
    expect(table && blockText(table)).toMatch(/^Stand der Partner nach IKZ-Check\nPartner \| Stufe \| Punkte \(0–100\) \| Offene K\.-o\.-Kriterien\nGemeinde Lindenbach \| Startklar \| 90 \| keine\nGemeinde Hohenau/);
  });

  it('shows each partner’s own share from its own figures, one row per partner', () => {
    const finances = chapterText(vorlage, 'Finanzielle Auswirkungen');
    expect(finances).toContain('Die Übersicht zeigt ihren Anteil nach ihren eigenen Annahmen');
    expect(finances).toMatch(/Anteil jeder Gemeinde nach ihren eigenen Zahlen\n.*\nGemeinde Lindenbach \| 56,7\s% \| 48\.985,97\s€.*\nGemeinde Hohenau \| 56,7\s%/);
  });

  it('answers per partner in the outline', () => {
    expect(chapterText(drafts.outline, '§ 8 Laufzeit')).toContain('Laufzeit: Gemeinde Lindenbach: Unbefristet, auf Dauer angelegt; Gemeinde Hohenau: Unbefristet, auf Dauer angelegt');
  });

  it('says so when the partners’ answers point to different forms, and follows the majority', () => {
    const differing = joint([lindenbach, hohenau, scenario('bauhof')]);
    expect(text(differing.beschlussvorlage)).toContain('Die Partner kommen nach ihren Angaben zu verschiedenen Empfehlungen');
    expect(proposalItems(differing.beschlussvorlage)[1]).toBe('Angestrebte Form der Zusammenarbeit: Delegierende Zweckvereinbarung.');
  });
});
