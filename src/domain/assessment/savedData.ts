// Reading and writing the assessment as saved in the browser: a versioned envelope around the
// assessment, checked on every load so that broken data is reported, never silently dropped.
import * as v from 'valibot';
import { AssessmentSchema, type Assessment } from './assessment.ts';
import { describeSchemaIssue, type DataProblem } from '../issues/problems.ts';

export const SAVED_FORMAT = 'ikz-check/gespeicherte-bewertung';
export const SAVED_FORMAT_VERSION = 1;

/** A problem with the saved data: German message and path, e.g. "assessment.meta.landkreis". */
export type SavedDataProblem = DataProblem;

export type SavedDataResult = { ok: true; assessment: Assessment } | { ok: false; problems: SavedDataProblem[] };

export function serialiseAssessment(assessment: Assessment): string {
  return JSON.stringify({ format: SAVED_FORMAT, formatVersion: SAVED_FORMAT_VERSION, assessment });
}

export function parseSavedAssessment(raw: string): SavedDataResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `Die Daten sind kein lesbares JSON (${(error as Error).message}). Möglicherweise wurden sie abgeschnitten.` }],
    };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SAVED_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: 'Die Daten stammen nicht von IKZ-Check oder haben ein unbekanntes Format.' }] };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || version > SAVED_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'formatVersion', message: `Die Daten haben die Formatversion ${String(version)}; diese Fassung von IKZ-Check kennt nur Version ${SAVED_FORMAT_VERSION}. Bitte laden Sie die neueste Fassung der App.` }],
    };
  }
  const result = v.safeParse(AssessmentSchema, (data as { assessment?: unknown }).assessment);
  if (!result.success) return { ok: false, problems: result.issues.slice(0, 20).map((issue) => describeSchemaIssue(['assessment'], issue)) };
  return { ok: true, assessment: result.output };
}
