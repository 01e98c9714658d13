// The one place that knows where assessments live: one localStorage entry per assessment
// ("ikz-check.bewertung.<id>", with a revision that counts its writes) plus the id of the open one.
// One broken entry never hides the others, and nothing here throws: without storage the app keeps
// working in memory. Two windows share the storage: a window writes only over the revision it
// last saw; if another window saved meanwhile, the two are merged answer by answer first, and an
// entry another window deleted stays deleted.
import { toRaw } from 'vue';
import type { Assessment } from '../domain/assessment/assessment.ts';
import { mergeAssessments } from '../domain/assessment/merge.ts';
import { parseSavedAssessment, savedRevision, serialiseAssessment, type SavedAssessment } from '../domain/assessment/savedData.ts';
import type { Issue } from '../domain/issues/issues.ts';
import { CURRENT_KEY, ENTRY_PREFIX, LEGACY_KEY, MIGRATION_NOTES_KEY, storage } from './storageKeys.ts';

export { CURRENT_KEY, ENTRY_PREFIX, LEGACY_KEY, MIGRATION_NOTES_KEY };

export interface CorruptEntry {
  key: string;
  raw: string;
  issues: Issue[];
}

export type SaveResult = 'saved' | 'full' | 'unavailable';

export type LoadResult =
  | { kind: 'loaded'; assessments: Assessment[]; corrupt: CorruptEntry[]; currentId: string | null }
  | { kind: 'unavailable' };

/** What a save found besides the result: another window's changes merged in, a deletion, data it cannot read. */
export interface SaveOutcome {
  result: SaveResult | 'deleted-elsewhere' | 'unreadable-elsewhere';
  merged?: { assessment: Assessment; conflicts: number };
}

/** A change another window made to the storage. */
export type OutsideChange =
  | { kind: 'changed'; saved: SavedAssessment }
  | { kind: 'deleted'; id: string }
  | { kind: 'unreadable'; id: string }
  | { kind: 'notes' }
  | { kind: 'everything' };

export const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;

function failure(error: unknown): SaveResult {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
}

/** Writes all entries or none: after a failure the entries written so far get their old content back. */
function writeAll(entries: { assessment: Assessment; revision: number }[]): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  const before: [string, string | null][] = [];
  try {
    for (const { assessment, revision } of entries) {
      const key = entryKey(assessment.id);
      before.push([key, store.getItem(key)]);
      store.setItem(key, serialiseAssessment(toRaw(assessment), revision));
    }
    return 'saved';
  } catch (error) {
    for (const [key, raw] of before.reverse()) {
      try {
        if (raw === null) store.removeItem(key);
        else store.setItem(key, raw);
      } catch {
        // The old content was there before; restoring it does not need more space.
      }
    }
    return failure(error);
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

export function readText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeText(key: string, value: string): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(key, value);
    return 'saved';
  } catch (error) {
    return failure(error);
  }
}

function revisionOf(raw: string): number {
  const fast = savedRevision(raw);
  if (fast !== undefined) return fast;
  const parsed = parseSavedAssessment(raw);
  return parsed.ok ? parsed.value.revision : 0;
}

/**
 * The saved copies of this window's assessments: which revision of each it last read or wrote,
 * and that version itself (the base of a merge).
 */
export class SavedCopies {
  private readonly seen = new Map<string, { revision: number; base: string }>();

  private remember(id: string, revision: number, text: string): void {
    this.seen.set(id, { revision, base: text });
  }

