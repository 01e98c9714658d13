// @vitest-environment happy-dom
// The whole chain with hostile answer files: import → store → report → PDF. Files are valid exports
// changed the way a careless editor or an attacker would: numbers that are none or out of range,
// exclusive options with others, options twice, duplicate or empty item names and ids, too many
// items, ids and names with odd characters, questionnaire versions from past and future, random
// values anywhere. For every accepted file the saved assessment (read back by a fresh store) passes
// the same schema and rules as a typed one, buildReport does not throw, and neither does the PDF text
// (every report text through pdfText; a real PDF for some of them).
//
// `npm test` tries a few hundred files; FUZZ_RUNS=20000 npx vitest run tests/unit/importChain.property.test.ts
// runs a bigger batch. The counts are printed at the end.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { createPinia, setActivePinia } from 'pinia';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import { AssessmentSchema } from '../../src/domain/assessment/assessment.ts';
import { assessmentIssues } from '../../src/domain/assessment/check.ts';
import { exportAnswerFile, parseAnswerFile } from '../../src/domain/exchange/answerFile.ts';
import { describeIssue, messageOf } from '../../src/domain/issues/messages.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { renderCouncilPdf, renderPdf } from '../../src/report/pdf.ts';
import { pdfAssets } from './pdfAssets.ts';
import { pdfText } from '../../src/report/pdfText.ts';
import { useAssessmentStore } from '../../src/stores/assessment.ts';
import { SCENARIOS, scenario } from '../fixtures/scenarios.ts';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;
const { questionnaires } = content;
const versions = questionnaires.map((q) => ({ title: q.title, version: q.version }));

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** A real PDF takes about half a second: render one for every n-th accepted file. */
const PDF_EVERY = Number(process.env.FUZZ_PDF_EVERY ?? 150);
const counts = { tried: 0, refused: 0, accepted: 0, acceptedButInvalid: 0, reports: 0, pdfs: 0 };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Tree = { [key: string]: Json };

const questions = questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.map((x) => ({ questionnaire: q.id, section: s, question: x }))));
const optionValues = [...new Set(questions.flatMap(({ question }) => ('options' in question ? question.options.map((o) => o.value) : [])))];

const hostileText = fc.oneof(
  fc.constantFrom('', ' ', 'Musterstadt', 'a,b', '../x', 'Groß\u202Eliamrof', '\u200F\u2066Name\u2069', '🏛️ Rathaus', 'x'.repeat(300), '\u0000\u0007', 'Bauhof', 'BAUHOF '),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const hostileAnswer: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom('NaN', '1e309', 'Infinity', '-5', '-0,01', '0', '17.500', '1.000.000,5', '9'.repeat(400), '', '  ', 'weiss-nicht', 'nicht-zutreffend', 'ja', 'teilweise', 'nein'),
  fc.constantFrom(...optionValues),
  fc.array(fc.constantFrom(...optionValues, 'weiss-nicht', 'nichts-davon', 'unbekannt'), { maxLength: 5 }),
  fc.double().map(String),
  fc.integer().map(String),
  hostileText,
  fc.jsonValue() as fc.Arbitrary<Json>,
);
const version = fc.oneof(fc.constantFrom<Json>(0, 1, 2, 3, 99, -1, 1.5, '1', null), fc.integer());

const pick = <T,>(list: T[], seed: number): T => list[seed % list.length]!;
const assessmentsOf = (file: Tree) => (Array.isArray(file.assessments) ? (file.assessments as Tree[]) : []);
function responseOf(a: Tree, questionnaireId: string): Tree {
  const responses = (a.responses ??= {}) as Tree;
  return (responses[questionnaireId] ??= { answers: {}, items: {}, notes: {} }) as Tree;
}
function itemsOf(a: Tree): Tree[] {
  const items = (responseOf(a, 'umsatzsteuer').items ??= {}) as Tree;
  return (items.leistungen ??= []) as Tree[];
}

