// The answer file (src/domain/exchange/answerFile.ts): export and import round trip on the three scenarios,
// one row per kind of broken file, one row per rule of the wizard that imported data must pass,
// migration of answers given to older questionnaire versions, and the suggested file name.
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
  type ImportedAssessment,
} from '../../src/domain/exchange/answerFile.ts';
import { AssessmentSchema, createAssessment, type Assessment } from '../../src/domain/assessment/assessment.ts';
import { formatPath, type Issue, type IssueCode } from '../../src/domain/issues/issues.ts';
import { describeIssue, messageOf } from '../../src/domain/issues/messages.ts';
import { QuestionnaireView } from '../../src/domain/content/conditions.ts';
import type { Question, Questionnaire } from '../../src/domain/content/schema.ts';
import { SCENARIO_DATE, SCENARIOS, scenario, type Scenario } from '../fixtures/scenarios.ts';

const root = resolve(__dirname, '../..');
const loaded = loadContent(resolve(root, 'questionnaires'), root);
if (!loaded.content) throw new Error(`Fragebögen ungültig:\n${loaded.issues.map(describeIssue).join('\n')}`);
const questionnaires: Questionnaire[] = loaded.content.questionnaires;

const EXPORTED_AT = new Date('2026-11-26T08:30:00Z');
const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, current: Questionnaire[] = questionnaires): ImportResult => parseAnswerFile(encode(text), current);
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
  if (!result.ok) throw new Error(`Import fehlgeschlagen: ${result.issues.map(describeIssue).join('\n')}`);
  return result.value;
}
function expectRefused(result: ImportResult): Issue[] {
  if (result.ok) throw new Error('erwartet: abgelehnt');
  return result.issues;
}
/** All notes of an import, in order. */
const notesOf = (imported: ImportedAssessment) => imported.summaries.flatMap((s) => s.notes);

describe('exportAnswerFile and parseAnswerFile', () => {
  it.each(SCENARIOS.map((s) => s.id))('round trip of scenario %s gives the same assessment without notes', (id) => {
    const a = scenario(id);
    const result = expectOk(parse(exported([a])));
    expect(result.assessments).toHaveLength(1);
    expect(result.assessments[0]!.assessment).toEqual(a);
    expect(result.assessments[0]!.summaries).toEqual([]);
    expect(result.exportedAt).toBe('2026-11-26T08:30:00.000Z');
  });

  it.each([
    { name: 'all optional fields, notes and several items', assessment: richAssessment() },
    { name: 'a freshly created, empty assessment', assessment: createAssessment('neu', SCENARIO_DATE) },
  ])('round trip of $name', ({ assessment }) => {
    const result = expectOk(parse(exported([assessment])));
    expect(result.assessments.map((i) => i.assessment)).toEqual([assessment]);
    expect(result.assessments[0]!.summaries).toEqual([]);
  });

  it('carries several assessments in one file, in their order', () => {
    const list = [scenario('bauhof'), scenario('standesamt'), richAssessment(), scenario('it-verbund')];
    const result = expectOk(parse(exported(list)));
    expect(result.assessments.map((i) => i.assessment)).toEqual(list);
    expect(result.assessments.every((i) => i.summaries.length === 0)).toBe(true);
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
    expect(text.startsWith(`{\n  "format": "${ANSWER_FILE_FORMAT}",\n  "formatVersion": 2,\n`)).toBe(true);
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
  text: string | Uint8Array;
  /** Defaults to the real size of the file. */
  byteLength?: number;
  code: IssueCode;
  path: string;
  /** Line and column, for errors in the text. */
  at?: [number, number];
}

const win1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ ö: 0xf6, ü: 0xfc, ß: 0xdf, ä: 0xe4 })[c] ?? c.charCodeAt(0)));