  /** Reads every entry; the old single entry is moved to its own key (and removed only once that worked). */
  loadAll(): LoadResult {
    const store = storage();
    if (!store) return { kind: 'unavailable' };
    try {
      const assessments: Assessment[] = [];
      const corrupt: CorruptEntry[] = [];
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i)!).filter((key) => key === LEGACY_KEY || key.startsWith(ENTRY_PREFIX));
      for (const key of keys.sort()) {
        const raw = store.getItem(key)!;
        const result = parseSavedAssessment(raw);
        if (!result.ok) corrupt.push({ key, raw, issues: result.issues });
        else if (assessments.some((a) => a.id === result.value.assessment.id)) continue;
        else {
          assessments.push(result.value.assessment);
          if (key === LEGACY_KEY) {
            if (this.saveAll([result.value.assessment]) === 'saved') store.removeItem(LEGACY_KEY);
          } else this.remember(result.value.assessment.id, result.value.revision, JSON.stringify(result.value.assessment));
        }
      }
      return { kind: 'loaded', assessments, corrupt, currentId: store.getItem(CURRENT_KEY) };
    } catch {
      return { kind: 'unavailable' };
    }
  }

  /**
   * Saves one assessment over the revision this window last saw. If another window saved a newer
   * revision meanwhile, both are merged first (the merged assessment is returned for the caller to
   * show); if another window deleted it, or wrote something this version cannot read, nothing is written.
   */
  save(assessment: Assessment): SaveOutcome {
    const key = entryKey(assessment.id);
    const known = this.seen.get(assessment.id);
    let raw: string | null;
    try {
      const store = storage();
      if (!store) return { result: 'unavailable' };
      raw = store.getItem(key);
    } catch {
      return { result: 'unavailable' };
    }
    if (raw === null && known) return { result: 'deleted-elsewhere' };
    let next = toRaw(assessment);
    let revision = known?.revision ?? 0;
    let merged: { assessment: Assessment; conflicts: number } | undefined;
    if (raw !== null && savedRevision(raw) !== revision) {
      const stored = parseSavedAssessment(raw);
      if (!stored.ok) return { result: 'unreadable-elsewhere' };
      if (stored.value.revision !== revision) {
        const base = known ? (JSON.parse(known.base) as Assessment) : stored.value.assessment;
        const { merged: assessmentMerged, conflicts } = mergeAssessments(base, next, stored.value.assessment);
        merged = { assessment: assessmentMerged, conflicts };
        next = assessmentMerged;
        revision = stored.value.revision;
      }
    }
    const result = writeAll([{ assessment: next, revision: revision + 1 }]);
    if (result === 'saved') this.remember(next.id, revision + 1, JSON.stringify(next));
    return { result, merged };
  }

  /**
   * Saves several assessments at once, or none of them (an import): each replaces whatever is
   * stored under its id.
   */
  saveAll(assessments: Assessment[]): SaveResult {
    const entries = assessments.map((assessment) => {
      const raw = readText(entryKey(assessment.id));
      const stored = raw === null ? 0 : revisionOf(raw);
      return { assessment, revision: Math.max(stored, this.seen.get(assessment.id)?.revision ?? 0) + 1 };
    });
    const result = writeAll(entries);
    if (result === 'saved') for (const e of entries) this.remember(e.assessment.id, e.revision, JSON.stringify(toRaw(e.assessment)));
    return result;
  }

  remove(id: string): void {
    this.seen.delete(id);
    remove(entryKey(id));
  }

  /** What another window's write means for this window; `null` when it concerns something else. */
  outsideChange(key: string | null, newValue: string | null): OutsideChange | null {
    if (key === null) return { kind: 'everything' };
    if (key === MIGRATION_NOTES_KEY) return { kind: 'notes' };
    if (!key.startsWith(ENTRY_PREFIX)) return null;
    const id = key.slice(ENTRY_PREFIX.length);
    if (newValue === null) {
      this.seen.delete(id);
      return { kind: 'deleted', id };
    }
    const parsed = parseSavedAssessment(newValue);
    if (!parsed.ok) return { kind: 'unreadable', id };
    const known = this.seen.get(id);
    if (known && known.revision >= parsed.value.revision) return null;
    return { kind: 'changed', saved: parsed.value };
  }

  /** Takes another window's saved version as this window's own (no unsaved changes here). */
  adopt(raw: SavedAssessment): void {
    this.remember(raw.assessment.id, raw.revision, JSON.stringify(raw.assessment));
  }

  knows(id: string): boolean {
    return this.seen.has(id);
  }
}

/** Calls `listener` with every change another window makes to the storage. */
export function onOutsideChange(listener: (key: string | null, newValue: string | null) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const handler = (event: StorageEvent) => {
    if (event.storageArea === null || event.storageArea === storage()) listener(event.key, event.newValue);
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
