// The PDFs render the report model: rendered in Node with the fonts and hyphenation the browser
// loads, read back with pdftotext (poppler-utils), page by page.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { createAssessment, type Assessment } from '../../src/domain/assessment/assessment';
import { comparePartners } from '../../src/domain/exchange/comparison';
import { buildReport, topActions, type ReportModel } from '../../src/domain/report/report';
import { HEADINGS, legalFormTitle, riskText } from '../../src/domain/report/wording';
import { renderBlankQuestionnaire } from '../../src/report/blankQuestionnaire';
import { renderJointPdf } from '../../src/report/jointPdf';
import { renderCouncilPdf, renderPdf } from '../../src/report/pdf';
import { pdfFileName, pdfText } from '../../src/report/pdfText';
import { SCENARIOS, scenario, SCENARIO_DATE } from '../fixtures/scenarios';
import { pdfAssets } from './pdfAssets';
import { readDocument } from './readPdf';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;
const versions = content.questionnaires.map((q) => ({ title: q.title, version: q.version }));

const full = (report: ReportModel) => readDocument(renderPdf({ report, versions, generatedAt: SCENARIO_DATE }, pdfAssets));
const council = (report: ReportModel) => readDocument(renderCouncilPdf({ report, versions, generatedAt: SCENARIO_DATE }, pdfAssets));

/** Letters and digits only: line breaks, hyphenation and no-break spaces do not matter. */
const letters = (s: string) => pdfText(s).replace(/[^\p{L}\p{N}]/gu, '');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const squash = (s: string) => pdfText(s).replace(/\s+/g, ' ').trim();

/** Every word of the model's texts: a word broken at a line end without a hyphen is not among them. */
function wordsOf(report: ReportModel): Set<string> {
  return new Set(JSON.stringify(report).match(/\p{L}+/gu));
}

