// The answer file: how a municipality sends its answers to the advisor, and how the advisor's
// browser reads them back. Reading is strict – a file with any problem is rejected as a whole and
// every problem is named in German with its place – but answers given to an older questionnaire
// version are not an error: they are adapted to the current questionnaires, with a note for
// everything that could not be taken over.
//
// File format (JSON, UTF-8, 2-space indent, keys always in this order):
//
//   {
//     "format": "ikz-check/antwortdatei",       – identifies the file; anything else is rejected
//     "formatVersion": 1,                        – integer; a newer version asks for an app update
//     "exportedAt": "2026-11-25T09:00:00.000Z",  – ISO timestamp of the export
//     "app": "IKZ-Check",
//     "questionnaires": [                         – the exporting app's questionnaires (informative;
//       { "id": "prozesse", "version": 1, "title": "Prozesse & Organisation" }, …     the versions
//     ],                                             that count are in each assessment)
//     "assessments": [                            – 1 to 50 assessments (src/domain/assessment/assessment.ts)
//       {
//         "id", "label"?, "round"?, "previousRoundId"?, "createdAt", "updatedAt",
//         "meta": { "municipality", "landkreis", "contactPerson", "date", "tasks", "otherTasks", "partners" },
//         "questionnaireVersions": { <questionnaire id>: <version>, … },     – keys sorted
//         "responses": {                                                     – questionnaire ids sorted
//           <questionnaire id>: {
//             "answers": { <question id>: "value" | ["value", …], … },     – keys sorted
//             "items": { <section id>: [ { "id", "name", "answers" }, … ] }, – section ids sorted,
//             "notes": { <question id or item id/question id>: "text" }      items in their order
//           }
//         }
//       }
//     ]
//   }
//
// Optional fields are left out when they are not set. Keys named "__proto__", "constructor" or
// "prototype" are rejected anywhere in the file.
import * as v from 'valibot';
import { AssessmentSchema, type AnswerValue, type Assessment, type RepeatItem, type Response } from '../assessment/assessment.ts';
import { formatPath } from '../issues/issues.ts';
import { asciiName, describeSchemaIssue, shorten, type DataProblem } from '../issues/problems.ts';
import { questionIndex } from '../content/questionIndex.ts';
import { optionsOf } from '../content/questions.ts';
import type { Question, Questionnaire, Section } from '../content/schema.ts';

export const ANSWER_FILE_FORMAT = 'ikz-check/antwortdatei';
export const ANSWER_FILE_VERSION = 1;
export const MAX_ANSWER_FILE_BYTES = 5 * 1024 * 1024;
/** Most assessments one file may hold (a workshop has 3–8 municipalities, some with several rounds). */
export const MAX_ANSWER_FILE_ASSESSMENTS = 50;
/** Most problems listed for one file; further ones are summed up in the last entry. */
export const MAX_LISTED_PROBLEMS = 20;
/** Deepest nesting of arrays and objects accepted; a valid file needs 10 levels. */
export const MAX_NESTING_DEPTH = 32;

const APP_NAME = 'IKZ-Check';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A problem with the file: German message and path, e.g. "assessments[0].meta.landkreis". */
export type FileProblem = DataProblem;

export interface MigrationNote {
  questionnaireId: string;
  /** Empty when the note is about a whole questionnaire or a whole repeatable item. */
  questionId: string;
  /** The repeatable item (e.g. a planned service) the answer belonged to. */
  itemName?: string;
  /** The repeatable section, for notes about answers in or about items. */
  sectionId?: string;
  kind: 'entfernt' | 'geaendert' | 'fragebogen-unbekannt';
  /** German, names the question (its text, or its id if it no longer exists) and the item. */
  message: string;
}

export interface ImportedAssessment {
  assessment: Assessment;
  /** What migration to the current questionnaires changed; empty when everything fitted. */
  notes: MigrationNote[];
}

