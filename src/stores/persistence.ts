// The one place that knows where assessments live: one localStorage entry per assessment
// ("ikz-check.bewertung.<id>") plus the id of the open one. One broken entry never hides the
// others, and nothing here throws: without storage the app keeps working in memory.
import type { Assessment } from '../domain/assessment/assessment.ts';
import { parseSavedAssessment, serialiseAssessment, type SavedDataProblem } from '../domain/assessment/savedData.ts';

export const ENTRY_PREFIX = 'ikz-check.bewertung.';
/** Before several assessments existed, the one assessment was saved under this key. */
export const LEGACY_KEY = 'ikz-check.bewertung';
export const CURRENT_KEY = 'ikz-check.aktuell';

export interface CorruptEntry {
  key: string;
  raw: string;
  problems: SavedDataProblem[];
}

export type LoadResult =
  | { kind: 'loaded'; assessments: Assessment[]; corrupt: CorruptEntry[]; currentId: string | null }
  | { kind: 'unavailable' };

export type SaveResult = 'saved' | 'full' | 'unavailable';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;

export function loadAll(): LoadResult {
  const store = storage();
  if (!store) return { kind: 'unavailable' };
  try {
    const assessments: Assessment[] = [];
    const corrupt: CorruptEntry[] = [];
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)!).filter(
      (key) => key === LEGACY_KEY || key.startsWith(ENTRY_PREFIX),
    );
    for (const key of keys.sort()) {
      const raw = store.getItem(key)!;
      const result = parseSavedAssessment(raw);
      if (!result.ok) corrupt.push({ key, raw, problems: result.problems });
      else if (assessments.some((a) => a.id === result.assessment.id)) continue;
      else if (key === LEGACY_KEY) {
        // Move the old single entry to its own key; remove the old one only once that worked.
        assessments.push(result.assessment);
        if (save(result.assessment) === 'saved') store.removeItem(LEGACY_KEY);
      } else assessments.push(result.assessment);
    }
    return { kind: 'loaded', assessments, corrupt, currentId: store.getItem(CURRENT_KEY) };
  } catch {
    return { kind: 'unavailable' };
  }
}

export function save(assessment: Assessment): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(entryKey(assessment.id), serialiseAssessment(assessment));
    return 'saved';
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
  }
}

export function saveCurrentId(id: string): void {
  try {
    storage()?.setItem(CURRENT_KEY, id);
  } catch {
    // The open assessment is remembered only for convenience.
  }
}

export function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to remove when storage is unavailable.
  }
}