/** Pairs (end of a line, start of the next) that join to a word of the model when the end alone is none. */
function brokenWords(pages: string[], words: Set<string>): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    const lines = page.split('\n');
    for (let i = 0; i < lines.length - 1; i++) {
      const end = /(\p{L}+)$/u.exec(lines[i]!)?.[1];
      const start = /^(\p{L}+)/u.exec(lines[i + 1]!)?.[1];
      if (end && start && !words.has(end) && words.has(end + start)) broken.push(`${end}|${start}`);
    }
  }
  return broken;
}

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('PDFs of the scenario %s', (id) => {
  const report = buildReport(content, scenario(id), SCENARIO_DATE);
  const fullPdf = full(report);
  const councilPdf = council(report);

  it('the council version fits on six pages and leads with the decision requested', () => {
    expect(councilPdf.pages.length).toBeLessThanOrEqual(6);
    const first = squash(councilPdf.pages[0]!);
    expect(first).toContain('Was der Gemeinderat jetzt beschließen soll');
    expect(letters(first)).toContain(letters(report.overall.councilRequest!));
    expect(first).toContain(`Gesamtstufe: ${report.overall.level.name}`);
  });

  it('the council summary fits on the first page and names the showstoppers, the legal form, the VAT verdict per service and the costs', () => {
    expect(councilPdf.pages[1]!.startsWith(HEADINGS.topics)).toBe(true);
    const summaryText = letters(councilPdf.pages[0]!);
    for (const flag of report.flags.filter((f) => f.severity === 'showstopper')) expect(summaryText).toContain(letters(flag.title));
    expect(summaryText).toContain(letters(legalFormTitle(report.legalForms.ranked[0]!)));
    expect(summaryText).toContain(letters(report.legalForms.councilDecision.text));
    // Said on the summary page, not again in the legal-form chapter of the same six pages.
    expect(occurrences(letters(councilPdf.text), letters(report.legalForms.councilDecision.text))).toBe(1);
    expect(occurrences(letters(councilPdf.text), letters(report.legalForms.authorityText))).toBeLessThanOrEqual(1);
    for (const service of report.vat.services) {
      expect(summaryText).toContain(letters(`${service.serviceName}: ${riskText(service.risk)}.`));
      if (service.euros) expect(summaryText).toContain(letters(service.euros.text));
    }
    for (const line of report.costs?.summary ?? []) expect(summaryText).toContain(letters(line));
  });

  it('the council version names every urgent step once: the first in the summary, the others after it', () => {
    const all = letters(councilPdf.text);
    const urgent = report.actions.filter((a) => a.priority === 'hoch');
    expect(letters(councilPdf.pages[0]!)).toContain(letters(topActions(report.actions)[0]!.text));
    for (const action of urgent) expect(occurrences(all, letters(action.text))).toBe(1);
  });

  it('the full report has a table of contents whose page numbers lead to the chapters', () => {
    const toc = fullPdf.pages[1]!.split('\n');
    expect(toc[0]).toBe('Inhalt');
    expect(fullPdf.margins[1]!.split('\n')[0]).toMatch(/ Inhalt$/);
    const entries = toc.flatMap((line) => {
      const match = /^(.+?) (\d+)$/.exec(line.trim());
      return match ? [{ title: match[1]!, page: Number(match[2]) }] : [];
    });
    const chapters = [HEADINGS.summary, HEADINGS.topics, HEADINGS.legalForms, HEADINGS.vat, HEADINGS.actions, HEADINGS.answers, HEADINGS.sources];
    for (const chapter of chapters) expect(entries.map((e) => e.title)).toContain(pdfText(chapter));
    expect(entries.length).toBeGreaterThan(chapters.length);
    // The heading stands on that page (headers and footers left out).
    for (const entry of entries) expect(fullPdf.pages[entry.page - 1]!.replace(/\s+/g, ' ')).toContain(entry.title);
  });

  it('prints every step of the plan once after the summary', () => {
    const start = (heading: string) => fullPdf.pages.findIndex((p) => p.startsWith(heading));
    const afterSummary = letters(fullPdf.pages.slice(start(HEADINGS.topics)).join(' '));
    const plan = letters(fullPdf.pages.slice(start(HEADINGS.actions), start(HEADINGS.answers)).join(' '));
    expect(plan.length).toBeGreaterThan(0);
    for (const action of report.actions) {
      expect(occurrences(afterSummary, letters(action.text))).toBe(1);
      expect(plan).toContain(letters(action.text).slice(0, 40));
    }
  });

  it('breaks no word without a hyphen, in running text and in table cells', () => {
    const words = wordsOf(report);
    expect(brokenWords(fullPdf.pages, words)).toEqual([]);
    expect(brokenWords(councilPdf.pages, words)).toEqual([]);
    // Hyphenation is at work: some line ends with a hyphen inside a word.
    expect(fullPdf.pages.join('\n')).toMatch(/\p{Ll}-\n\p{Ll}/u);
  });

  it('never ends a line with "§", "Abs.", "Nr." or "Art." and never starts one with a unit', () => {
    for (const { pages } of [fullPdf, councilPdf]) {
      const lines = pages.flatMap((p) => p.split('\n'));
      expect(lines.filter((l) => /(§|§§|Abs\.|Nr\.|Art\.)$/.test(l.trim()))).toEqual([]);
      expect(lines.filter((l) => /^(%|€)/.test(l.trim()))).toEqual([]);
    }
  });

  it('writes dates, never a count of days that is stale once printed', () => {
    expect(fullPdf.text).not.toMatch(/in \d+ Tagen/);
    expect(fullPdf.text).toContain('1. Januar 2027');
  });

  it('contains every flag, topic, answered question and the VAT euros', () => {
    const all = letters(fullPdf.text);
    for (const flag of report.flags) expect(all).toContain(letters(flag.title));
    for (const topic of report.topics) expect(all).toContain(letters(`Thema: ${topic.title}`));
    for (const q of report.topics.flatMap((t) => t.sections.flatMap((s) => s.questions))) expect(all).toContain(letters(q.text));
    for (const service of report.vat.services.filter((s) => s.euros)) expect(all).toContain(letters(service.euros!.text));
  });

  it('numbers every page but the cover as "Seite x von y", under a header with the chapter', () => {
    fullPdf.margins.slice(1).forEach((margin, i) => expect(margin).toContain(`Seite ${i + 2} von ${fullPdf.pages.length}`));
    expect(fullPdf.margins[0]).toBe('');
    councilPdf.margins.forEach((margin, i) => expect(margin).toContain(`Seite ${i + 1} von ${councilPdf.pages.length}`));
    const planPage = fullPdf.pages.findIndex((p) => p.startsWith(HEADINGS.actions));
    expect(fullPdf.margins[planPage]).toContain(`IKZ-Check – Bericht zur Kooperationsbereitschaft · ${report.meta.municipality} ${HEADINGS.actions}`);
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
    const report = buildReport(content, make(), SCENARIO_DATE);
    for (const { pages, margins } of [full(report), council(report)]) {
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(margins.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
    }
  });

  it('keeps the whole long note and shows unknown characters visibly', () => {
    const { text } = full(buildReport(content, hostile(), SCENARIO_DATE));
    expect(letters(text)).toContain(letters(longNote));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Groß-„Zitat“-Gemeinde ?');
  });
});

describe('joint PDF of partners with unusual names', () => {
  const names = ['Groß\u202Eliamrof\u202C-Bergen 🏛️', 'Verwaltungsgemeinschaft Oberes Elbtal mit einem sehr langen Namen', 'Auental', 'Birkenau', 'Lindenthal'];
  const note = 'Im Workshop vereinbart: Die Kämmereien klären den Kostenschlüssel bis zum 31.01.2027.';
  const partners = names.map((name, i) => {
    const assessment = scenario(i % 2 ? 'bauhof' : 'standesamt');
    assessment.id = `p${i}`;
    assessment.meta.municipality = name;
    // The workshop saves its note with every partner.
    assessment.responses.prozesse!.notes['kostenschluessel'] = note;
    return { id: assessment.id, name, assessment, report: buildReport(content, assessment, SCENARIO_DATE) };
  });
  const { text, pages, margins } = readDocument(renderJointPdf({ comparison: comparePartners(content, partners), reports: partners.map((p) => p.report), generatedAt: SCENARIO_DATE }, pdfAssets));

  it('cleans the column headers like every other text: no mojibake, no bidirectional marks', () => {
    expect(text).toContain('Groß');
    expect(text).toContain('liamrof-Bergen ?');
    expect(text).not.toMatch(/Ø|‹|ß\s*ß|[\u202A-\u202E\u2066-\u2069]/);
  });

  it('keeps the title in the running header and cuts the names with an ellipsis', () => {
    expect(margins[2]).toMatch(/IKZ-Check – Gemeinsamer Bericht der Partner · Groß.*…/);
  });

  it('prints a workshop note once, saying that all partners hold it', () => {
    expect(occurrences(letters(text), letters(note))).toBe(1);
    expect(text).toContain('Notiert bei: alle Partner');
  });

  it('has a table of contents', () => {
    expect(pages[1]).toContain('Inhalt');
    expect(pages[1]).toContain('Wo die Partner zusammenpassen und wo nicht');
  });

  it('carries the joint cost table of the comparison page, with the running costs and every partner', () => {
    const costs = comparePartners(content, partners).costs!;
    expect(costs.status).not.toBe('keine-angaben');
    expect(pages[1]).toContain(costs.heading);
    const chapter = pages.find((page) => page.includes(costs.heading) && page.includes(costs.figures.caption.slice(0, 20)))!;
    expect(chapter).toBeDefined();
    expect(letters(text)).toContain(letters(costs.running!.total.amount));
    for (const name of ['Auental', 'Birkenau', 'Lindenthal']) expect(chapter).toContain(name);
  });
});

describe('texts set once and kept for the next PDF', () => {
  // The writer keeps cleaned, measured and broken texts per set of assets. A PDF drawn after another
  // one (with texts of its own and texts in common) must be byte for byte the PDF drawn afresh.
  const [first, second] = SCENARIOS.map((s) => buildReport(content, scenario(s.id), SCENARIO_DATE));
  // Without the file's /ID, which jsPDF makes up anew for every file.
  const draw = (report: ReportModel, assets: typeof pdfAssets) =>
    renderPdf({ report, versions, generatedAt: SCENARIO_DATE }, assets)
      .output()
      .replace(/\/ID \[[^\]]*\]/, '');

  it('draws the same PDF after another one as on its own', () => {
    const afresh = draw(second!, { ...pdfAssets });
    const reused = { ...pdfAssets };
    draw(first!, reused);
    expect(draw(second!, reused)).toBe(afresh);
  });
});