export type ImportResult =
  | { ok: true; assessments: ImportedAssessment[]; /** From the file's "exportedAt". */ exportedAt: string }
  | { ok: false; problems: [FileProblem, ...FileProblem[]] };

// ------------------------------------------------------------------------------------------------
// Export

function sortedRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, map(record[key] as T)]),
  );
}

function copyValue(value: AnswerValue): AnswerValue {
  return Array.isArray(value) ? [...value] : value;
}

function canonicalResponse(response: Response) {
  return {
    answers: sortedRecord(response.answers, copyValue),
    items: sortedRecord(response.items, (items) =>
      items.map((item) => ({ id: item.id, name: item.name, answers: sortedRecord(item.answers, copyValue) })),
    ),
    notes: sortedRecord(response.notes, (note) => note),
  };
}

/** The assessment as a new object with the file's key order; unknown fields are left out. */
function canonicalAssessment(assessment: Assessment) {
  const { meta } = assessment;
  return {
    id: assessment.id,
    ...(assessment.label !== undefined && { label: assessment.label }),
    ...(assessment.round !== undefined && { round: assessment.round }),
    ...(assessment.previousRoundId !== undefined && { previousRoundId: assessment.previousRoundId }),
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    meta: {
      municipality: meta.municipality,
      landkreis: meta.landkreis,
      contactPerson: meta.contactPerson,
      date: meta.date,
      tasks: [...meta.tasks],
      otherTasks: meta.otherTasks,
      partners: meta.partners,
    },
    questionnaireVersions: sortedRecord(assessment.questionnaireVersions, (version) => version),
    responses: sortedRecord(assessment.responses, canonicalResponse),
  };
}