const brokenRows: BrokenRow[] = [
  { name: 'a file over 5 MB', text: valid, byteLength: 6 * 1024 * 1024, code: 'file-too-large', path: '' },
  { name: 'a file just over 5 MB', text: valid, byteLength: MAX_ANSWER_FILE_BYTES + 1, code: 'file-too-large', path: '' },
  { name: 'an empty file', text: '', code: 'file-empty', path: '' },
  { name: 'a file of blanks only', text: ' \n\t ', code: 'file-empty', path: '' },
  { name: 'a file in Windows-1252', text: win1252('{\n  "municipality": "Großröhrsdorf"\n}'), code: 'file-not-utf8', path: '', at: [2, 23] },
  { name: 'a file in UTF-16 (with byte order mark)', text: Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]), code: 'file-not-utf8', path: '', at: [1, 1] },
  { name: 'a truncated file', text: valid.slice(0, 300), code: 'json-truncated', path: '', at: [15, 9] },
  { name: 'a file cut inside a string', text: '{"format": "ikz', code: 'json-truncated', path: '', at: [1, 16] },
  { name: 'a semicolon instead of a comma', text: valid.replace(',', ';'), code: 'json-unexpected-character', path: '', at: [2, 37] },
  { name: 'a missing comma between fields', text: '{\n  "a": 1\n  "b": 2\n}', code: 'json-unexpected-character', path: '', at: [3, 3] },
  { name: 'a trailing comma', text: '{"a": [1, 2,]}', code: 'json-unexpected-character', path: '', at: [1, 13] },
  { name: 'single quotes', text: "{'a': 1}", code: 'json-unexpected-character', path: '', at: [1, 2] },
  { name: 'a line break inside a string', text: '{"a": "zwei\nZeilen"}', code: 'json-invalid-string', path: '', at: [1, 12] },
  { name: 'an unknown escape', text: '{"a": "C:\\x"}'.replace('\\\\', '\\'), code: 'json-invalid-string', path: '', at: [1, 10] },
  { name: 'a number with a leading dot', text: '{"a": .5}', code: 'json-unexpected-character', path: '', at: [1, 7] },
  { name: 'a number with a comma', text: '{"a": 1,5}', code: 'json-unexpected-character', path: '', at: [1, 9] },
  { name: 'a number without digits after the point', text: '{"a": 1.}', code: 'json-invalid-number', path: '', at: [1, 9] },
  { name: 'NaN as a value', text: '{"a": NaN}', code: 'json-unexpected-character', path: '', at: [1, 7] },
  { name: 'a misspelt literal', text: '{"a": ture}', code: 'json-unexpected-character', path: '', at: [1, 8] },
  { name: 'data after the end', text: `${valid}x`, code: 'json-trailing-data', path: '', at: [valid.split('\n').length, 1] },
  { name: 'two objects in a row', text: '{}{}', code: 'json-trailing-data', path: '', at: [1, 3] },
  { name: 'JSON that is a list', text: '[1, 2]', code: 'file-not-an-object', path: '' },
  { name: 'JSON that is a string', text: '"Antworten"', code: 'file-not-an-object', path: '' },
  { name: 'JSON null', text: 'null', code: 'file-not-an-object', path: '' },
  { name: 'another JSON object', text: '{"hello":"world"}', code: 'file-foreign', path: 'format' },
  { name: 'a wrong format', text: withFile((f) => (f.format = 'ikz-check/gespeicherte-bewertung')), code: 'file-foreign', path: 'format' },
  { name: 'a newer format version', text: withFile((f) => (f.formatVersion = 3)), code: 'format-version-newer', path: 'formatVersion' },
  { name: 'a fractional format version', text: withFile((f) => (f.formatVersion = 1.5)), code: 'format-version-invalid', path: 'formatVersion' },
  { name: 'a format version as text', text: withFile((f) => (f.formatVersion = '1')), code: 'format-version-invalid', path: 'formatVersion' },
  { name: 'format version 0', text: withFile((f) => (f.formatVersion = 0)), code: 'format-version-invalid', path: 'formatVersion' },
  { name: 'no format version', text: withFile((f) => delete f.formatVersion), code: 'format-version-missing', path: 'formatVersion' },
  { name: 'no assessments', text: withFile((f) => delete (f as Record<string, unknown>).assessments), code: 'missing-value', path: 'assessments' },
  { name: 'assessments not a list', text: withFile((f) => ((f as Record<string, unknown>).assessments = {})), code: 'invalid-value', path: 'assessments' },
  { name: 'an empty list of assessments', text: withFile((f) => (f.assessments = [])), code: 'no-assessments', path: 'assessments' },
  {
    name: 'more than 50 assessments',
    text: withFile((f) => (f.assessments = Array.from({ length: 51 }, (_, i) => ({ ...f.assessments[0], id: `a${i}` })))),
    code: 'too-many-assessments',
    path: 'assessments',
  },
  { name: 'a wrong export time', text: withFile((f) => (f.exportedAt = 'gestern')), code: 'invalid-timestamp', path: 'exportedAt' },
  { name: 'an unknown top-level field', text: withFile((f) => (f.extra = 1)), code: 'unknown-field', path: 'extra' },
  { name: 'a broken questionnaire list', text: withFile((f) => (f.questionnaires = [{ id: 'it', version: 0, title: 'IT' }])), code: 'invalid-value', path: 'questionnaires[0].version' },
  { name: 'a wrong Landkreis', text: assessmentField((a) => (a.meta.landkreis = 'Atlantis' as never)), code: 'invalid-value', path: 'assessments[0].meta.landkreis' },
  { name: 'a missing field', text: assessmentField((a) => delete (a.meta as Partial<Assessment['meta']>).contactPerson), code: 'missing-value', path: 'assessments[0].meta.contactPerson' },
  { name: 'an unknown assessment field', text: assessmentField((a) => Object.assign(a, { score: 99 })), code: 'unknown-field', path: 'assessments[0].score' },
  { name: 'a wrong date', text: assessmentField((a) => (a.meta.date = '25.11.2026')), code: 'invalid-date', path: 'assessments[0].meta.date' },
  { name: 'a too long label', text: assessmentField((a) => (a.label = 'x'.repeat(201))), code: 'too-long', path: 'assessments[0].label' },
  { name: 'a round of 0', text: assessmentField((a) => (a.round = 0)), code: 'invalid-value', path: 'assessments[0].round' },
  { name: 'an empty id', text: assessmentField((a) => (a.id = '')), code: 'invalid-id', path: 'assessments[0].id' },
  { name: 'an id with a comma (it would break the comparison link)', text: assessmentField((a) => (a.id = 'a,b')), code: 'invalid-id', path: 'assessments[0].id' },
  { name: 'an id with a path', text: assessmentField((a) => (a.id = '../x')), code: 'invalid-id', path: 'assessments[0].id' },
  { name: 'an id of 101 characters', text: assessmentField((a) => (a.id = 'a'.repeat(101))), code: 'invalid-id', path: 'assessments[0].id' },
  { name: 'a previous round with a wrong id', text: assessmentField((a) => (a.previousRoundId = 'x y')), code: 'invalid-id', path: 'assessments[0].previousRoundId' },
  {
    name: 'an answer that is a number',
    text: assessmentField((a) => (a.responses.prozesse!.answers.aufgabenumfang = 5 as never)),
    code: 'invalid-value',
    path: 'assessments[0].responses.prozesse.answers.aufgabenumfang',
  },
  {
    // valibot's v.record alone would take the list as the record {"0": ["ja"]}.
    name: 'a list in place of the answers',
    text: assessmentField((a) => (a.responses.it!.answers = [['ja']] as never)),
    code: 'invalid-value',
    path: 'assessments[0].responses.it.answers',
  },
  {
    name: 'a list in place of the answers of an item',
    text: assessmentField((a) => (a.responses.umsatzsteuer!.items.leistungen![0]!.answers = [] as never)),
    code: 'invalid-value',
    path: 'assessments[0].responses.umsatzsteuer.items.leistungen[0].answers',
  },
  {
    name: 'a wrong item id',
    text: assessmentField((a) => (a.responses.umsatzsteuer!.items.leistungen![0]!.id = 'Leistung 1')),
    code: 'invalid-id',
    path: 'assessments[0].responses.umsatzsteuer.items.leistungen[0].id',
  },
  { name: 'a huge wrong value', text: assessmentField((a) => (a.meta.landkreis = 'y'.repeat(10_000) as never)), code: 'invalid-value', path: 'assessments[0].meta.landkreis' },
  { name: 'the same assessment twice', text: withFile((f) => f.assessments.push(f.assessments[0]!)), code: 'assessment-twice', path: 'assessments[1].id' },
  {
    name: 'a questionnaire version from the future',
    text: assessmentField((a) => (a.questionnaireVersions.it = 99)),
    code: 'questionnaire-version-newer',
    path: 'assessments[0].questionnaireVersions.it',
  },
  { name: '"__proto__" as a key', text: valid.replace('"meta": {', '"meta": { "__proto__": { "polluted": "ja" },'), code: 'forbidden-key', path: 'assessments[0].meta.__proto__' },
  { name: '"constructor" as a top-level key', text: valid.replace('{', '{ "constructor": { "prototype": { "polluted": "ja" } },'), code: 'forbidden-key', path: 'constructor' },
  {
    name: '"prototype" as a question id',
    text: assessmentField((a) => (a.responses.it!.answers.prototype = 'ja')),
    code: 'forbidden-key',
    path: 'assessments[0].responses.it.answers.prototype',
  },
  { name: 'deeply nested data', text: valid.replace('"partners": ', `"partners": ${'['.repeat(100_000)}${']'.repeat(100_000)}, "x": `), code: 'json-too-deep', path: '' },
];