describe('blank questionnaire', () => {
  const { pages, text, margins } = readDocument(renderBlankQuestionnaire(content, pdfAssets, SCENARIO_DATE));
  const all = letters(text);

  it('prints every question of every questionnaire with its "Ja" criteria and help', () => {
    for (const questionnaire of content.questionnaires) {
      expect(all).toContain(letters(questionnaire.title));
      for (const question of questionnaire.sections.flatMap((s) => s.questions)) {
        expect(all).toContain(letters(question.text));
        for (const criterion of question.criteria ?? []) expect(all).toContain(letters(criterion));
        if (question.help) expect(all).toContain(letters(question.help));
      }
    }
    expect(text).toContain('„Ja“ heißt:');
  });

  it('says when a conditional question applies and leaves room for notes', () => {
    expect(text).toMatch(/Nur ausfüllen, wenn Frage \d+\.\d+ mit „[^“]+“/);
    expect(occurrences(text, 'Notiz')).toBeGreaterThanOrEqual(content.questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions)).length);
  });

  it('has a table of contents and numbered pages', () => {
    expect(pages[1]).toContain('Inhalt');
    expect(margins.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
  });
});

describe('pdfText and pdfFileName', () => {
  it.each([
    ['Straße „Zitat“ – 17.500 € § 2b', 'Straße „Zitat“ – 17.500 € § 2b'],
    ['Emoji 🏛️ hier', 'Emoji ? hier'],
    ['Tab\tund\u200bunsichtbar', 'Tab undunsichtbar'],
    ['Name\u202Egnurhcsnegeg\u202C mit \u2066Isolat\u2069 und \u200Fzeichen', 'Namegnurhcsnegeg mit Isolat und zeichen'],
    ['§\u00a02b und 5\u202f%', '§\u00a02b und 5\u00a0%'],
  ])('pdfText(%j) = %j', (input, expected) => expect(pdfText(input)).toBe(expected));

  it('prints nothing a standard PDF font lacks, whatever the input', () => {
    const printable = /^[\n\x20-\x7e\xa0-\xac\xae-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;
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
