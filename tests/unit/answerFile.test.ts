// The answer file (src/domain/exchange/answerFile.ts): export and import round trip on the three scenarios,
// one row per kind of broken file, migration of answers given to older questionnaire versions, and
// the suggested file name.
import { resolve } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import {
  ANSWER_FILE_FORMAT,
  MAX_ANSWER_FILE_BYTES,
  answerFileName,
  exportAnswerFile,
  migrateAssessment,
  parseAnswerFile,
  type ImportResult,
  type MigrationNote,
} from '../../src/domain/exchange/answerFile.ts';
import { AssessmentSchema, createAssessment, type Assessment } from '../../src/domain/assessment/assessment.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import type { Question, Questionnaire } from '../../src/domain/content/schema.ts';
import { SCENARIO_DATE, SCENARIOS, scenario, type Scenario } from '../fixtures/scenarios.ts';

const root = resolve(__dirname, '../..');
const loaded = loadContent(resolve(root, 'questionnaires'), root);
if (!loaded.content) throw new Error(`Fragebögen ungültig:\n${loaded.issues.map(describeIssue).join('\n')}`);
const questionnaires: Questionnaire[] = loaded.content.questionnaires;

const EXPORTED_AT = new Date('2026-11-26T08:30:00Z');
const bytes = (text: string) => new TextEncoder().encode(text).length;
const parse = (text: string, current: Questionnaire[] = questionnaires): ImportResult =>
  parseAnswerFile(text, bytes(text), current);
const exported = (assessments: Assessment[], current: Questionnaire[] = questionnaires) =>
  exportAnswerFile(assessments, current, EXPORTED_AT);
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

/** An assessment that uses every optional field, notes and two items. */
function richAssessment(): Assessment {
  const a = scenario('it-verbund');
  a.id = 'runde-2';
  a.label = 'Bergwiesen – Workshop März';
  a.round = 2;
  a.previousRoundId = 'it-verbund';
  a.meta.otherTasks = 'Friedhofsverwaltung';
  a.responses.it!.notes = { migrationsplan: 'Bis Juni klären.', 'e-akte': 'Anbieter fragen' };
  const item = a.responses.umsatzsteuer!.items.leistungen![0]!;
  a.responses.umsatzsteuer!.items.leistungen!.push({ ...structuredClone(item), id: 'zweite', name: 'Zweite Leistung' });
  a.responses.umsatzsteuer!.notes = { 'it-betreuung/jahresbetrag': 'geschätzt' };
  return a;
}