/** JSON text of an answer file with one or several assessments: human-readable (2-space indent), stable field order. */
export function exportAnswerFile(assessments: Assessment[], questionnaires: Questionnaire[], exportedAt: Date): string {
  const file = {
    format: ANSWER_FILE_FORMAT,
    formatVersion: ANSWER_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: APP_NAME,
    questionnaires: questionnaires.map((q) => ({ id: q.id, version: q.version, title: q.title })),
    assessments: assessments.map(canonicalAssessment),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A suggested file name: IKZ-Check_Antworten_<Gemeinde or "mehrere-Gemeinden">_<JJJJ-MM-TT>.json, ASCII only (ä→ae, ß→ss).
 * Several assessments of the same municipality (e.g. two rounds) carry its name; no name at all gives "ohne-Namen".
 * The date is the local calendar day of `date`.
 */
export function answerFileName(assessments: Assessment[], date: Date): string {
  const names = [...new Set(assessments.map((a) => asciiName(a.meta.municipality.trim())).filter((n) => n !== ''))];
  const who =
    names.length > 1 || (names.length === 0 && assessments.length > 1)
      ? 'mehrere-Gemeinden'
      : (names[0] ?? 'ohne-Namen');
  return `IKZ-Check_Antworten_${who}_${localDate(date)}.json`;
}

// ------------------------------------------------------------------------------------------------
// Migration

function quoted(value: AnswerValue): string {
  const values = Array.isArray(value) ? value : [value];
  return values.length === 0 ? '(keine Auswahl)' : values.map((x) => `„${shorten(x)}“`).join(', ');
}

type Fit = { kind: 'keep' } | { kind: 'drop'; reason: string } | { kind: 'change'; value: string[]; reason: string };

/** Whether a stored answer still fits the current question, and if not what can be kept. */
function fitAnswer(question: Question, value: AnswerValue): Fit {
  const known = new Set(optionsOf(question).map((o) => o.value));
  switch (question.type) {
    case 'single':
    case 'scale':
      if (typeof value === 'string' && known.has(value)) return { kind: 'keep' };
      return {
        kind: 'drop',
        reason: Array.isArray(value)
          ? 'erlaubt jetzt nur noch eine Antwort'
          : 'hat diese Antwortmöglichkeit nicht mehr',
      };
    case 'multiple': {
      const values = Array.isArray(value) ? value : [value];
      const kept = values.filter((x) => known.has(x));
      if (Array.isArray(value) && kept.length === value.length) return { kind: 'keep' };
      if (kept.length === 0) return { kind: 'drop', reason: 'hat diese Antwortmöglichkeiten nicht mehr' };
      const dropped = values.filter((x) => !known.has(x));
      return {
        kind: 'change',
        value: kept,
        reason: dropped.length
          ? `hat ${dropped.length === 1 ? 'die Antwortmöglichkeit' : 'die Antwortmöglichkeiten'} ${quoted(dropped)} nicht mehr; übernommen wurde ${quoted(kept)}`
          : `erlaubt jetzt mehrere Antworten; übernommen wurde ${quoted(kept)}`,
      };
    }
    case 'number':
    case 'text':
      if (typeof value === 'string') return { kind: 'keep' };
      return { kind: 'drop', reason: 'erwartet jetzt eine Eingabe statt einer Auswahl' };
  }
}

function migrateResponse(questionnaire: Questionnaire, response: Response, notes: MigrationNote[]): Response {
  const index = questionIndex(questionnaire);
  const title = questionnaire.title;
  const note = (
    questionId: string,
    kind: MigrationNote['kind'],
    message: string,
    item?: { name: string; sectionId: string },
  ) =>
    notes.push({
      questionnaireId: questionnaire.id,
      questionId,
      ...(item && { itemName: item.name, sectionId: item.sectionId }),
      kind,
      message,
    });

  /** The answers of one scope (top level: section undefined; an item: its repeatable section). */
  const migrateAnswers = (
    answers: Record<string, AnswerValue>,
    section: Section | undefined,
    item?: { name: string; sectionId: string; label: string },
  ): Record<string, AnswerValue> => {
    const kept: [string, AnswerValue][] = [];
    const where = item ? ` bei ${item.label}` : '';
    for (const [questionId, value] of Object.entries(answers)) {
      const location = index.location(questionId);
      if (!location) {
        note(
          questionId,
          'entfernt',
          `Die Frage „${shorten(questionId)}“ gibt es im Fragebogen „${title}“ nicht mehr; die Antwort ${quoted(value)}${where} wurde nicht übernommen.`,
          item,
        );
        continue;
      }
      const { question } = location;
      // Top level: the question must be in a plain section; in an item: in the item's own section.
      const moved = section ? location.section !== section : Boolean(location.section.repeat);
      if (moved) {
        const now = location.section.repeat
          ? `wird jetzt je ${location.section.repeat.itemName} einzeln gestellt`
          : `wird nicht mehr je ${section?.repeat?.itemName ?? 'Eintrag'} gestellt`;
        note(
          questionId,
          'entfernt',
          `Die Frage „${question.text}“ ${now}; die bisherige Antwort ${quoted(value)}${where} wurde nicht übernommen.`,
          item,
        );
        continue;
      }
      const fit = fitAnswer(question, value);
      if (fit.kind === 'keep') {
        kept.push([questionId, value]);
      } else if (fit.kind === 'drop') {
        note(
          questionId,
          'geaendert',
          `Die Frage „${question.text}“ ${fit.reason}; die bisherige Antwort ${quoted(value)}${where} wurde nicht übernommen.`,
          item,
        );
      } else {
        kept.push([questionId, fit.value]);
        note(questionId, 'geaendert', `Die Frage „${question.text}“ ${fit.reason}${where}.`, item);
      }
    }
    return Object.fromEntries(kept);
  };

  const answers = migrateAnswers(response.answers, undefined);
  const items: [string, RepeatItem[]][] = [];
  for (const [sectionId, list] of Object.entries(response.items)) {
    const section = index.section(sectionId);
    const repeat = section?.repeat;
    if (!section || !repeat) {
      for (const item of list) {
        note(
          '',
          'entfernt',
          `Im Fragebogen „${title}“ gibt es keinen Abschnitt „${shorten(sectionId)}“ mit einzelnen Einträgen mehr; der Eintrag „${shorten(item.name)}“ wurde mit seinen Antworten nicht übernommen.`,
          { name: item.name, sectionId },
        );
      }
      continue;
    }
    items.push([
      sectionId,
      list.map((item) => ({
        id: item.id,
        name: item.name,
        answers: migrateAnswers(item.answers, section, {
          name: item.name,
          sectionId,
          label: `${repeat.itemName} „${shorten(item.name)}“`,
        }),
      })),
    ]);
  }

  return {
    answers,
    items: Object.fromEntries(items),
    // Notes are free text of the workshop: they are kept even where their question is gone.
    notes: Object.fromEntries(Object.entries(response.notes)),
  };
}

/**
 * Adapts answers given to older questionnaire versions to the current questionnaires. Answers that
 * still fit are kept unchanged; everything else is dropped or trimmed with a note. The result is a
 * new object (the input is not changed) whose questionnaireVersions are the current versions.
 */
export function migrateAssessment(assessment: Assessment, questionnaires: Questionnaire[]): ImportedAssessment {
  const byId = new Map(questionnaires.map((q) => [q.id, q]));
  const notes: MigrationNote[] = [];
  const responses: [string, Response][] = [];
  for (const [questionnaireId, response] of Object.entries(assessment.responses)) {
    const questionnaire = byId.get(questionnaireId);
    if (!questionnaire) {
      notes.push({
        questionnaireId,
        questionId: '',
        kind: 'fragebogen-unbekannt',
        message: `Den Fragebogen „${shorten(questionnaireId)}“ kennt diese Fassung von IKZ-Check nicht; die Antworten dazu wurden nicht übernommen.`,
      });
      continue;
    }
    responses.push([questionnaireId, migrateResponse(questionnaire, response, notes)]);
  }
  const versionIds = new Set([...Object.keys(assessment.questionnaireVersions), ...responses.map(([id]) => id)]);
  const questionnaireVersions = Object.fromEntries(
    [...versionIds].flatMap((id) => {
      const questionnaire = byId.get(id);
      return questionnaire ? [[id, questionnaire.version] as const] : [];
    }),
  );
  const { meta } = assessment;
  return {
    assessment: {
      id: assessment.id,
      ...(assessment.label !== undefined && { label: assessment.label }),
      ...(assessment.round !== undefined && { round: assessment.round }),
      ...(assessment.previousRoundId !== undefined && { previousRoundId: assessment.previousRoundId }),
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      meta: { ...meta, tasks: [...meta.tasks] },
      questionnaireVersions,
      responses: Object.fromEntries(responses),
    },
    notes,
  };
}

// ------------------------------------------------------------------------------------------------
// Import

const germanMegabytes = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What a value is, for messages, without printing (possibly huge) content. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'ein Objekt';
  if (typeof value === 'string') return `„${shorten(value, 40)}“`;
  return String(value);
}

function failure(problems: FileProblem[]): ImportResult {
  if (problems.length === 0)
    return { ok: false, problems: [{ path: '', message: 'Die Datei konnte nicht gelesen werden.' }] };
  if (problems.length > MAX_LISTED_PROBLEMS) {
    const rest = problems.length - (MAX_LISTED_PROBLEMS - 1);
    problems = [
      ...problems.slice(0, MAX_LISTED_PROBLEMS - 1),
      { path: '', message: `Dazu kommen ${rest} weitere Probleme, die hier nicht einzeln aufgeführt sind.` },
    ];
  }
  return { ok: false, problems: problems as [FileProblem, ...FileProblem[]] };
}

const fail = (path: string, message: string): ImportResult => failure([{ path, message }]);

/** True when arrays and objects nest deeper than `limit` (checked before JSON.parse, which is slow on deep nesting). */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function jsonErrorMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  let where = '';
  const position = /position (\d+)/.exec(detail);
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  if (atEnd || /end of (JSON input|data)/i.test(detail)) where = ' (sie endet mitten in den Daten)';
  else if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    where = ` (Fehler in Zeile ${line}, Spalte ${column})`;
  } else if (lineColumn) where = ` (Fehler in Zeile ${lineColumn[1]}, Spalte ${lineColumn[2]})`;
  return `Die Datei enthält kein lesbares JSON${where}. Sie ist möglicherweise abgeschnitten oder wurde von Hand verändert; bitte lassen Sie sich die Antwortdatei erneut schicken.`;
}

