// The one place that knows the assessment lives in localStorage. Never throws: a browser without
// storage (private mode, blocked, full) reports it and the app keeps working in memory.
import type { Assessment } from '../domain/assessment.ts';
import { parseSavedAssessment, serialiseAssessment, type SavedDataProblem } from '../domain/savedData.ts';

export const STORAGE_KEY = 'ikz-check.bewertung';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; assessment: Assessment }
  | { kind: 'corrupt'; raw: string; problems: SavedDataProblem[] }
  | { kind: 'unavailable' };

export type SaveResult = 'saved' | 'full' | 'unavailable';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadSaved(): LoadResult {
  const store = storage();
  if (!store) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'empty' };
  const result = parseSavedAssessment(raw);
  return result.ok ? { kind: 'loaded', assessment: result.assessment } : { kind: 'corrupt', raw, problems: result.problems };
}

export function save(assessment: Assessment): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(STORAGE_KEY, serialiseAssessment(assessment));
    return 'saved';
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
  }
}

export function discardSaved(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to discard when storage is unavailable.
  }
}
