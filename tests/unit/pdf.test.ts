// The PDF renders the report model: rendered in Node, read back with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { createAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { buildReport, type ReportModel } from '../../src/domain/report/report';
import { comparePartners } from '../../src/domain/exchange/comparison';
import { renderJointPdf, renderPdf } from '../../src/report/pdf';
import type { jsPDF } from 'jspdf';
import { pdfFileName, pdfText } from '../../src/report/pdfText';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;
const versions = content.questionnaires.map((q) => ({ title: q.title, version: q.version }));

function readBack(report: ReportModel): { text: string; pages: number } {
  return readDocument(renderPdf({ report, versions, generatedAt: SCENARIO_DATE }));
}

function readDocument(doc: jsPDF): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'ikz-pdf-')), 'bericht.pdf');
  writeFileSync(file, Buffer.from(doc.output('arraybuffer')));
  // -raw keeps the reading order; whitespace is normalised because long text wraps anywhere.
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

const squash = (s: string) => pdfText(s).replace(/\s+/g, ' ').trim();

describe('PDF of a fully answered assessment', () => {
  const report = buildReport(content, scenario('bauhof'), SCENARIO_DATE);
  const { text, pages } = readBack(report);

  it('names the municipality and the report title', () => {
    expect(text).toContain(squash(report.meta.municipality));
    expect(text).toContain('Bericht zur Kooperationsbereitschaft');
  });

  it.each(['Zusammenfassung', 'Die vier Themen im Überblick', 'Empfohlene Rechtsform (SächsKomZG)', 'Umsatzsteuer (§ 2b UStG)', 'Maßnahmenplan', 'Anhang: Ihre Antworten', 'Rechtsgrundlagen und Quellen'])(
    'has the chapter „%s“',
    (chapter) => expect(text).toContain(chapter),
  );

  it('contains every topic score', () => {
    for (const topic of report.topics) expect(text).toContain(`Thema: ${topic.title} Punkte ${Math.round(topic.score!)} von 100`);
  });

  it('contains every flag and every action', () => {
    for (const flag of report.flags) expect(text).toContain(squash(flag.title));
    for (const action of report.actions) expect(text).toContain(squash(action.text).slice(0, 60));
  });

  it('contains every answered question of the appendix', () => {
    const questions = report.topics.flatMap((t) => t.sections.flatMap((s) => s.questions));
    for (const q of questions) expect(text).toContain(squash(q.text).slice(0, 50));
  });

  it('says what VAT would cost in euros for every service not judged low', () => {
    const withEuros = report.vat.services.filter((s) => s.euros);
    expect(withEuros.length).toBeGreaterThan(0);
    for (const service of withEuros) expect(text).toContain(squash(service.euros!.text).slice(0, 60));
  });

  it('shows the VAT deadline and the level in words', () => {
    expect(text).toContain(squash(report.vat.transition.text));
    expect(text).toContain(`Gesamtstufe: ${report.overall.level.name}`);
  });

  it('numbers every page as "Seite x von y"', () => {
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(60);
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
  });

  it('writes German typography exactly', () => {
    expect(text).toMatch(/„[^“]+“/);
    expect(text).toContain('§ 2b');
    expect(text).toMatch(/[äöüß]/);
  });
});