type Mutation = (file: Tree) => void;
const mutations: fc.Arbitrary<Mutation>[] = [
  // An answer anywhere: to a known question of any questionnaire, or to an unknown one.
  fc.tuple(fc.nat(), fc.nat(), fc.option(fc.string({ maxLength: 12 })), hostileAnswer).map(([a, q, unknown, value]) => (file) => {
    const target = assessmentsOf(file);
    if (!target.length) return;
    const { questionnaire, section, question } = pick(questions, q);
    const id = unknown ?? question.id;
    if (section.repeat) {
      const items = itemsOf(pick(target, a));
      if (items.length) ((pick(items, q).answers ??= {}) as Tree)[id] = value;
    } else ((responseOf(pick(target, a), questionnaire).answers ??= {}) as Tree)[id] = value;
  }),
  // More items, with ids and names that may repeat or be empty.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 }), fc.boolean(), hostileText).map(([a, count, sameId, name]) => (file) => {
    const target = assessmentsOf(file);
    if (!target.length) return;
    const items = itemsOf(pick(target, a));
    for (let i = 0; i < count; i++) items.push({ id: sameId ? 'gleich' : `neu-${items.length}`, name: i % 3 ? `${name} ${i}` : name, answers: {} });
  }),
  // An item name or id.
  fc.tuple(fc.nat(), fc.boolean(), hostileText).map(([a, isId, text]) => (file) => {
    const items = assessmentsOf(file).flatMap(itemsOf);
    if (items.length) pick(items, a)[isId ? 'id' : 'name'] = text;
  }),
  // The assessment's id, label, municipality, partners or previous round.
  fc.tuple(fc.nat(), fc.constantFrom('id', 'label', 'previousRoundId', 'municipality', 'partners', 'contactPerson'), hostileText).map(([a, field, text]) => (file) => {
    const target = assessmentsOf(file);
    if (!target.length) return;
    const assessment = pick(target, a);
    if (field === 'municipality' || field === 'partners' || field === 'contactPerson') (assessment.meta as Tree)[field] = text;
    else assessment[field] = text;
  }),
  // A questionnaire version from the past, the future or nowhere.
  fc.tuple(fc.nat(), fc.constantFrom(...questionnaires.map((q) => q.id), 'datenschutz'), version).map(([a, id, value]) => (file) => {
    const target = assessmentsOf(file);
    if (target.length) ((pick(target, a).questionnaireVersions ??= {}) as Tree)[id] = value;
  }),
  // A note of any size.
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 30_000 })).map(([a, size]) => (file) => {
    const target = assessmentsOf(file);
    if (target.length) ((responseOf(pick(target, a), 'prozesse').notes ??= {}) as Tree).gemeinderatsbeschluss = 'Notiz ✓ '.repeat(size / 8);
  }),
];
const mutation = fc.oneof(...mutations);

const baseFiles = [
  ...SCENARIOS.map((s) => exportAnswerFile([scenario(s.id)], questionnaires, new Date('2026-11-26T08:30:00Z'))),
  exportAnswerFile(SCENARIOS.map((s) => scenario(s.id)), questionnaires, new Date('2026-11-26T08:30:00Z')),
];

/** Every string in a value: what the PDF renderer may print. */
function* texts(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const x of value) yield* texts(x);
  else if (value && typeof value === 'object') for (const x of Object.values(value)) yield* texts(x);
}

function importAndCheck(text: string): void {
  counts.tried++;
  const result = parseAnswerFile(new TextEncoder().encode(text), questionnaires);
  if (!result.ok) {
    counts.refused++;
    for (const found of result.issues) expect(messageOf(found)).not.toMatch(/\b(Invalid|Expected|Received|Unexpected|undefined)\b|\[object |\p{Cc}/u);
    expect(result.issues.map((i) => i.code)).not.toContain('file-unreadable');
    return;
  }
  counts.accepted++;
  localStorage.clear();
  setActivePinia(createPinia());
  const importing = useAssessmentStore();
  const { result: saved, added } = importing.importAssessments(result.value.assessments.map(({ assessment }) => ({ assessment, mode: 'keep-both' })));
  expect(saved).toBe('saved');
  importing.$dispose();

  setActivePinia(createPinia());
  const reloaded = useAssessmentStore();
  for (const { id } of added) {
    const stored = reloaded.assessments.find((a) => a.id === id);
    const schemaOk = stored !== undefined && v.safeParse(AssessmentSchema, stored).success;
    const broken = stored ? assessmentIssues(stored, questionnaires) : [];
    if (!schemaOk || broken.length) counts.acceptedButInvalid++;
    expect(schemaOk).toBe(true);
    expect(broken.map(describeIssue)).toEqual([]);
    const report = buildReport(content, stored!);
    counts.reports++;
    for (const line of texts(report)) pdfText(line);
    if (counts.accepted % PDF_EVERY === 1) {
      renderPdf({ report, versions, generatedAt: new Date() }, pdfAssets);
      renderCouncilPdf({ report, versions, generatedAt: new Date() }, pdfAssets);
      counts.pdfs++;
    }
  }
  reloaded.$dispose();
}

describe('import → store → report → PDF with hostile answer files', { timeout: 600_000 }, () => {
  afterAll(() => {
    console.log(
      `Kette Import → Speicher → Bericht → PDF: ${counts.tried} Dateien versucht, ${counts.refused} abgewiesen, ${counts.accepted} angenommen, ` +
        `davon ungültig gespeichert: ${counts.acceptedButInvalid}; ${counts.reports} Berichte, ${counts.pdfs} PDFs erzeugt.`,
    );
  });

  it('stores only what the wizard would accept, and report and PDF text never throw', () => {
    fc.assert(
      fc.property(fc.constantFrom(...baseFiles), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, steps) => {
        const file = JSON.parse(text) as Tree;
        for (const step of steps) step(file);
        importAndCheck(JSON.stringify(file, null, 2));
      }),
      { numRuns: RUNS },
    );
    expect(counts.acceptedButInvalid).toBe(0);
    // Both outcomes occur, or the generators test nothing.
    expect(counts.accepted).toBeGreaterThan(RUNS / 20);
    expect(counts.refused).toBeGreaterThan(RUNS / 20);
  });
});