/** Object keys that could change prototypes further on, wherever they occur; the walk is iterative. */
function forbiddenKeys(data: unknown): FileProblem[] {
  interface Node {
    value: unknown;
    parent?: Node;
    key?: string | number;
  }
  const pathOf = (node: Node | undefined): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let n = node; n?.parent; n = n.parent) path.unshift(n.key!);
    return path;
  };
  const problems: FileProblem[] = [];
  const stack: Node[] = [{ value: data }];
  while (stack.length > 0 && problems.length <= MAX_LISTED_PROBLEMS) {
    const node = stack.pop()!;
    const { value } = node;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: node, key: i });
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          const container = formatPath(pathOf(node));
          problems.push({
            path: formatPath([...pathOf(node), key]),
            message: `unzulässiger Schlüssel „${key}“ in ${container || 'der obersten Ebene'} – solche Schlüssel werden aus Sicherheitsgründen nicht eingelesen.`,
          });
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
        }
      }
    }
  }
  return problems;
}

/**
 * valibot's v.record also accepts an array (as a record with the keys "0", "1", …). The places of
 * an assessment that are records must be objects in the file; called after the schema passed.
 */
function listsInPlaceOfRecords(entry: Assessment): (string | number)[][] {
  const found: (string | number)[][] = [];
  const check = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) found.push(path);
  };
  check(entry.questionnaireVersions, ['questionnaireVersions']);
  check(entry.responses, ['responses']);
  for (const [questionnaireId, response] of Object.entries(entry.responses)) {
    const at = ['responses', questionnaireId];
    check(response.answers, [...at, 'answers']);
    check(response.items, [...at, 'items']);
    check(response.notes, [...at, 'notes']);
    for (const [sectionId, items] of Object.entries(response.items)) {
      items.forEach((item, i) => check(item.answers, [...at, 'items', sectionId, i, 'answers']));
    }
  }
  return found;
}