describe('PDF of odd assessments', () => {
  const longNote = 'Sehr lange Notiz mit Umlauten äöü und Zahlen 17.500 €. '.repeat(95).slice(0, 5000);
  const allUnknown = (): Assessment => {
    const a = createAssessment('unbekannt', SCENARIO_DATE);
    for (const q of content.questionnaires) {
      const answers: Record<string, string> = {};
      for (const question of q.sections.flatMap((s) => (s.repeat ? [] : s.questions))) answers[question.id] = 'weiss-nicht';
      a.responses[q.id] = { answers, items: {}, notes: {} };
    }
    return a;
  };
  const hostile = (): Assessment => {
    const a = scenario('standesamt');
    a.meta.municipality = 'Groß-„Zitat“-Gemeinde 🏛️ <script>alert(1)</script> mit einem ausgesprochen langen Namen über zwei Zeilen hinaus';
    a.meta.partners = 'Nachbarort 🌳\n"Quote" & <b>fett</b>';
    a.responses.prozesse!.notes['gemeinderatsbeschluss'] = longNote;
    return a;
  };

  it.each([
    ['an empty assessment', () => createAssessment('leer', SCENARIO_DATE)],
    ['all answers "weiß nicht"', allUnknown],
    ['quotes, emoji, HTML-like input and a 5,000-character note', hostile],
  ])('renders %s without error and with its pages numbered', (_name, make) => {
    const { text, pages } = readBack(buildReport(content, make(), SCENARIO_DATE));
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
  });

  it('keeps the whole long note and shows unknown characters visibly', () => {
    const { text } = readBack(buildReport(content, hostile(), SCENARIO_DATE));
    expect(text).toContain(squash(longNote).slice(-80));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Groß-„Zitat“-Gemeinde ?');
  });
});

describe('joint PDF of partners with unusual names', () => {
  const names = ['Groß\u202Eliamrof\u202C-Bergen 🏛️', 'Verwaltungsgemeinschaft Oberes Elbtal mit einem sehr langen Namen', 'Auental', 'Birkenau', 'Lindenthal'];
  const partners = names.map((name, i) => {
    const assessment = scenario(i % 2 ? 'bauhof' : 'standesamt');
    assessment.id = `p${i}`;
    assessment.meta.municipality = name;
    return { id: assessment.id, name, assessment, report: buildReport(content, assessment, SCENARIO_DATE) };
  });
  const { text } = readDocument(renderJointPdf({ comparison: comparePartners(content, partners), reports: partners.map((p) => p.report), generatedAt: SCENARIO_DATE }));

  it('cleans the column headers like every other text: no mojibake, no bidirectional marks', () => {
    expect(text).toContain('Groß');
    expect(text).toContain('liamrof-Bergen ?');
    expect(text).not.toMatch(/Ø|‹|ß\s*ß|[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps the title in the running header and cuts the names with an ellipsis', () => {
    expect(text).toMatch(/Groß.*… · IKZ-Check – Gemeinsamer Bericht der Partner/);
  });
});

describe('pdfText and pdfFileName', () => {
  it.each([
    ['Straße „Zitat“ – 17.500 € § 2b', 'Straße „Zitat“ – 17.500 € § 2b'],
    ['Emoji 🏛️ hier', 'Emoji ? hier'],
    ['Tab\tund\u200bunsichtbar', 'Tab undunsichtbar'],
    ['Name\u202Egnurhcsnegeg\u202C mit \u2066Isolat\u2069 und \u200Fzeichen', 'Namegnurhcsnegeg mit Isolat und zeichen'],
  ])('pdfText(%j) = %j', (input, expected) => expect(pdfText(input)).toBe(expected));

  it('prints nothing a standard PDF font lacks, whatever the input', () => {
    const printable = /^[\n\x20-\x7e\xa1-\xac\xae-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;
    const input = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'aä ß\u00a0\u00ad\u202e\t\r\n€„“🏛️e\u0301') }));
    fc.assert(
      fc.property(input, (text) => {
        expect(pdfText(text)).toMatch(printable);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it.each([
    ['Groß Düben', '2026-11-25', 'IKZ-Check_Gross-Dueben_2026-11-25.pdf'],
    ['Bad Schandau / Königstein: "Test" 🏛️', '2026-11-25', 'IKZ-Check_Bad-Schandau-Koenigstein-Test_2026-11-25.pdf'],
    ['', '2026-11-25', 'IKZ-Check_Gemeinde_2026-11-25.pdf'],
    ['../../etc/passwd', '2026-11-25', 'IKZ-Check_etc-passwd_2026-11-25.pdf'],
  ])('pdfFileName(%j, %j) = %j', (name, date, expected) => expect(pdfFileName(name, date)).toBe(expected));
});
