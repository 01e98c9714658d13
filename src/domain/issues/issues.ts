// Every problem the app reports is one kind of value: a code, where it happened (the path in the
// data, and for files the file, line and column) and the values the German message needs. This
// covers the questionnaire content, data saved in the browser, answer files, the wizard's field
// errors and the notes of a migration. Wording lives in one table (messages.ts), so tests assert
// codes and paths.
import type * as v from 'valibot';

/** Problems in questionnaires/*.yaml, found at build time. */
type ContentCode =
  | 'schema'
  | 'yaml-syntax'
  | 'duplicate-id'
  | 'duplicate-questionnaire'
  | 'unknown-question'
  | 'unknown-option'
  | 'unknown-section'
  | 'section-not-repeatable'
  | 'condition-cycle'
  | 'condition-into-repeat'
  | 'option-without-score'
  | 'score-on-unscored'
  | 'special-option-with-score'
  | 'unknown-reference'
  | 'missing-help'
  | 'invalid-range'
  | 'guide-unreachable'
  | 'guide-out-of-range'
  | 'task-independent-in-repeat'
  | 'never-shown'
  | 'unknown-questionnaire'
  | 'missing-topic-weight'
  | 'levels-order'
  | 'missing-file'
  | 'unknown-level'
  | 'missing-action'
  | 'engine-needs-questionnaire'
  | 'engine-needs-question'
  | 'engine-needs-section'
  | 'engine-needs-type'
  | 'engine-needs-option'
  | 'engine-needs-text'
  | 'engine-text-placeholder'
  | 'engine-unused-text'
  | 'rule-placeholder'
  | 'unknown-task'
  | 'title-states-result'
  | 'document-question'
  | 'document-task'
  | 'document-placeholder';

/** The wizard's rules for one answer, an item list and the setup page (also applied to imported data). */
type AnswerCode =
  | 'choice-required'
  | 'choices-required'
  | 'number-required'
  | 'number-or-unknown-required'
  | 'text-required'
  | 'answer-wrong-shape'
  | 'not-a-number'
  | 'number-is-range'
  | 'number-abbreviated'
  | 'number-wrong-unit'
  | 'number-format'
  | 'number-below-min'
  | 'number-above-max'
  | 'text-too-long'
  | 'answer-not-an-option'
  | 'option-twice'
  | 'exclusive-option-with-others'
  | 'items-too-few'
  | 'items-too-many'
  | 'item-name-empty'
  | 'item-name-taken'
  | 'item-id-twice'
  | 'municipality-required'
  | 'task-required'
  | 'several-tasks'
  | 'landkreis-required';

/** The shape of saved data and answer files (schema checks), with the value found. */
type DataCode =
  | 'unknown-field'
  | 'missing-value'
  | 'invalid-value'
  | 'empty-value'
  | 'too-long'
  | 'invalid-date'
  | 'invalid-timestamp'
  | 'invalid-id'
  | 'json-too-deep'
  | 'json-truncated'
  | 'json-unexpected-character'
  | 'json-invalid-string'
  | 'json-invalid-number'
  | 'json-trailing-data'
  | 'saved-foreign'
  | 'saved-format-newer';

/** Answer files as a whole. */
type FileCode =
  | 'file-too-large'
  | 'file-empty'
  | 'file-not-utf8'
  | 'file-not-an-object'
  | 'file-foreign'
  | 'format-version-missing'
  | 'format-version-invalid'
  | 'format-version-newer'
  | 'forbidden-key'
  | 'no-assessments'
  | 'too-many-assessments'
  | 'assessment-twice'
  | 'questionnaire-version-newer'
  | 'more-problems'
  | 'file-unreadable'
  | 'import-storage-full'
  | 'import-storage-unavailable';

/** What adapting answers to a newer questionnaire version changed (not errors: notes). */
type MigrationCode =
  | 'migration-questionnaire-unknown'
  | 'migration-question-removed'
  | 'migration-question-now-per-item'
  | 'migration-question-no-longer-per-item'
  | 'migration-option-removed'
  | 'migration-now-single'
  | 'migration-now-input'
  | 'migration-options-removed'
  | 'migration-now-multiple'
  | 'migration-section-removed'
  | 'migration-rule'
  | 'migration-items-over-max';

/** The action plan a municipality keeps (typed on the results page, saved, or in an answer file). */
type PlanCode =
  | 'plan-status-invalid'
  | 'plan-priority-invalid'
  | 'plan-date-invalid'
  | 'plan-text-too-long'
  | 'plan-text-empty'
  | 'plan-key-invalid'
  | 'plan-too-many';

/** Two windows edited the same assessment. */
type SyncCode = 'sync-conflict' | 'sync-deleted' | 'sync-unreadable';

export type IssueCode = ContentCode | AnswerCode | DataCode | FileCode | MigrationCode | PlanCode | SyncCode;

export type IssuePath = (string | number)[];
export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  /** Where in the data, e.g. ['assessments', 0, 'meta', 'landkreis']; empty for the whole. */
  path: IssuePath;
  params: IssueParams;
  /** The data file the issue is in, relative to the project, e.g. "questionnaires/prozesse.yaml". */
  file?: string;
  /** Filled in where the text is at hand (YAML at build time, JSON syntax errors). */
  line?: number;
  column?: number;
}

export type Issues = [Issue, ...Issue[]];

/** A value, or why there is none: a non-empty list of issues. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issues };

export function issue(code: IssueCode, path: IssuePath = [], params: IssueParams = {}): Issue {
  return { code, path, params };
}

export function failed<T>(first: Issue, ...rest: Issue[]): Result<T> {
  return { ok: false, issues: [first, ...rest] };
}

export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/** Cuts a text for a message; parameters never carry whole (possibly huge) user values. */
export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a value is, for messages, without printing (possibly huge) content. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'ein Objekt';
  if (typeof value === 'string') return `„${shorten(value, 40)}“`;
  return String(value);
}

/** valibot names the type of what it found in English. */
const RECEIVED: Record<string, string> = { Object: 'ein Objekt', Array: 'eine Liste' };

/** A valibot issue of saved data or an answer file as our issue, its path prefixed with the place of the data. */
export function schemaIssue(prefix: IssuePath, found: v.BaseIssue<unknown>): Issue {
  const path = [...prefix, ...(found.path ?? []).map((p) => p.key as string | number)];
  const value = RECEIVED[found.received] ?? shorten(found.received, 60);
  if (found.kind === 'schema' && found.expected === 'never') return issue('unknown-field', path);
  if (found.kind === 'schema' && found.received === 'undefined') return issue('missing-value', path);
  switch (found.type) {
    case 'max_length':
      return issue('too-long', path, { length: value, max: found.requirement as number });
    case 'min_length':
      return issue('empty-value', path);
    case 'iso_date':
      return issue('invalid-date', path, { value });
    case 'iso_timestamp':
      return issue('invalid-timestamp', path, { value });
    case 'regex':
      return issue('invalid-id', path, { value });
    default:
      return issue('invalid-value', path, { value });
  }
}