function expectOk(result: ImportResult) {
  if (!result.ok) throw new Error(`Import fehlgeschlagen: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('exportAnswerFile and parseAnswerFile', () => {
  it.each(SCENARIOS.map((s) => s.id))('round trip of scenario %s gives the same assessment without notes', (id) => {
    const a = scenario(id);
    const result = expectOk(parse(exported([a])));
    expect(result.assessments).toHaveLength(1);
    expect(result.assessments[0]!.assessment).toEqual(a);
    expect(result.assessments[0]!.notes).toEqual([]);
    expect(result.exportedAt).toBe('2026-11-26T08:30:00.000Z');
  });

  it.each([
    { name: 'all optional fields, notes and several items', assessment: richAssessment() },
    { name: 'a freshly created, empty assessment', assessment: createAssessment('neu', SCENARIO_DATE) },
  ])('round trip of $name', ({ assessment }) => {
    const result = expectOk(parse(exported([assessment])));
    expect(result.assessments.map((i) => i.assessment)).toEqual([assessment]);
    expect(result.assessments[0]!.notes).toEqual([]);
  });

  it('carries several assessments in one file, in their order', () => {
    const list = [scenario('bauhof'), scenario('standesamt'), richAssessment(), scenario('it-verbund')];
    const result = expectOk(parse(exported(list)));
    expect(result.assessments.map((i) => i.assessment)).toEqual(list);
    expect(result.assessments.every((i) => i.notes.length === 0)).toBe(true);
  });

  it('writes the same text for the same input, whatever the key order in memory', () => {
    const a = richAssessment();
    const reversed = (record: object): Record<string, unknown> =>
      Object.fromEntries(Object.entries(record).reverse().map(([k, x]) => [k, x && typeof x === 'object' && !Array.isArray(x) ? reversed(x) : x]));
    const shuffled = reversed(a) as Assessment;
    expect(Object.keys(shuffled)).not.toEqual(Object.keys(a));
    expect(exported([shuffled])).toBe(exported([a]));
    expect(exported([a])).toBe(exported([structuredClone(a)]));
  });

  it('leaves fields out that are not part of the format', () => {
    const a = { ...scenario('bauhof'), draft: true, label: undefined } as Assessment;
    const file = JSON.parse(exported([a]));
    expect(file.assessments[0]).not.toHaveProperty('draft');
    expect(file.assessments[0]).not.toHaveProperty('label');
  });

  it('writes the documented layout: pretty-printed, fixed key order, sorted maps', () => {
    const text = exported([richAssessment(), scenario('bauhof')]);
    expect(text.startsWith(`{\n  "format": "${ANSWER_FILE_FORMAT}",\n  "formatVersion": 1,\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'exportedAt', 'app', 'questionnaires', 'assessments']);
    expect(file.app).toBe('IKZ-Check');
    expect(file.questionnaires).toEqual(questionnaires.map((q) => ({ id: q.id, version: q.version, title: q.title })));
    const [rich, plain] = file.assessments;
    expect(Object.keys(rich)).toEqual([
      'id', 'label', 'round', 'previousRoundId', 'createdAt', 'updatedAt', 'meta', 'questionnaireVersions', 'responses',
    ]);
    expect(Object.keys(plain)).toEqual(['id', 'createdAt', 'updatedAt', 'meta', 'questionnaireVersions', 'responses']);
    expect(Object.keys(rich.meta)).toEqual(['municipality', 'landkreis', 'contactPerson', 'date', 'tasks', 'otherTasks', 'partners']);
    const sorted = (o: object) => [...Object.keys(o)].sort();
    expect(Object.keys(rich.questionnaireVersions)).toEqual(sorted(rich.questionnaireVersions));
    expect(Object.keys(rich.responses)).toEqual(['it', 'prozesse', 'rechtsform', 'umsatzsteuer']);
    for (const response of Object.values<Record<string, object>>(rich.responses)) {
      expect(Object.keys(response)).toEqual(['answers', 'items', 'notes']);
      expect(Object.keys(response.answers!)).toEqual(sorted(response.answers!));
      expect(Object.keys(response.notes!)).toEqual(sorted(response.notes!));
    }
    const items = rich.responses.umsatzsteuer.items.leistungen;
    expect(items.map((i: { id: string }) => i.id)).toEqual(['it-betreuung', 'zweite']);
    expect(Object.keys(items[0])).toEqual(['id', 'name', 'answers']);
    expect(Object.keys(items[0].answers)).toEqual(sorted(items[0].answers));
    expect(Object.keys(rich.responses.it.notes)).toEqual(['e-akte', 'migrationsplan']);
  });
});

// ------------------------------------------------------------------------------------------------
// Broken files

const valid = exported([scenario('standesamt')]);
const validObject = () => JSON.parse(valid) as Record<string, unknown> & { assessments: Record<string, unknown>[] };
const withFile = (change: (file: ReturnType<typeof validObject>) => void) => {
  const file = validObject();
  change(file);
  return JSON.stringify(file, null, 2);
};
/** Changes the first assessment; wrong types are cast with `as never`, as a broken file would have them. */
const assessmentField = (change: (a: Assessment) => void) => withFile((file) => change(file.assessments[0] as never));

interface BrokenRow {
  name: string;
  text: string;
  /** Defaults to the real size of the text. */
  byteLength?: number;
  path: string;
  message: RegExp;
}