describe('parseAnswerFile on broken files', () => {
  it.each(brokenRows)('rejects $name: $code at "$path"', ({ text, byteLength, code, path, at }) => {
    const bytes = typeof text === 'string' ? encode(text) : text;
    const [first] = expectRefused(parseAnswerFile(bytes, questionnaires, byteLength ?? bytes.length));
    expect({ code: first!.code, path: formatPath(first!.path) }).toEqual({ code, path });
    if (at) expect([first!.line, first!.column]).toEqual(at);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  });

  it('names the size of a file that is too large in German', () => {
    const [first] = expectRefused(parseAnswerFile(new Uint8Array(), questionnaires, 6 * 1024 * 1024));
    expect(messageOf(first!)).toBe('Die Datei ist zu groß (6,0 MB); erlaubt sind höchstens 5 MB.');
  });

  it('says where a Windows-1252 file is not UTF-8 and what to do', () => {
    const [first] = expectRefused(parseAnswerFile(win1252('{"a": "Großröhrsdorf"}'), questionnaires));
    expect(messageOf(first!)).toMatch(/^Die Datei ist nicht in UTF-8 gespeichert \(das erste unlesbare Zeichen steht in Zeile 1, Spalte 11\)/);
  });

  it('shows the character of a syntax error, never a parser message', () => {
    const [first] = expectRefused(parse(valid.replace(',', ';')));
    expect(messageOf(first!)).toBe(
      'Kein lesbares JSON: In Zeile 2, Spalte 37 steht ein unerwartetes Zeichen „;“. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.',
    );
  });

  it('accepts a byte order mark at the start', () => {
    expect(parse(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('lists problems in several assessments, at most 20 with a summary', () => {
    const text = withFile((f) => {
      f.assessments = Array.from({ length: 30 }, (_, i) => ({ ...f.assessments[0], id: `a${i}`, createdAt: 'neulich' }));
    });
    const issues = expectRefused(parse(text));
    expect(issues).toHaveLength(20);
    expect(issues.slice(0, 19).map((i) => formatPath(i.path))).toEqual(Array.from({ length: 19 }, (_, i) => `assessments[${i}].createdAt`));
    expect(issues[19]).toEqual({ code: 'more-problems', path: [], params: { count: 11 } });
  });

  it('never takes over part of a file: one broken assessment rejects all', () => {
    const text = withFile((f) => f.assessments.push({ ...f.assessments[0], id: 'zwei', updatedAt: 'x' }));
    expect(expectRefused(parse(text)).map((i) => [i.code, formatPath(i.path)])).toEqual([['invalid-timestamp', 'assessments[1].updatedAt']]);
  });
});

// ------------------------------------------------------------------------------------------------
// The wizard's rules: a file may hold nothing the wizard would refuse

/** The scenario bauhof with its one planned service; `change` edits it as a file could. */
const bauhofWith = (change: (a: Assessment) => void, current: Questionnaire[] = questionnaires) => {
  const a = scenario('bauhof');
  change(a);
  return parse(exported([a], current), current);
};
const service = (a: Assessment) => a.responses.umsatzsteuer!.items.leistungen![0]!;
const ITEM = 'assessments[0].responses.umsatzsteuer.items.leistungen';

interface RuleRow {
  name: string;
  change: (a: Assessment) => void;
  code: IssueCode;
  path: string;
}

const ruleRows: RuleRow[] = [
  { name: 'an amount that is no number', change: (a) => (service(a).answers.jahresbetrag = 'viel'), code: 'not-a-number', path: `${ITEM}[0].answers.jahresbetrag` },
  { name: 'NaN as an amount', change: (a) => (service(a).answers.jahresbetrag = 'NaN'), code: 'not-a-number', path: `${ITEM}[0].answers.jahresbetrag` },
  { name: 'an amount beyond any number (1e309)', change: (a) => (service(a).answers.jahresbetrag = '1e309'), code: 'not-a-number', path: `${ITEM}[0].answers.jahresbetrag` },
  { name: 'an amount of 400 digits', change: (a) => (service(a).answers.jahresbetrag = '9'.repeat(400)), code: 'not-a-number', path: `${ITEM}[0].answers.jahresbetrag` },
  { name: 'a negative annual amount', change: (a) => (service(a).answers.jahresbetrag = '-17.500'), code: 'number-below-min', path: `${ITEM}[0].answers.jahresbetrag` },
  {
    name: 'an exclusive option ticked with another',
    change: (a) => (a.responses.prozesse!.answers.personallage = ['nichts-davon', 'ruhestand']),
    code: 'exclusive-option-with-others',
    path: 'assessments[0].responses.prozesse.answers.personallage',
  },
  {
    name: 'the same option twice',
    change: (a) => (a.responses.prozesse!.answers.personallage = ['ruhestand', 'ruhestand']),
    code: 'option-twice',
    path: 'assessments[0].responses.prozesse.answers.personallage',
  },
  {
    name: 'two services with the same id',
    change: (a) => a.responses.umsatzsteuer!.items.leistungen!.push({ ...structuredClone(service(a)), name: 'Winterdienst' }),
    code: 'item-id-twice',
    path: `${ITEM}[1].id`,
  },
  { name: 'a service without a name', change: (a) => (service(a).name = '  '), code: 'item-name-empty', path: `${ITEM}[0].name` },
  {
    name: 'two services with the same name',
    change: (a) => a.responses.umsatzsteuer!.items.leistungen!.push({ ...structuredClone(service(a)), id: 'zweite', name: service(a).name.toUpperCase() }),
    code: 'item-name-taken',
    path: `${ITEM}[1].name`,
  },
  {
    name: 'more services than the questionnaire allows',
    change: (a) => (a.responses.umsatzsteuer!.items.leistungen = Array.from({ length: 27 }, (_, i) => ({ ...structuredClone(service(a)), id: `l${i}`, name: `Leistung ${i}` }))),
    code: 'items-too-many',
    path: 'assessments[0].responses.umsatzsteuer.items.leistungen',
  },
];

describe('parseAnswerFile applies the wizard\'s rules to answers of the current questionnaires', () => {
  it.each(ruleRows)('refuses $name: $code at $path', ({ change, code, path }) => {
    const issues = expectRefused(bauhofWith(change));
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([[code, path]]);
  });

  it('names assessment, questionnaire, item, question and rule in the message', () => {
    const [first] = expectRefused(bauhofWith((a) => (service(a).answers.jahresbetrag = '-5')));
    const title = questionnaires.find((q) => q.id === 'umsatzsteuer')!.title;
    expect(messageOf(first!)).toBe(
      `Bewertung „${scenario('bauhof').meta.municipality}“, Fragebogen „${title}“, Leistung „${service(scenario('bauhof')).name}“, Frage „${first!.params.question}“: Die Zahl muss mindestens 0 sein.`,
    );
  });

  it('checks answers to hidden questions too', () => {
    const a = scenario('standesamt');
    const umsatzsteuer = questionnaires.find((q) => q.id === 'umsatzsteuer')!;
    const view = new QuestionnaireView(umsatzsteuer, a.responses.umsatzsteuer!);
    expect(view.isQuestionVisible('jahresbetrag', { itemId: service(a).id })).toBe(false);
    service(a).answers.jahresbetrag = '-1';
    expect(expectRefused(parse(exported([a]))).map((i) => i.code)).toEqual(['number-below-min']);
  });

  it.each([
    { name: 'an option the question does not have', answers: (a: Assessment) => a.responses.prozesse!.answers, key: 'gemeinderatsbeschluss', value: 'vielleicht', code: 'migration-option-removed' },
    { name: 'a list for a number', answers: (a: Assessment) => service(a).answers, key: 'jahresbetrag', value: ['1'], code: 'migration-now-input' },
    { name: 'an answer to a question that does not exist', answers: (a: Assessment) => a.responses.it!.answers, key: 'frage', value: 'ja', code: 'migration-question-removed' },
  ])('drops $name with a note, as for an older file (it does not fit the questionnaire at all)', ({ answers, key, value, code }) => {
    const imported = expectOk(bauhofWith((a) => (answers(a)[key] = value))).assessments[0]!;
    expect(notesOf(imported).map((n) => n.code)).toEqual([code]);
    const expected = scenario('bauhof');
    delete answers(expected)[key];
    expect(imported.assessment).toEqual(expected);
  });

  it('takes over an unfinished assessment: missing answers are no error', () => {
    const a = createAssessment('leer', SCENARIO_DATE);
    a.responses.umsatzsteuer = { answers: {}, items: { leistungen: [] }, notes: {} };
    const version = questionnaires.find((q) => q.id === 'umsatzsteuer')!.version;
    expect(expectOk(parse(exported([a]))).assessments[0]!.assessment).toEqual({ ...a, questionnaireVersions: { umsatzsteuer: version } });
  });

  it('removes bidirectional control characters from names, as when they are typed', () => {
    const a = scenario('bauhof');
    a.meta.municipality = 'Musterstadt\u202E\u2066';
    service(a).name = '\u200FWinterdienst';
    const imported = expectOk(parse(exported([a]))).assessments[0]!.assessment;
    expect(imported.meta.municipality).toBe('Musterstadt');
    expect(service(imported).name).toBe('Winterdienst');
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
  /** Code and path of each note. */
  notes: [IssueCode, string][];
  message: RegExp;
}

const migrationRows: MigrationRow[] = [
  {
    name: 'a removed question',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => removeQuestion(q, 'personalkonzept')),
    expected: (a) => delete a.responses.prozesse!.answers.personalkonzept,
    notes: [['migration-question-removed', 'responses.prozesse.answers.personalkonzept']],
    message: /Frage „personalkonzept“ gibt es im Fragebogen „Prozesse & Organisation“ nicht mehr; die Antwort „ja“ wurde nicht übernommen/,
  },
  {
    name: 'a changed option value',
    scenario: 'standesamt',
    current: newVersion('it', (q) => (options(q, 'gleiches-fachverfahren').find((o) => o.value === 'gleich')!.value = 'identisch')),
    expected: (a) => delete a.responses.it!.answers['gleiches-fachverfahren'],
    notes: [['migration-option-removed', 'responses.it.answers.gleiches-fachverfahren']],
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
    notes: [['migration-options-removed', 'responses.prozesse.answers.personallage']],
    message: /hat die Antwortmöglichkeit „keine-vertretung“ nicht mehr; übernommen wurde „ruhestand“/,
  },
  {
    name: 'a single choice that became a multiple choice',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => Object.assign(question(q, 'aufgabenumfang'), { type: 'multiple' })),
    expected: (a) => (a.responses.prozesse!.answers.aufgabenumfang = ['gering']),
    notes: [['migration-now-multiple', 'responses.prozesse.answers.aufgabenumfang']],
    message: /erlaubt jetzt mehrere Antworten; übernommen wurde „gering“/,
  },
  {
    name: 'a multiple choice that became a single choice',
    scenario: 'standesamt',
    current: newVersion('prozesse', (q) => Object.assign(question(q, 'personallage'), { type: 'single' })),
    expected: (a) => delete a.responses.prozesse!.answers.personallage,
    notes: [['migration-now-single', 'responses.prozesse.answers.personallage']],
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
    notes: [['migration-now-input', 'responses.rechtsform.answers.formwunsch']],
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
    notes: [['migration-questionnaire-unknown', 'responses.datenschutz']],
    message: /Den Fragebogen „datenschutz“ kennt diese Fassung von IKZ-Check nicht/,
  },
  {
    name: 'a repeat item answer for a removed question',
    scenario: 'it-verbund',
    current: newVersion('umsatzsteuer', (q) => removeQuestion(q, 'hilfstaetigkeit')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen![0]!.answers.hilfstaetigkeit,
    notes: [['migration-question-removed', 'responses.umsatzsteuer.items.leistungen[0].answers.hilfstaetigkeit']],
    message: /Frage „hilfstaetigkeit“ gibt es .* nicht mehr; die Antwort „ja“ bei Leistung „IT-Betreuung für Mitgliedsgemeinden“ wurde nicht übernommen/,
  },
  {
    name: 'a removed repeatable section',
    scenario: 'bauhof',
    current: newVersion('umsatzsteuer', (q) => (q.sections[0]!.id = 'vorhaben')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen,
    notes: [['migration-section-removed', 'responses.umsatzsteuer.items.leistungen[0]']],
    message: /keinen Abschnitt „leistungen“ mit einzelnen Einträgen mehr; der Eintrag „Mäharbeiten und Grünpflege für Kleinwalde“ wurde mit seinen Antworten nicht übernommen/,
  },
  {
    name: 'a question moved into the repeatable section',
    scenario: 'bauhof',
    current: newVersion('umsatzsteuer', (q) => moveQuestion(q, 'steuerberatung', 'leistungen')),
    expected: (a) => delete a.responses.umsatzsteuer!.answers.steuerberatung,
    notes: [['migration-question-now-per-item', 'responses.umsatzsteuer.answers.steuerberatung']],
    message: /„Ist eine Steuerberatung .*“ wird jetzt je Leistung einzeln gestellt; die bisherige Antwort „nein“ wurde nicht übernommen/,
  },
  {
    name: 'a question moved out of the repeatable section',
    scenario: 'it-verbund',
    current: newVersion('umsatzsteuer', (q) => moveQuestion(q, 'kostenteilung', 'uebergang')),
    expected: (a) => delete a.responses.umsatzsteuer!.items.leistungen![0]!.answers.kostenteilung,
    notes: [['migration-question-no-longer-per-item', 'responses.umsatzsteuer.items.leistungen[0].answers.kostenteilung']],
    message: /wird nicht mehr je Leistung gestellt; die bisherige Antwort „ja“ bei Leistung „IT-Betreuung für Mitgliedsgemeinden“/,
  },
];

describe('migrateAssessment', () => {
  it.each(SCENARIOS.map((s) => s.id))('leaves the current-version scenario %s as it is', (id) => {
    const a = scenario(id);
    const migrated = migrateAssessment(a, questionnaires);
    expect(migrated).toEqual({ assessment: a, summaries: [] });
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
    expect(notesOf(migrated).map((n) => [n.code, formatPath(n.path)])).toEqual(notes);
    expect(messageOf(notesOf(migrated)[0]!)).toMatch(message);
    // Everything else is untouched, and the input is not changed.
    expect(migrated.assessment).toEqual(want);
    expect(input).toEqual(original);
    expect(v.safeParse(AssessmentSchema, migrated.assessment).success).toBe(true);
    // Migrating again changes nothing.
    expect(migrateAssessment(migrated.assessment, current)).toEqual({ assessment: migrated.assessment, summaries: [] });

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
    expect(notesOf(migrated).map((n) => [n.code, formatPath(n.path)])).toEqual([
      ['migration-question-removed', 'responses.umsatzsteuer.answers.widerruf'],
      ['migration-question-removed', 'responses.umsatzsteuer.items.leistungen[0].answers.jahresbetrag'],
      ['migration-option-removed', 'responses.umsatzsteuer.items.leistungen[0].answers.kostenerstattung'],
    ]);
    const item = migrated.assessment.responses.umsatzsteuer!.items.leistungen![0]!;
    expect(Object.keys(item.answers)).toEqual(['leistungsaustausch', 'erstattung', 'rechtsgrundlage', 'hilfstaetigkeit', 'steuerfrei-bei-privaten', 'kostenteilung']);
  });

  it('keeps the notes of the workshop even where their question is gone', () => {
    const a = richAssessment();
    const current = newVersion('it', (q) => removeQuestion(q, 'migrationsplan'));
    const migrated = migrateAssessment(a, current);
    expect(migrated.assessment.responses.it!.notes).toEqual(a.responses.it!.notes);
    expect(notesOf(migrated).map((n) => n.params.questionId)).toEqual(['migrationsplan']);
  });

  it('sets the versions of the known questionnaires to the current ones and leaves unused ones out', () => {
    const a = createAssessment('x', SCENARIO_DATE);
    a.questionnaireVersions = { it: 1, alt: 2 };
    const current = newVersion('it', () => {});
    expect(migrateAssessment(a, current)).toEqual({ assessment: { ...a, questionnaireVersions: { it: 2 } }, summaries: [] });
  });

  it('sums up each questionnaire: answers kept, changed and dropped, questions still open', () => {
    const current = newVersion('umsatzsteuer', (q) => {
      removeQuestion(q, 'widerruf');
      options(q, 'kostenerstattung').find((o) => o.value === 'mit-aufschlag')!.value = 'mit-gewinnaufschlag';
    });
    const a = scenario('bauhof');
    const before = Object.keys(a.responses.umsatzsteuer!.answers).length + Object.keys(service(a).answers).length;
    const [summary, ...others] = migrateAssessment(a, current).summaries;
    expect(others).toEqual([]);
    const version = questionnaires.find((q) => q.id === 'umsatzsteuer')!.version;
    expect(summary).toMatchObject({ questionnaireId: 'umsatzsteuer', fromVersion: version, toVersion: version + 1, kept: before - 2, changed: 0, dropped: 2, moreNotes: 0 });
    expect(summary!.open).toBeGreaterThan(0);
    expect(summary!.notes).toHaveLength(2);
  });

  it('drops, for answers to an older version, values that break a rule of the new one – with a note', () => {
    const current = newVersion('umsatzsteuer', (q) => Object.assign(question(q, 'jahresbetrag'), { max: 10_000 }));
    const a = scenario('bauhof');
    service(a).answers.jahresbetrag = '12.000';
    const imported = expectOk(parse(exported([a]), current)).assessments[0]!;
    expect(service(imported.assessment).answers.jahresbetrag).toBeUndefined();
    expect(notesOf(imported).map((n) => [n.code, n.params.rule])).toEqual([['migration-rule', 'number-above-max']]);
    expect(messageOf(notesOf(imported)[0]!)).toMatch(/darf höchstens 10\.000 sein\. Die bisherige Antwort „12\.000“ bei Leistung „.*“ passt nicht mehr zu dieser Regel/);
  });

  it('keeps, for answers to an older version, the first items up to a lower maximum – with a note naming the others', () => {
    const current = newVersion('umsatzsteuer', (q) => (q.sections.find((s) => s.id === 'leistungen')!.repeat!.max = 1));
    const a = scenario('bauhof');
    a.responses.umsatzsteuer!.items.leistungen!.push({ ...structuredClone(service(a)), id: 'zweite', name: 'Winterdienst' });
    const imported = expectOk(parse(exported([a]), current)).assessments[0]!;
    expect(imported.assessment.responses.umsatzsteuer!.items.leistungen!.map((i) => i.name)).toEqual([service(a).name]);
    expect(messageOf(notesOf(imported)[0]!)).toMatch(/höchstens 1 Leistung möglich; der Eintrag „Winterdienst“ wurde mit seinen Antworten nicht übernommen/);
  });

  it('takes over a file with 70,000 unknown question ids quickly, with one summary and a bounded list of notes', () => {
    const a = scenario('standesamt');
    for (let i = 0; i < 70_000; i++) a.responses.prozesse!.answers[`frage-${i}`] = 'ja';
    const text = exported([a]);
    expect(text.length).toBeLessThan(MAX_ANSWER_FILE_BYTES);
    const started = performance.now();
    const imported = expectOk(parse(text)).assessments[0]!;
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(imported.summaries).toHaveLength(1);
    expect(imported.summaries[0]).toMatchObject({ questionnaireId: 'prozesse', dropped: 70_000, notes: expect.any(Array), moreNotes: 70_000 - 50 });
    expect(imported.assessment).toEqual(scenario('standesamt'));
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

// ------------------------------------------------------------------------------------------------
// The action plan (format version 2)

describe('the action plan in answer files', () => {
  /** The scenario standesamt with a plan: an entry for a generated step and an own step. */
  const planned = (): Assessment => ({
    ...scenario('standesamt'),
    plan: {
      steps: {
        'frage:prozesse/wege-zumutbar': { status: 'in-arbeit', owner: 'Hauptamt, Frau Weber', due: '2027-03-31', note: 'Busfahrplan „Linie 3“ prüfen; danach Rat', text: 'Schätzen Sie die Fahrzeit …', topic: 'Prozesse & Organisation', priority: 'niedrig' },
        'aufgabe:standesamt/1v3myfc': { status: 'erledigt', text: 'Legen Sie den Start …', topic: 'Rechtsform', priority: 'hoch' },
      },
      custom: [{ id: 'k1', text: '=Personalrat einladen', priority: 'hoch', status: 'offen', owner: 'Bürgermeister' }],
    },
  });
  const planField = (change: (plan: NonNullable<Assessment['plan']>) => void) =>
    withFile((f) => {
      const plan = JSON.parse(JSON.stringify(planned().plan));
      change(plan);
      f.assessments[0]!.plan = plan;
    });

  it('carries owners, dates, statuses, notes and own steps there and back, steps sorted by key', () => {
    const text = exported([planned()]);
    const file = JSON.parse(text);
    expect(Object.keys(file.assessments[0])).toEqual(['id', 'createdAt', 'updatedAt', 'meta', 'questionnaireVersions', 'responses', 'plan']);
    expect(Object.keys(file.assessments[0].plan.steps)).toEqual(['aufgabe:standesamt/1v3myfc', 'frage:prozesse/wege-zumutbar']);
    expect(Object.keys(file.assessments[0].plan.steps['frage:prozesse/wege-zumutbar'])).toEqual(['status', 'owner', 'due', 'note', 'text', 'topic', 'priority']);
    expect(expectOk(parse(text)).assessments[0]!.assessment).toEqual(planned());
  });

  it('reads a file of format version 1 as assessments without a plan', () => {
    const old = withFile((f) => (f.formatVersion = 1));
    expect(expectOk(parse(old)).assessments[0]!.assessment).toEqual(scenario('standesamt'));
  });

  it.each<{ name: string; text: string; code: IssueCode; path: string; message: string }>([
    {
      name: 'a plan in a file of format version 1',
      text: withFile((f) => {
        f.formatVersion = 1;
        f.assessments[0]!.plan = { steps: {}, custom: [] };
      }),
      code: 'unknown-field',
      path: 'assessments[0].plan',
      message: 'unbekanntes Feld',
    },
    {
      name: 'a status that does not exist',
      text: planField((p) => (p.steps['frage:prozesse/wege-zumutbar']!.status = 'fertig' as never)),
      code: 'plan-status-invalid',
      path: 'assessments[0].plan.steps.frage:prozesse/wege-zumutbar.status',
      message: 'Maßnahmenplan: Den Status „fertig“ gibt es nicht; möglich sind „offen“, „in Arbeit“, „erledigt“ und „entfällt“.',
    },
    {
      name: 'a day that does not exist',
      text: planField((p) => (p.steps['frage:prozesse/wege-zumutbar']!.due = '2027-02-30')),
      code: 'plan-date-invalid',
      path: 'assessments[0].plan.steps.frage:prozesse/wege-zumutbar.due',
      message: 'Maßnahmenplan: „2027-02-30“ ist kein gültiges Datum für „Bis“. Erwartet wird ein Tag zwischen dem 1.1.2000 und dem 31.12.2099, in der Datei im Format JJJJ-MM-TT.',
    },
    {
      name: 'a German date',
      text: planField((p) => (p.custom[0]!.due = '31.03.2027')),
      code: 'plan-date-invalid',
      path: 'assessments[0].plan.custom[0].due',
      message: 'Maßnahmenplan: „31.03.2027“ ist kein gültiges Datum für „Bis“. Erwartet wird ein Tag zwischen dem 1.1.2000 und dem 31.12.2099, in der Datei im Format JJJJ-MM-TT.',
    },
    {
      name: 'a note that is too long',
      text: planField((p) => (p.steps['frage:prozesse/wege-zumutbar']!.note = 'x'.repeat(5001))),
      code: 'plan-text-too-long',
      path: 'assessments[0].plan.steps.frage:prozesse/wege-zumutbar.note',
      message: 'Maßnahmenplan: Der Text bei „Notiz“ ist zu lang (5.001 Zeichen); erlaubt sind höchstens 5.000.',
    },
    {
      name: 'an own step without text',
      text: planField((p) => (p.custom[0]!.text = '  ')),
      code: 'plan-text-empty',
      path: 'assessments[0].plan.custom[0].text',
      message: 'Maßnahmenplan: Geben Sie ein, was zu tun ist – ein eigener Schritt braucht einen Text.',
    },
    {
      name: 'a key the app does not give',
      text: planField((p) => (p.steps['Schritt 1'] = p.steps['frage:prozesse/wege-zumutbar']!)),
      code: 'plan-key-invalid',
      path: 'assessments[0].plan.steps.Schritt 1',
      message: 'Maßnahmenplan: „Schritt 1“ ist keine Kennung eines Schritts, wie IKZ-Check sie vergibt.',
    },
    {
      name: 'a priority that does not exist',
      text: planField((p) => (p.custom[0]!.priority = 'dringend' as never)),
      code: 'plan-priority-invalid',
      path: 'assessments[0].plan.custom[0].priority',
      message: 'Maßnahmenplan: Die Priorität „dringend“ gibt es nicht; möglich sind „hoch“, „mittel“ und „niedrig“.',
    },
    {
      name: '101 own steps',
      text: planField((p) => (p.custom = Array.from({ length: 101 }, (_, i) => ({ ...p.custom[0]!, id: `k${i}` })))),
      code: 'plan-too-many',
      path: 'assessments[0].plan.custom',
      message: 'Maßnahmenplan: 101 Einträge sind zu viele; möglich sind höchstens 100.',
    },
    {
      name: 'an unknown field in an entry',
      text: planField((p) => Object.assign(p.steps['frage:prozesse/wege-zumutbar']!, { erledigtAm: 'gestern' })),
      code: 'unknown-field',
      path: 'assessments[0].plan.steps.frage:prozesse/wege-zumutbar.erledigtAm',
      message: 'unbekanntes Feld',
    },
  ])('refuses $name with a German message', ({ text, code, path, message }) => {
    const [first] = expectRefused(parse(text));
    expect({ code: first!.code, path: formatPath(first!.path), message: messageOf(first!) }).toEqual({ code, path, message });
  });
});
