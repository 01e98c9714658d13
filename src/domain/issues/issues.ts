// Validation problems as plain data: a code, where it happened and the values the German message
// needs. Wording lives in one table (messages.ts), so tests assert codes and paths.
export type IssueCode =
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
  | 'unknown-task';

export type IssuePath = (string | number)[];

export interface Issue {
  code: IssueCode;
  /** The data file the issue is in, relative to the project, e.g. "questionnaires/prozesse.yaml". */
  file?: string;
  path: IssuePath;
  params: Record<string, string | number>;
  /** Filled in by the build, where a YAML document is at hand. */
  line?: number;
  column?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: [Issue, ...Issue[]] };

export function formatPath(path: IssuePath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}