const EnvelopeSchema = v.strictObject({
  format: v.literal(ANSWER_FILE_FORMAT),
  formatVersion: v.number(),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  app: v.pipe(v.string(), v.maxLength(100)),
  questionnaires: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.maxLength(100)),
        version: v.pipe(v.number(), v.integer(), v.minValue(1)),
        title: v.pipe(v.string(), v.maxLength(500)),
      }),
    ),
    v.maxLength(100),
  ),
  assessments: v.array(v.unknown()),
});

function parseChecked(text: string, byteLength: number, questionnaires: Questionnaire[]): ImportResult {
  // Every UTF-8 byte sequence is at least as long as its UTF-16 text: the text length is a lower bound.
  const size = Math.max(byteLength, text.length);
  if (size > MAX_ANSWER_FILE_BYTES) {
    const megabytes = Math.ceil((size / (1024 * 1024)) * 10) / 10;
    return fail('', `Die Datei ist zu groß (${germanMegabytes.format(megabytes)} MB); erlaubt sind höchstens 5 MB.`);
  }
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '')
    return fail('', 'Die Datei ist leer. Bitte lassen Sie sich die Antwortdatei erneut schicken.');
  if (nestsDeeperThan(content, MAX_NESTING_DEPTH)) {
    return fail(
      '',
      `Die Datei ist zu tief verschachtelt (mehr als ${MAX_NESTING_DEPTH} Ebenen); sie ist keine Antwortdatei von IKZ-Check.`,
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return fail('', jsonErrorMessage(content, error));
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('', 'Die Datei ist keine Antwortdatei von IKZ-Check (sie enthält kein JSON-Objekt).');
  }
  const file = data as Record<string, unknown>;
  if (!Object.hasOwn(file, 'format') || file.format !== ANSWER_FILE_FORMAT) {
    return fail(
      'format',
      `Die Datei ist keine Antwortdatei von IKZ-Check (erwartet wird das Format „${ANSWER_FILE_FORMAT}“).`,
    );
  }
  const version = Object.hasOwn(file, 'formatVersion') ? file.formatVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'formatVersion',
      version === undefined
        ? 'Angabe fehlt: Die Datei nennt keine Formatversion.'
        : `ungültiger Wert (${describeValue(version)}): Die Formatversion muss eine ganze Zahl ab 1 sein.`,
    );
  }
  if (version > ANSWER_FILE_VERSION) {
    return fail(
      'formatVersion',
      `Die Datei wurde mit einer neueren Fassung von IKZ-Check erstellt (Formatversion ${version}); diese Fassung kennt nur Formatversion ${ANSWER_FILE_VERSION}. Bitte die App aktualisieren (Seite neu laden) und die Datei erneut einlesen.`,
    );
  }

  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return failure(forbidden);

  const problems: FileProblem[] = [];
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) problems.push(...envelope.issues.map((issue) => describeSchemaIssue([], issue)));

  const list = file.assessments;
  if (!Array.isArray(list)) {
    // Already reported by the envelope check ("Angabe fehlt" or "ungültiger Wert").
    return failure(problems);
  }
  if (list.length === 0) {
    return failure([...problems, { path: 'assessments', message: 'Die Datei enthält keine Bewertung.' }]);
  }
  if (list.length > MAX_ANSWER_FILE_ASSESSMENTS) {
    return failure([
      ...problems,
      {
        path: 'assessments',
        message: `Die Datei enthält ${list.length} Bewertungen; eingelesen werden höchstens ${MAX_ANSWER_FILE_ASSESSMENTS} auf einmal.`,
      },
    ]);
  }

  const valid: Assessment[] = [];
  const firstIndexOfId = new Map<string, number>();
  list.forEach((entry, index) => {
    const result = v.safeParse(AssessmentSchema, entry);
    const lists = result.success ? listsInPlaceOfRecords(entry as Assessment) : [];
    if (!result.success)
      problems.push(...result.issues.map((issue) => describeSchemaIssue(['assessments', index], issue)));
    else if (lists.length > 0) {
      problems.push(
        ...lists.map((path) => ({
          path: formatPath(['assessments', index, ...path]),
          message: 'ungültiger Wert (Array)',
        })),
      );
    } else valid.push(result.output);
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = firstIndexOfId.get(id);
    if (first === undefined) firstIndexOfId.set(id, index);
    else {
      problems.push({
        path: `assessments[${index}].id`,
        message: `Die Bewertung mit der Kennung „${shorten(id, 40)}“ steht mehrfach in der Datei (auch als assessments[${first}]).`,
      });
    }
  });
  if (problems.length > 0 || !envelope.success) return failure(problems);

  return {
    ok: true,
    exportedAt: envelope.output.exportedAt,
    assessments: valid.map((assessment) => migrateAssessment(assessment, questionnaires)),
  };
}

/** Parses and validates an answer file; byteLength is the file's size in bytes (checked before parsing). */
export function parseAnswerFile(text: string, byteLength: number, questionnaires: Questionnaire[]): ImportResult {
  try {
    return parseChecked(text, byteLength, questionnaires);
  } catch {
    // Not expected (the property tests look for this message); a file must never break the app.
    return fail(
      '',
      'Die Datei konnte nicht verarbeitet werden. Bitte lassen Sie sich die Antwortdatei erneut schicken.',
    );
  }
}
