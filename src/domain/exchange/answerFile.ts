// The answer file: how a municipality sends its answers to the advisor, and how the advisor's
// browser reads them back. An imported assessment must hold nothing the wizard would refuse.
//
// What happens to a value that does not fit – decided per case, as a user would expect:
//
// Refused (the whole file, nothing is saved; every problem named in German with assessment,
// questionnaire, question and the rule) – the file is damaged, forged or from a newer app:
//   - not UTF-8, not JSON (with line and column), too large, too deep, not an answer file, a newer
//     format version, keys like "__proto__", fields the format does not know, wrong types;
//   - ids outside A–Z, a–z, 0–9 and "-" (1 to 100 characters; the app makes UUIDs), the same
//     assessment id twice, the same item id twice in a questionnaire;
//   - answers to a questionnaire version newer than this app knows;
//   - items without a name or with the name of another item (the wizard refuses both, in any version);
//   - for answers given to the current questionnaire version: any value the wizard's "Weiter" refuses
//     (valueIssue in src/domain/assessment/wizard.ts) – numbers that are no number (NaN, 1e309) or
//     out of range, text over its limit, an exclusive option ticked with others, an option twice –
//     and more items than the repeatable section allows.
// Dropped with a note (migration; the file is taken over, and the notes are summarised per
// questionnaire and shown before the user confirms) – the answers fitted an older questionnaire:
//   - answers to questionnaires, sections or questions that no longer exist, or to a question that
//     moved into or out of a repeatable section;
//   - options that no longer exist, a changed question type (single ↔ multiple ↔ input);
//   - for answers given to an older questionnaire version: values that break a rule of the current
//     version, and items beyond the current maximum (the first ones are kept).
// Cleaned without a note, as typed input is: bidirectional control characters in names.
// Notes of the workshop are free text and are kept even where their question is gone.
// The action plan is kept as it is, also entries for steps the current answers no longer call for
// (the app shows them as resolved); it obeys the rules of the results page: a status from the list,
// a real date, text within its limits, keys of the form the app gives – else the file is refused.
//
// Format versions: 1 had no plan ("plan" in a version-1 file is an unknown field); 2 adds it. A
// version-1 file is read as an assessment without a plan.
//
// A missing version for a questionnaire counts as the current one. Nothing is ever kept silently.
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
//         "id", "label"?, "round"?, "previousRoundId"?, "taskGroup"?, "createdAt", "updatedAt",
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
// Optional fields are left out when they are not set.
import * as v from 'valibot';
import { AssessmentSchema, type AnswerValue, type Assessment, type RepeatItem, type Response } from '../assessment/assessment.ts';
import { assessmentIssues, assessmentName } from '../assessment/check.ts';
import { cleanName, fileNameSubject, localDate } from '../assessment/names.ts';
import { questionnaireProgress, valueIssue } from '../assessment/wizard.ts';
import { questionIndex } from '../content/questionIndex.ts';
import { optionsOf } from '../content/questions.ts';
import type { Question, Questionnaire, Section } from '../content/schema.ts';
import { describeValue, failed, formatPath, issue, schemaIssue, shorten, type Issue, type IssueCode, type IssueParams, type IssuePath, type Issues, type Result } from '../issues/issues.ts';
import { decodeUtf8, readJson } from '../issues/json.ts';
import { answerParam } from '../issues/messages.ts';
import { planSchemaIssue } from '../assessment/plan.ts';
import { oneDecimal } from '../format.ts';
import type { CustomStep, Plan } from '../assessment/assessment.ts';

export const ANSWER_FILE_FORMAT = 'ikz-check/antwortdatei';
export const ANSWER_FILE_VERSION = 2;
/** The first format version with the action plan. */
const PLAN_SINCE_VERSION = 2;
const APP_NAME = 'IKZ-Check';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

