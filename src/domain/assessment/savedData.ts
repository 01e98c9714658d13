// Reading and writing the assessment as saved in the browser: a versioned envelope around the
// assessment, checked on every load so that broken data is reported, never silently dropped.
// The revision counts the writes of the entry, so that two open windows never write over each
// other's newer data (src/stores/persistence.ts).
import * as v from 'valibot';
import { AssessmentSchema, type Assessment } from './assessment.ts';
import { describeValue, failed, issue, schemaIssue, type Issues, type Result } from '../issues/issues.ts';
import { planSchemaIssue } from './plan.ts';
import { readJson } from '../issues/json.ts';

export const SAVED_FORMAT = 'ikz-check/gespeicherte-bewertung';
/** 2 adds the action plan (`plan`); entries of version 1 are read as assessments without a plan. */
export const SAVED_FORMAT_VERSION = 2;
/** Most issues listed for one broken entry. */
const MAX_LISTED = 20;

export interface SavedAssessment {
  assessment: Assessment;
  /** 0 for entries written before revisions were counted. */
  revision: number;
}

export function serialiseAssessment(assessment: Assessment, revision = 0): string {
  return JSON.stringify({ format: SAVED_FORMAT, formatVersion: SAVED_FORMAT_VERSION, revision, assessment });
}

const REVISION_PREFIX = /^\{"format":"ikz-check\/gespeicherte-bewertung","formatVersion":\d{1,3},"revision":(\d{1,15}),/;

/** The revision of a saved entry read from its first characters, without parsing the whole (possibly large) entry. */
export function savedRevision(raw: string): number | undefined {
  const match = REVISION_PREFIX.exec(raw.slice(0, 120));
  return match ? Number(match[1]) : undefined;
}

export function parseSavedAssessment(raw: string): Result<SavedAssessment> {
  const json = readJson(raw);
  if (!json.ok) return json;
  const data = json.value as { format?: unknown; formatVersion?: unknown; revision?: unknown; assessment?: unknown } | null;
  if (typeof data !== 'object' || data === null || data.format !== SAVED_FORMAT) return failed(issue('saved-foreign', ['format']));
  const version = data.formatVersion;
  if (typeof version !== 'number' || version > SAVED_FORMAT_VERSION) {
    return failed(issue('saved-format-newer', ['formatVersion'], { version: describeValue(version), supported: SAVED_FORMAT_VERSION }));
  }
  const revision = data.revision ?? 0;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
    return failed(issue('invalid-value', ['revision'], { value: describeValue(revision) }));
  }
  const result = v.safeParse(AssessmentSchema, data.assessment);
  if (!result.success) return { ok: false, issues: result.issues.slice(0, MAX_LISTED).map((found) => planSchemaIssue(['assessment'], found) ?? schemaIssue(['assessment'], found)) as Issues };
  return { ok: true, value: { assessment: result.output, revision } };
}