const brokenRows: BrokenRow[] = [
  { name: 'a file over 5 MB', text: valid, byteLength: 6 * 1024 * 1024, path: '', message: /^Die Datei ist zu groß \(6,0 MB\); erlaubt sind höchstens 5 MB\.$/ },
  { name: 'a file just over 5 MB', text: valid, byteLength: MAX_ANSWER_FILE_BYTES + 1, path: '', message: /zu groß \(5,1 MB\)/ },
  { name: 'a text longer than 5 MB with a wrong size', text: 'x'.repeat(MAX_ANSWER_FILE_BYTES + 1), byteLength: 10, path: '', message: /zu groß/ },
  { name: 'an empty file', text: '', path: '', message: /Die Datei ist leer/ },
  { name: 'a file of blanks only', text: ' \n\t ', path: '', message: /Die Datei ist leer/ },
  { name: 'a truncated file', text: valid.slice(0, 300), path: '', message: /kein lesbares JSON \(sie endet mitten in den Daten\).*möglicherweise abgeschnitten/ },
  { name: 'a syntax error', text: valid.replace(',', ';'), path: '', message: /kein lesbares JSON \(Fehler in Zeile 2, Spalte 37\).*möglicherweise abgeschnitten/ },
  { name: 'JSON that is a list', text: '[1, 2]', path: '', message: /keine Antwortdatei von IKZ-Check/ },
  { name: 'JSON that is a string', text: '"Antworten"', path: '', message: /keine Antwortdatei von IKZ-Check/ },
  { name: 'JSON null', text: 'null', path: '', message: /keine Antwortdatei von IKZ-Check/ },
  { name: 'another JSON object', text: '{"hello":"world"}', path: 'format', message: /keine Antwortdatei von IKZ-Check/ },
  { name: 'a wrong format', text: withFile((f) => (f.format = 'ikz-check/gespeicherte-bewertung')), path: 'format', message: /keine Antwortdatei von IKZ-Check/ },
  {
    name: 'a newer format version',
    text: withFile((f) => (f.formatVersion = 3)),
    path: 'formatVersion',
    message: /mit einer neueren Fassung von IKZ-Check erstellt \(Formatversion 3\).*[Bb]itte die App aktualisieren/,
  },
  { name: 'a fractional format version', text: withFile((f) => (f.formatVersion = 1.5)), path: 'formatVersion', message: /ungültiger Wert \(1\.5\).*ganze Zahl/ },
  { name: 'a format version as text', text: withFile((f) => (f.formatVersion = '1')), path: 'formatVersion', message: /ungültiger Wert \(„1“\).*ganze Zahl/ },
  { name: 'format version 0', text: withFile((f) => (f.formatVersion = 0)), path: 'formatVersion', message: /ganze Zahl ab 1/ },
  { name: 'no format version', text: withFile((f) => delete f.formatVersion), path: 'formatVersion', message: /Angabe fehlt/ },
  { name: 'no assessments', text: withFile((f) => delete (f as Record<string, unknown>).assessments), path: 'assessments', message: /Angabe fehlt/ },
  { name: 'assessments not a list', text: withFile((f) => ((f as Record<string, unknown>).assessments = {})), path: 'assessments', message: /ungültiger Wert \(Object\)/ },
  { name: 'an empty list of assessments', text: withFile((f) => (f.assessments = [])), path: 'assessments', message: /keine Bewertung/ },
  {
    name: 'more than 50 assessments',
    text: withFile((f) => (f.assessments = Array.from({ length: 51 }, (_, i) => ({ ...f.assessments[0], id: `a${i}` })))),
    path: 'assessments',
    message: /51 Bewertungen; eingelesen werden höchstens 50/,
  },
  { name: 'a wrong export time', text: withFile((f) => (f.exportedAt = 'gestern')), path: 'exportedAt', message: /ungültiger Wert \("gestern"; erwartet wird ein Zeitstempel/ },
  { name: 'an unknown top-level field', text: withFile((f) => (f.extra = 1)), path: 'extra', message: /^unbekanntes Feld$/ },
  { name: 'a broken questionnaire list', text: withFile((f) => (f.questionnaires = [{ id: 'it', version: 0, title: 'IT' }])), path: 'questionnaires[0].version', message: /ungültiger Wert \(0\)/ },
  { name: 'a wrong Landkreis', text: assessmentField((a) => (a.meta.landkreis = 'Atlantis' as never)), path: 'assessments[0].meta.landkreis', message: /^ungültiger Wert \("Atlantis"\)$/ },
  { name: 'a missing field', text: assessmentField((a) => delete (a.meta as Partial<Assessment['meta']>).contactPerson), path: 'assessments[0].meta.contactPerson', message: /^Angabe fehlt$/ },
  { name: 'an unknown assessment field', text: assessmentField((a) => Object.assign(a, { score: 99 })), path: 'assessments[0].score', message: /^unbekanntes Feld$/ },
  { name: 'a wrong date', text: assessmentField((a) => (a.meta.date = '25.11.2026')), path: 'assessments[0].meta.date', message: /JJJJ-MM-TT/ },
  { name: 'a too long label', text: assessmentField((a) => (a.label = 'x'.repeat(201))), path: 'assessments[0].label', message: /zu lang: 201 Zeichen, erlaubt sind höchstens 200/ },
  { name: 'a round of 0', text: assessmentField((a) => (a.round = 0)), path: 'assessments[0].round', message: /ungültiger Wert \(0\)/ },
  { name: 'an empty id', text: assessmentField((a) => (a.id = '')), path: 'assessments[0].id', message: /darf nicht leer sein/ },
  {
    name: 'an answer that is a number',
    text: assessmentField((a) => (a.responses.prozesse!.answers.aufgabenumfang = 5 as never)),
    path: 'assessments[0].responses.prozesse.answers.aufgabenumfang',
    message: /^ungültiger Wert \(5\)$/,
  },
  {
    // valibot's v.record alone would take the list as the record {"0": ["ja"]}.
    name: 'a list in place of the answers',
    text: assessmentField((a) => (a.responses.it!.answers = [['ja']] as never)),
    path: 'assessments[0].responses.it.answers',
    message: /^ungültiger Wert \(Array\)$/,
  },
  {
    name: 'a list in place of the items of an item',
    text: assessmentField((a) => (a.responses.umsatzsteuer!.items.leistungen![0]!.answers = [] as never)),
    path: 'assessments[0].responses.umsatzsteuer.items.leistungen[0].answers',
    message: /^ungültiger Wert \(Array\)$/,
  },
  {
    name: 'a wrong item id',
    text: assessmentField((a) => (a.responses.umsatzsteuer!.items.leistungen![0]!.id = 'Leistung 1')),
    path: 'assessments[0].responses.umsatzsteuer.items.leistungen[0].id',
    message: /ungültiger Wert \("Leistung 1"; erlaubt sind Kleinbuchstaben/,
  },
  {
    name: 'a huge wrong value, shortened in the message',
    text: assessmentField((a) => (a.meta.landkreis = 'y'.repeat(10_000) as never)),
    path: 'assessments[0].meta.landkreis',
    message: /^ungültiger Wert \("y{50,59}…\)$/,
  },
  {
    name: 'the same assessment twice',
    text: withFile((f) => f.assessments.push(f.assessments[0]!)),
    path: 'assessments[1].id',
    message: /„standesamt“ steht mehrfach in der Datei \(auch als assessments\[0\]\)/,
  },
  {
    name: '"__proto__" as a key',
    text: valid.replace('"meta": {', '"meta": { "__proto__": { "polluted": "ja" },'),
    path: 'assessments[0].meta.__proto__',
    message: /^unzulässiger Schlüssel „__proto__“ in assessments\[0\]\.meta/,
  },
  {
    name: '"constructor" as a top-level key',
    text: valid.replace('{', '{ "constructor": { "prototype": { "polluted": "ja" } },'),
    path: 'constructor',
    message: /^unzulässiger Schlüssel „constructor“ in der obersten Ebene/,
  },
  {
    name: '"prototype" as a question id',
    text: assessmentField((a) => (a.responses.it!.answers.prototype = 'ja')),
    path: 'assessments[0].responses.it.answers.prototype',
    message: /unzulässiger Schlüssel „prototype“ in assessments\[0\]\.responses\.it\.answers/,
  },
  {
    name: 'deeply nested data',
    text: valid.replace('"partners": ', `"partners": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "x": `),
    path: '',
    message: /zu tief verschachtelt/,
  },
];

describe('parseAnswerFile on broken files', () => {
  it.each(brokenRows)('rejects $name: "$path"', ({ text, byteLength, path, message }) => {
    const result = parseAnswerFile(text, byteLength ?? bytes(text), questionnaires);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].path).toBe(path);
    expect(result.problems[0].message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });

  it('accepts a byte order mark at the start', () => {
    expect(parse(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('lists problems in several assessments, at most 20 with a summary', () => {
    const text = withFile((f) => {
      f.assessments = Array.from({ length: 30 }, (_, i) => ({ ...f.assessments[0], id: `a${i}`, createdAt: 'neulich' }));
    });
    const result = parse(text);
    if (result.ok) throw new Error('erwartet: abgelehnt');
    expect(result.problems).toHaveLength(20);
    expect(result.problems[0]).toEqual({ path: 'assessments[0].createdAt', message: expect.stringMatching(/^ungültiger Wert/) });
    expect(result.problems[18]!.path).toBe('assessments[18].createdAt');
    expect(result.problems[19]).toEqual({ path: '', message: expect.stringMatching(/Dazu kommen 11 weitere Probleme/) });
  });

  it('never takes over part of a file: one broken assessment rejects all', () => {
    const text = withFile((f) => f.assessments.push({ ...f.assessments[0], id: 'zwei', updatedAt: 'x' }));
    const result = parse(text);
    expect(result).toEqual({ ok: false, problems: [{ path: 'assessments[1].updatedAt', message: expect.any(String) }] });
  });
});

// ------------------------------------------------------------------------------------------------
// Migration

/** The real questionnaires with one of them in a new version, changed by `edit`. */
function newVersion(id: string, edit: (q: Questionnaire) => void): Questionnaire[] {
  return questionnaires.map((q) => {
    if (q.id !== id) return q;
    const copy = structuredClone(q);
    copy.version += 1;
    edit(copy);
    return copy;
  });
}
function question(q: Questionnaire, questionId: string): Question {
  const found = q.sections.flatMap((s) => s.questions).find((x) => x.id === questionId);
  if (!found) throw new Error(`Frage ${questionId} fehlt`);
  return found;
}
function removeQuestion(q: Questionnaire, questionId: string): Question {
  for (const section of q.sections) {
    const index = section.questions.findIndex((x) => x.id === questionId);
    if (index >= 0) return section.questions.splice(index, 1)[0]!;
  }
  throw new Error(`Frage ${questionId} fehlt`);
}
function moveQuestion(q: Questionnaire, questionId: string, sectionId: string): void {
  const moved = removeQuestion(q, questionId);
  q.sections.find((s) => s.id === sectionId)!.questions.push(moved);
}
function options(q: Questionnaire, questionId: string) {
  const found = question(q, questionId);
  if (found.type !== 'single' && found.type !== 'multiple') throw new Error('keine Auswahlfrage');
  return found.options;
}

interface MigrationRow {
  name: string;
  scenario: Scenario['id'];
  /** The questionnaires the file is read with. */
  current: Questionnaire[];
  /** Changes to the scenario before export (for answers the current app would not write). */
  prepare?: (a: Assessment) => void;
  /** What the migrated assessment should look like, starting from the (prepared) scenario. */
  expected: (a: Assessment) => void;
  notes: Partial<MigrationNote>[];
  message: RegExp;
}

const migrationRows: MigrationRow[] = [
  {
    name: 'a removed question',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => removeQuestion(q, 'personalkonzept')),
    expected: (a) => delete a.responses.prozesse!.answers.personalkonzept,
    notes: [{ kind: 'entfernt', questionnaireId: 'prozesse', questionId: 'personalkonzept' }],
    message: /Frage „personalkonzept“ gibt es im Fragebogen „Prozesse & Organisation“ nicht mehr; die Antwort „ja“ wurde nicht übernommen/,
  },
  {
    name: 'a changed option value',
    scenario: 'standesamt',
    current: newVersion('it', (q) => (options(q, 'gleiches-fachverfahren').find((o) => o.value === 'gleich')!.value = 'identisch')),
    expected: (a) => delete a.responses.it!.answers['gleiches-fachverfahren'],
    notes: [{ kind: 'geaendert', questionnaireId: 'it', questionId: 'gleiches-fachverfahren' }],
    message: /^Die Frage „Nutzen Sie und Ihre Partner .*“ hat diese Antwortmöglichkeit nicht mehr; die bisherige Antwort „gleich“ wurde nicht übernommen/,
  },
  {
    name: 'a multiple choice with one unknown value',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => {
      const list = options(q, 'personallage');
      list.splice(list.findIndex((o) => o.value === 'keine-vertretung'), 1);
    }),
    expected: (a) => (a.responses.prozesse!.answers.personallage = ['ruhestand']),
    notes: [{ kind: 'geaendert', questionnaireId: 'prozesse', questionId: 'personallage' }],
    message: /hat die Antwortmöglichkeit „keine-vertretung“ nicht mehr; übernommen wurde „ruhestand“/,
  },
  {
    name: 'a single choice that became a multiple choice',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => Object.assign(question(q, 'aufgabenumfang'), { type: 'multiple' })),
    expected: (a) => (a.responses.prozesse!.answers.aufgabenumfang = ['gering']),
    notes: [{ kind: 'geaendert', questionId: 'aufgabenumfang' }],
    message: /erlaubt jetzt mehrere Antworten; übernommen wurde „gering“/,
  },
  {
    name: 'a multiple choice that became a single choice',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => Object.assign(question(q, 'personallage'), { type: 'single' })),
    expected: (a) => delete a.responses.prozesse!.answers.personallage,
    notes: [{ kind: 'geaendert', questionId: 'personallage' }],
    message: /erlaubt jetzt nur noch eine Antwort; die bisherige Antwort „ruhestand“, „keine-vertretung“ wurde nicht übernommen/,
  },
  {
    name: 'a choice that became a text question',
    scenario: 'standesamt',
    current: newVersion('rechtsform', (q) => {
      const target = question(q, 'formwunsch') as Record<string, unknown>;
      delete target.options;
      delete target.scored;
      target.type = 'text';
    }),
    expected: (a) => delete a.responses.rechtsform!.answers.formwunsch,
    notes: [{ kind: 'geaendert', questionId: 'formwunsch' }],
    message: /erwartet jetzt eine Eingabe statt einer Auswahl/,
  },
  {
    name: 'an unknown questionnaire',
    scenario: 'bauhof',
    current: questionnaires,
    prepare: (a) => {
      a.responses.datenschutz = { answers: { dsb: 'ja' }, items: {}, notes: { dsb: 'Notiz' } };
      a.questionnaireVersions.datenschutz = 3;
    },
    expected: (a) => {
      delete a.responses.datenschutz;
      delete a.questionnaireVersions.datenschutz;
    },
    notes: [{ kind: 'fragebogen-unbekannt', questionnaireId: 'datenschutz', questionId: '' }],
    message: /Den Fragebogen „datenschutz“ kennt diese Fassung von IKZ-Check nicht/,
  },
  {
    name: 'a repeat item answer for a removed question',
    scenario: 'it-verbund',
    current: newVersion('umsatzsteuer', (q) => removeQuestion(q, 'hilfstaetigkeit')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen![0]!.answers.hilfstaetigkeit,
    notes: [
      {
        kind: 'entfernt',
        questionnaireId: 'umsatzsteuer',
        questionId: 'hilfstaetigkeit',
        itemName: 'IT-Betreuung für Mitgliedsgemeinden',
        sectionId: 'leistungen',
      },
    ],
    message: /Frage „hilfstaetigkeit“ gibt es .* nicht mehr; die Antwort „ja“ bei Leistung „IT-Betreuung für Mitgliedsgemeinden“ wurde nicht übernommen/,
  },
  {
    name: 'a removed repeatable section',
    scenario: 'bauhof',
    current: newVersion('umsatzsteuer', (q) => (q.sections[0]!.id = 'vorhaben')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen,
    notes: [{ kind: 'entfernt', questionnaireId: 'umsatzsteuer', questionId: '', itemName: 'Mäharbeiten und Grünpflege für Kleinwalde', sectionId: 'leistungen' }],
    message: /keinen Abschnitt „leistungen“ mit einzelnen Einträgen mehr; der Eintrag „Mäharbeiten und Grünpflege für Kleinwalde“ wurde mit seinen Antworten nicht übernommen/,
  },
  {
    name: 'a question moved into the repeatable section',
    scenario: 'bauhof',
    current: newVersion('umsatzsteuer', (q) => moveQuestion(q, 'steuerberatung', 'leistungen')),
    expected: (a) => delete a.responses.umsatzsteuer!.answers.steuerberatung,
    notes: [{ kind: 'entfernt', questionId: 'steuerberatung' }],
    message: /„Ist eine Steuerberatung .*“ wird jetzt je Leistung einzeln gestellt; die bisherige Antwort „nein“ wurde nicht übernommen/,
  },
  {
    name: 'a question moved out of the repeatable section',
    scenario: 'it-verbund',
    current: newVersion('umsatzsteuer', (q) => moveQuestion(q, 'kostenteilung', 'uebergang')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen![0]!.answers.kostenteilung,
    notes: [{ kind: 'entfernt', questionId: 'kostenteilung', itemName: 'IT-Betreuung für Mitgliedsgemeinden' }],
    message: /wird nicht mehr je Leistung gestellt; die bisherige Antwort „ja“ bei Leistung „IT-Betreuung für Mitgliedsgemeinden“/,
  },
];

describe('migrateAssessment', () => {
  it.each(SCENARIOS.map((s) => s.id))('leaves the current-version scenario %s as it is', (id) => {
    const a = scenario(id);
    const migrated = migrateAssessment(a, questionnaires);
    expect(migrated).toEqual({ assessment: a, notes: [] });
    expect(migrated.assessment).not.toBe(a);
  });

  it.each(migrationRows)('adapts $name', ({ scenario: id, current, prepare, expected, notes, message }) => {
    const original = scenario(id);
    prepare?.(original);
    const input = structuredClone(original);
    const want = structuredClone(original);
    expected(want);
    for (const q of current) if (want.questionnaireVersions[q.id] !== undefined) want.questionnaireVersions[q.id] = q.version;

    const migrated = migrateAssessment(input, current);
    expect(migrated.notes).toEqual(notes.map((n) => expect.objectContaining(n)));
    expect(migrated.notes[0]!.message).toMatch(message);
    // Everything else is untouched, and the input is not changed.
    expect(migrated.assessment).toEqual(want);
    expect(input).toEqual(original);
    expect(v.safeParse(AssessmentSchema, migrated.assessment).success).toBe(true);
    // Migrating again changes nothing.
    expect(migrateAssessment(migrated.assessment, current)).toEqual({ assessment: migrated.assessment, notes: [] });

    // parseAnswerFile migrates the same way: a file written by the older app, read by the newer one.
    const result = expectOk(parse(exported([original]), current));
    expect(result.assessments[0]).toEqual(migrated);
  });

  it('notes several changes in one questionnaire, top-level answers first, item answers after', () => {
    const current = newVersion('umsatzsteuer', (q) => {
      removeQuestion(q, 'jahresbetrag');
      removeQuestion(q, 'widerruf');
      options(q, 'kostenerstattung').find((o) => o.value === 'mit-aufschlag')!.value = 'mit-gewinnaufschlag';
    });
    const migrated = migrateAssessment(scenario('bauhof'), current);
    expect(migrated.notes.map((n) => [n.kind, n.questionId, n.itemName ?? ''])).toEqual([
      ['entfernt', 'widerruf', ''],
      ['entfernt', 'jahresbetrag', 'Mäharbeiten und Grünpflege für Kleinwalde'],
      ['geaendert', 'kostenerstattung', 'Mäharbeiten und Grünpflege für Kleinwalde'],
    ]);
    const item = migrated.assessment.responses.umsatzsteuer!.items.leistungen![0]!;
    expect(Object.keys(item.answers)).toEqual(['leistungsaustausch', 'erstattung', 'rechtsgrundlage', 'hilfstaetigkeit', 'steuerfrei-bei-privaten', 'kostenteilung']);
  });

  it('keeps the notes of the workshop even where their question is gone', () => {
    const a = richAssessment();
    const current = newVersion('it', (q) => removeQuestion(q, 'migrationsplan'));
    const migrated = migrateAssessment(a, current);
    expect(migrated.assessment.responses.it!.notes).toEqual(a.responses.it!.notes);
    expect(migrated.notes.map((n) => n.questionId)).toEqual(['migrationsplan']);
  });

  it('sets the versions of the known questionnaires to the current ones and leaves unused ones out', () => {
    const a = createAssessment('x', SCENARIO_DATE);
    a.questionnaireVersions = { it: 1, alt: 2 };
    const current = newVersion('it', () => {});
    expect(migrateAssessment(a, current)).toEqual({ assessment: { ...a, questionnaireVersions: { it: 2 } }, notes: [] });
  });
});

// ------------------------------------------------------------------------------------------------
// File name

function named(...municipalities: string[]): Assessment[] {
  return municipalities.map((municipality, i) => {
    const a = createAssessment(`a${i}`, SCENARIO_DATE);
    a.meta.municipality = municipality;
    return a;
  });
}

describe('answerFileName', () => {
  const day = new Date(2026, 10, 25, 14, 0);
  it.each([
    { name: 'one municipality', assessments: named('Gemeinde Lindenbach'), expected: 'IKZ-Check_Antworten_Gemeinde-Lindenbach_2026-11-25.json' },
    { name: 'umlauts and ß', assessments: named('Großschönau'), expected: 'IKZ-Check_Antworten_Grossschoenau_2026-11-25.json' },
    { name: 'capital umlauts and punctuation', assessments: named('Ölsnitz/Erzgeb.'), expected: 'IKZ-Check_Antworten_Oelsnitz-Erzgeb_2026-11-25.json' },
    { name: 'Ü, brackets and dashes', assessments: named('Übigau-Wahrenbrück (Stadt)'), expected: 'IKZ-Check_Antworten_Uebigau-Wahrenbrueck-Stadt_2026-11-25.json' },
    { name: 'accents and symbols', assessments: named('  Saint-Étienne – Partnerstadt ✓ '), expected: 'IKZ-Check_Antworten_Saint-Etienne-Partnerstadt_2026-11-25.json' },
    { name: 'several municipalities', assessments: named('Lindenbach', 'Hohenau'), expected: 'IKZ-Check_Antworten_mehrere-Gemeinden_2026-11-25.json' },
    { name: 'two rounds of one municipality', assessments: named('Auental', 'Auental '), expected: 'IKZ-Check_Antworten_Auental_2026-11-25.json' },
    { name: 'a municipality and an unnamed one', assessments: named('Auental', ''), expected: 'IKZ-Check_Antworten_Auental_2026-11-25.json' },
    { name: 'no name yet', assessments: named(''), expected: 'IKZ-Check_Antworten_ohne-Namen_2026-11-25.json' },
    { name: 'several without names', assessments: named('', ' '), expected: 'IKZ-Check_Antworten_mehrere-Gemeinden_2026-11-25.json' },
    { name: 'only symbols', assessments: named('✓✓'), expected: 'IKZ-Check_Antworten_ohne-Namen_2026-11-25.json' },
    { name: 'a very long name', assessments: named('Verwaltungsgemeinschaft '.repeat(5)), expected: 'IKZ-Check_Antworten_Verwaltungsgemeinschaft-Verwaltungsgemeinschaft-Verwaltungsg_2026-11-25.json' },
  ])('$name', ({ assessments, expected }) => {
    const name = answerFileName(assessments, day);
    expect(name).toBe(expected);
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('uses the local calendar day with leading zeros', () => {
    expect(answerFileName(named('A'), new Date(2027, 0, 5, 23, 59))).toBe('IKZ-Check_Antworten_A_2027-01-05.json');
    expect(answerFileName(named('A'), new Date(2027, 11, 31, 0, 1))).toBe('IKZ-Check_Antworten_A_2027-12-31.json');
  });
});