/** A new plan with the file's key order (also a plain copy of a reactive one). */
function canonicalPlan(plan: Plan): Plan {
  const progress = (p: Omit<CustomStep, 'id' | 'text' | 'priority'>) => ({
    status: p.status,
    ...(p.owner !== undefined && { owner: p.owner }),
    ...(p.due !== undefined && { due: p.due }),
    ...(p.note !== undefined && { note: p.note }),
  });
  return {
    steps: sortedRecord(plan.steps, (entry) => ({ ...progress(entry), text: entry.text, topic: entry.topic, priority: entry.priority })),
    custom: plan.custom.map((step) => ({ id: step.id, text: step.text, priority: step.priority, ...progress(step) })),
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
    ...(assessment.taskGroup !== undefined && { taskGroup: assessment.taskGroup }),
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
    ...(assessment.plan && { plan: canonicalPlan(assessment.plan) }),
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

/**
 * A suggested file name: IKZ-Check_Antworten_<Gemeinde or "mehrere-Gemeinden">_<JJJJ-MM-TT>.json, ASCII only (ä→ae, ß→ss).
 * Several assessments of the same municipality (e.g. two rounds) carry its name; no name at all gives "ohne-Namen".
 * The date is the local calendar day of `date`.
 */
export function answerFileName(assessments: Assessment[], date: Date): string {
  return `IKZ-Check_Antworten_${fileNameSubject(assessments.map((a) => a.meta.municipality), assessments.length)}_${localDate(date)}.json`;
}


// ------------------------------------------------------------------------------------------------
// Migration

/** Most notes kept per questionnaire for the details; the summary counts all of them. */
export const MAX_NOTES_PER_QUESTIONNAIRE = 50;

/** What adapting one questionnaire's answers changed, for the summary "12 Antworten übernommen, …". */
export interface MigrationSummary {
  questionnaireId: string;
  /** The questionnaire's title, or its id if this app does not know it. */
  title: string;
  /** Version the answers were given to (absent: not recorded) and the current one (absent: unknown questionnaire). */
  fromVersion?: number;
  toVersion?: number;
  /** Answers taken over, changed ones included. */
  kept: number;
  /** Answers taken over in part (e.g. one of two options). */
  changed: number;
  /** Answers and items not taken over. */
  dropped: number;
  /** Questions now shown but not answered. */
  open: number;
  /** The first notes (codes migration-…), paths from the assessment. */
  notes: Issue[];
  /** Notes beyond the ones listed. */
  moreNotes: number;
}

export interface ImportedAssessment {
  assessment: Assessment;
  /** One entry per questionnaire whose answers were adapted; empty when everything fitted. */
  summaries: MigrationSummary[];
}

const CHANGED: ReadonlySet<IssueCode> = new Set(['migration-options-removed', 'migration-now-multiple']);

class Notes {
  readonly summary: MigrationSummary;
  constructor(questionnaireId: string, title: string, fromVersion?: number, toVersion?: number) {
    this.summary = { questionnaireId, title, fromVersion, toVersion, kept: 0, changed: 0, dropped: 0, open: 0, notes: [], moreNotes: 0 };
  }
  add(code: IssueCode, path: IssuePath, params: IssueParams): void {
    if (CHANGED.has(code)) this.summary.changed++;
    else this.summary.dropped++;
    if (this.summary.notes.length < MAX_NOTES_PER_QUESTIONNAIRE) this.summary.notes.push(issue(code, path, params));
    else this.summary.moreNotes++;
  }
}

type Fit = { kind: 'keep' } | { kind: 'drop'; code: IssueCode } | { kind: 'change'; value: string[]; code: IssueCode; dropped: string[] };

/** Whether a stored answer still fits the current question's type and options, and if not what can be kept. */
function fitAnswer(question: Question, value: AnswerValue): Fit {
  const known = new Set(optionsOf(question).map((o) => o.value));
  switch (question.type) {
    case 'single':
    case 'scale':
      if (typeof value === 'string' && known.has(value)) return { kind: 'keep' };
      return { kind: 'drop', code: Array.isArray(value) ? 'migration-now-single' : 'migration-option-removed' };
    case 'multiple': {
      const values = Array.isArray(value) ? value : [value];
      const kept = values.filter((x) => known.has(x));
      if (Array.isArray(value) && kept.length === value.length) return { kind: 'keep' };
      if (kept.length === 0) return { kind: 'drop', code: 'migration-option-removed' };
      const dropped = values.filter((x) => !known.has(x));
      return { kind: 'change', value: kept, dropped, code: dropped.length ? 'migration-options-removed' : 'migration-now-multiple' };
    }
    case 'number':
    case 'text':
      return typeof value === 'string' ? { kind: 'keep' } : { kind: 'drop', code: 'migration-now-input' };
  }
}

/**
 * One questionnaire's answers adapted to its current version. `lenient` (answers given to an older
 * version): values that break a rule of the current version and items beyond its maximum are
 * dropped with a note, instead of being left for assessmentIssues to refuse.
 */
function migrateResponse(questionnaire: Questionnaire, response: Response, lenient: boolean, notes: Notes): Response {
  const index = questionIndex(questionnaire);
  const at = ['responses', questionnaire.id];
  const base = { questionnaire: questionnaire.title };

  /** The answers of one scope (top level: section undefined; an item: its repeatable section). */
  const migrateAnswers = (answers: Record<string, AnswerValue>, section: Section | undefined, path: IssuePath, item?: IssueParams) => {
    const kept: [string, AnswerValue][] = [];
    for (const [questionId, value] of Object.entries(answers)) {
      // Built only for a note: a file may hold 70,000 answers that all get one.
      const note = (code: IssueCode, params: IssueParams) =>
        notes.add(code, [...path, 'answers', questionId], { ...base, ...item, questionId, value: answerParam(value), ...params });
      const location = index.location(questionId);
      if (!location) {
        note('migration-question-removed', { question: shorten(questionId) });
        continue;
      }
      const { question } = location;
      // Top level: the question must be in a plain section; in an item: in the item's own section.
      if (section ? location.section !== section : location.section.repeat) {
        const perItem = Boolean(location.section.repeat);
        note(perItem ? 'migration-question-now-per-item' : 'migration-question-no-longer-per-item', {
          question: question.text,
          itemName: (perItem ? location.section : section)?.repeat?.itemName ?? 'Eintrag',
        });
        continue;
      }
      const fit = fitAnswer(question, value);
      if (fit.kind === 'drop') {
        note(fit.code, { question: question.text });
        continue;
      }
      const next = fit.kind === 'change' ? fit.value : value;
      const broken = lenient ? valueIssue(question, next, [...path, 'answers', questionId]) : undefined;
      if (broken) {
        note('migration-rule', { ...broken.params, rule: broken.code, value: answerParam(next) });
        continue;
      }
      if (fit.kind === 'change') note(fit.code, { question: question.text, kept: answerParam(fit.value), dropped: answerParam(fit.dropped) });
      kept.push([questionId, next]);
    }
    return Object.fromEntries(kept);
  };

  const answers = migrateAnswers(response.answers, undefined, at);
  const items: [string, RepeatItem[]][] = [];
  for (const [sectionId, list] of Object.entries(response.items)) {
    const section = index.section(sectionId);
    const repeat = section?.repeat;
    if (!section || !repeat) {
      list.forEach((item, i) =>
        notes.add('migration-section-removed', [...at, 'items', sectionId, i], { ...base, section: shorten(sectionId), itemLabel: shorten(item.name) }),
      );
      continue;
    }
    const fits = lenient && repeat.max !== undefined ? list.slice(0, repeat.max) : list;
    if (fits.length < list.length) {
      const over = list.slice(fits.length);
      notes.add('migration-items-over-max', [...at, 'items', sectionId], {
        ...base,
        max: repeat.max!,
        itemName: repeat.itemName,
        itemNamePlural: repeat.itemNamePlural,
        count: over.length,
        names: answerParam(over.slice(0, 10).map((i) => shorten(i.name))),
      });
    }
    items.push([
      sectionId,
      fits.map((item, i) => ({
        id: item.id,
        name: cleanName(item.name),
        answers: migrateAnswers(item.answers, section, [...at, 'items', sectionId, i], { itemName: repeat.itemName, itemLabel: shorten(item.name) }),
      })),
    ]);
  }
  return { answers, items: Object.fromEntries(items), notes: { ...response.notes } };
}

function answerCount(response: Response): number {
  return Object.values(response.items).reduce((sum, list) => sum + list.reduce((n, item) => n + Object.keys(item.answers).length, 0), Object.keys(response.answers).length);
}

/** Answers given to a questionnaire version newer than this app knows: such data cannot be migrated, only refused or left alone. */
export function newerVersionIssues(assessment: Assessment, questionnaires: Questionnaire[], prefix: IssuePath = []): Issue[] {
  return questionnaires.flatMap((q) => {
    const version = assessment.questionnaireVersions[q.id];
    return version !== undefined && version > q.version
      ? [issue('questionnaire-version-newer', [...prefix, 'questionnaireVersions', q.id], { place: assessmentName(assessment), questionnaire: q.title, version, supported: q.version })]
      : [];
  });
}

/**
 * Adapts answers given to older questionnaire versions to the current questionnaires (see the rules
 * at the top of this file). Answers that still fit are kept unchanged. The result is a new object
 * (the input is not changed) whose questionnaireVersions are the current versions. Callers refuse
 * newer versions first (newerVersionIssues).
 */
export function migrateAssessment(assessment: Assessment, questionnaires: Questionnaire[]): ImportedAssessment {
  const byId = new Map(questionnaires.map((q) => [q.id, q]));
  const summaries: MigrationSummary[] = [];
  const responses: [string, Response][] = [];
  for (const [questionnaireId, response] of Object.entries(assessment.responses)) {
    const questionnaire = byId.get(questionnaireId);
    const fromVersion = assessment.questionnaireVersions[questionnaireId];
    if (!questionnaire) {
      const notes = new Notes(questionnaireId, shorten(questionnaireId), fromVersion);
      notes.add('migration-questionnaire-unknown', ['responses', questionnaireId], { questionnaire: shorten(questionnaireId) });
      notes.summary.dropped = answerCount(response);
      summaries.push(notes.summary);
      continue;
    }
    const notes = new Notes(questionnaireId, questionnaire.title, fromVersion, questionnaire.version);
    const migrated = migrateResponse(questionnaire, response, fromVersion !== undefined && fromVersion < questionnaire.version, notes);
    responses.push([questionnaireId, migrated]);
    const { summary } = notes;
    if (summary.notes.length > 0 || (fromVersion !== undefined && fromVersion !== questionnaire.version)) {
      const progress = questionnaireProgress(questionnaire, migrated);
      summaries.push({ ...summary, kept: answerCount(migrated), open: progress.total - progress.answered });
    }
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
      ...(assessment.label !== undefined && { label: cleanName(assessment.label) }),
      ...(assessment.round !== undefined && { round: assessment.round }),
      ...(assessment.previousRoundId !== undefined && { previousRoundId: assessment.previousRoundId }),
      ...(assessment.taskGroup !== undefined && { taskGroup: assessment.taskGroup }),
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      meta: {
        ...meta,
        municipality: cleanName(meta.municipality),
        contactPerson: cleanName(meta.contactPerson),
        partners: cleanName(meta.partners),
        tasks: [...meta.tasks],
      },
      questionnaireVersions,
      responses: Object.fromEntries(responses),
      ...(assessment.plan && { plan: canonicalPlan(assessment.plan) }),
    },
    summaries,
  };
}

// ------------------------------------------------------------------------------------------------
// Import

export const MAX_ANSWER_FILE_BYTES = 5 * 1024 * 1024;
/** Most assessments one file may hold (a workshop has 3–8 municipalities, some with several rounds). */
export const MAX_ANSWER_FILE_ASSESSMENTS = 50;
/** Most issues listed for one file; further ones are summed up in the last entry. */
export const MAX_LISTED_PROBLEMS = 20;

export interface ImportedFile {
  assessments: ImportedAssessment[];
  /** From the file's "exportedAt". */
  exportedAt: string;
}
export type ImportResult = Result<ImportedFile>;


/** A failed import with at most MAX_LISTED_PROBLEMS issues, the last one counting the rest. */
function refused(issues: Issue[]): ImportResult {
  if (issues.length === 0) return failed(issue('file-unreadable'));
  if (issues.length > MAX_LISTED_PROBLEMS) {
    const rest = issues.length - (MAX_LISTED_PROBLEMS - 1);
    issues = [...issues.slice(0, MAX_LISTED_PROBLEMS - 1), issue('more-problems', [], { count: rest })];
  }
  return { ok: false, issues: issues as Issues };
}

/** Object keys that could change prototypes further on, wherever they occur; the walk is iterative. */
function forbiddenKeys(data: unknown): Issue[] {
  interface Node {
    value: unknown;
    parent?: Node;
    key?: string | number;
  }
  const pathOf = (node: Node | undefined): IssuePath => {
    const path: IssuePath = [];
    for (let n = node; n?.parent; n = n.parent) path.unshift(n.key!);
    return path;
  };
  const found: Issue[] = [];
  const stack: Node[] = [{ value: data }];
  while (stack.length > 0 && found.length <= MAX_LISTED_PROBLEMS) {
    const node = stack.pop()!;
    const { value } = node;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: node, key: i });
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) found.push(issue('forbidden-key', [...pathOf(node), key], { key, container: formatPath(pathOf(node)) }));
        else stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
      }
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

