// Where the assessments live in localStorage. Kept apart from persistence.ts so that the start page
// can ask "is anything saved?" without loading the store and its checks (see loadStore.ts).

export const ENTRY_PREFIX = 'ikz-check.bewertung.';
/** Before several assessments existed, the one assessment was saved under this key. */
export const LEGACY_KEY = 'ikz-check.bewertung';
export const CURRENT_KEY = 'ikz-check.aktuell';
/** Notes on answers adapted to newer questionnaires, kept until the user has read them. */
export const MIGRATION_NOTES_KEY = 'ikz-check.anpassungen';

export function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when this browser holds an assessment (readable or not); also when storage cannot be read at all. */
export function mayHoldSavedData(): boolean {
  const store = storage();
  if (!store) return true;
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key === LEGACY_KEY || key?.startsWith(ENTRY_PREFIX)) return true;
    }
    return false;
  } catch {
    return true;
  }
}