function add(target: Issue[], more: Issue[]): void {
  for (const found of more) target.push(found);
}

function parseChecked(bytes: Uint8Array, byteLength: number, questionnaires: Questionnaire[]): ImportResult {
  if (byteLength > MAX_ANSWER_FILE_BYTES) {
    return refused([issue('file-too-large', [], { megabytes: oneDecimal(Math.ceil((byteLength / (1024 * 1024)) * 10) / 10) })]);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return decoded;
  const content = decoded.value.replace(/^\uFEFF/, '');
  if (content.trim() === '') return refused([issue('file-empty')]);
  const json = readJson(content);
  if (!json.ok) return json;
  const data = json.value;

  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refused([issue('file-not-an-object')]);
  const file = data as Record<string, unknown>;
  if (!Object.hasOwn(file, 'format') || file.format !== ANSWER_FILE_FORMAT) return refused([issue('file-foreign', ['format'], { format: ANSWER_FILE_FORMAT })]);
  const version = Object.hasOwn(file, 'formatVersion') ? file.formatVersion : undefined;
  if (version === undefined) return refused([issue('format-version-missing', ['formatVersion'])]);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refused([issue('format-version-invalid', ['formatVersion'], { value: describeValue(version) })]);
  }
  if (version > ANSWER_FILE_VERSION) return refused([issue('format-version-newer', ['formatVersion'], { version, supported: ANSWER_FILE_VERSION })]);

  const forbidden = forbiddenKeys(data);
  if (forbidden.length > 0) return refused(forbidden);

  const problems: Issue[] = [];
  const envelope = v.safeParse(EnvelopeSchema, data);
  if (!envelope.success) add(problems, envelope.issues.map((found) => schemaIssue([], found)));

  const list = file.assessments;
  // Not a list: already reported by the envelope check ("Angabe fehlt" or "ungültiger Wert").
  if (!Array.isArray(list)) return refused(problems);
  if (list.length === 0) return refused([...problems, issue('no-assessments', ['assessments'])]);
  if (list.length > MAX_ANSWER_FILE_ASSESSMENTS) {
    return refused([...problems, issue('too-many-assessments', ['assessments'], { count: list.length, max: MAX_ANSWER_FILE_ASSESSMENTS })]);
  }

  const imported: ImportedAssessment[] = [];
  const firstIndexOfId = new Map<string, number>();
  list.forEach((entry, index) => {
    const at = ['assessments', index];
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else problems.push(issue('assessment-twice', [...at, 'id'], { id: shorten(id, 40), first }));
    }
    if (version < PLAN_SINCE_VERSION && typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'plan')) {
      problems.push(issue('unknown-field', [...at, 'plan']));
      return;
    }
    const result = v.safeParse(AssessmentSchema, entry);
    if (!result.success) {
      add(problems, result.issues.map((found) => planSchemaIssue(at, found) ?? schemaIssue(at, found)));
      return;
    }
    const newer = newerVersionIssues(result.output, questionnaires, at);
    if (newer.length > 0) {
      add(problems, newer);
      return;
    }
    const migrated = migrateAssessment(result.output, questionnaires);
    const broken = assessmentIssues(migrated.assessment, questionnaires);
    if (broken.length > 0) add(problems, broken.map((found) => ({ ...found, path: [...at, ...found.path] })));
    else imported.push(migrated);
  });
  if (problems.length > 0 || !envelope.success) return refused(problems);
  return { ok: true, value: { exportedAt: envelope.output.exportedAt, assessments: imported } };
}

/**
 * Reads an answer file from its bytes; nothing is saved here. `byteLength` is the file's size
 * (a file over the limit need not be read: pass no bytes and its size).
 */
export function parseAnswerFile(bytes: Uint8Array, questionnaires: Questionnaire[], byteLength = bytes.length): ImportResult {
  try {
    return parseChecked(bytes, byteLength, questionnaires);
  } catch {
    // Not expected (the property tests look for this code); a file must never break the app.
    return refused([issue('file-unreadable')]);
  }
}
