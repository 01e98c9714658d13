// @vitest-environment happy-dom
// How the store saves: a moment after a change and at once when the page is hidden; over the
// revision it last saw, merging what another window saved meanwhile; an import all or nothing; and
// saved answers to an older questionnaire version migrated when the questionnaires are loaded.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { loadedContent } from '../../src/content.ts';
import { createAssessment, type Assessment } from '../../src/domain/assessment/assessment.ts';
import { parseSavedAssessment, serialiseAssessment } from '../../src/domain/assessment/savedData.ts';
import type { Content, Questionnaire } from '../../src/domain/content/schema.ts';
import { SAVE_DELAY_MS, useAssessmentStore } from '../../src/stores/assessment.ts';
import { baseQuestionnaire } from '../unit/fixtures.ts';

const KEY = (id: string) => `ikz-check.bewertung.${id}`;

const opened: ReturnType<typeof useAssessmentStore>[] = [];
/** A store as a window would have it after a (re)load; several of them are several windows. */
const openWindow = () => {
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  opened.push(store);
  return store;
};

/** What the browser tells the other windows after a write (happy-dom does not do it by itself). */
function announce(key: string): void {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }));
}

function saved(id: string): Assessment {
  const result = parseSavedAssessment(localStorage.getItem(KEY(id))!);
  if (!result.ok) throw new Error('nicht lesbar');
  return result.value.assessment;
}

function seed(a: Assessment): void {
  localStorage.setItem(KEY(a.id), serialiseAssessment(a, 1));
  localStorage.setItem('ikz-check.aktuell', a.id);
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const store of opened.splice(0)) store.$dispose();
  vi.useRealTimers();
  vi.restoreAllMocks();
  loadedContent.value = undefined;
});

describe('saving while the user types', () => {
  it('writes a large entry at most once per pause, and at once when the page is hidden', () => {
    vi.useFakeTimers();
    const store = openWindow();
    store.setNote(store.assessment.id, 'prozesse', 'beschluss', 'x'.repeat(2_000_000));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const writes = vi.spyOn(localStorage, 'setItem');
    const entryWrites = () => writes.mock.calls.filter(([key]) => key === KEY(store.assessment.id)).length;

    // 100 keystrokes in 3 seconds.
    for (let i = 0; i < 100; i++) {
      store.setNote(store.assessment.id, 'prozesse', 'beschluss', `${'x'.repeat(2_000_000)}${i}`);
      vi.advanceTimersByTime(30);
    }
    expect(entryWrites()).toBeGreaterThanOrEqual(1);
    expect(entryWrites()).toBeLessThanOrEqual(3_000 / SAVE_DELAY_MS);
    const written = entryWrites();

    store.setNote(store.assessment.id, 'prozesse', 'beschluss', 'letzte Eingabe');
    window.dispatchEvent(new Event('pagehide'));
    expect(entryWrites()).toBe(written + 1);
    expect(saved(store.assessment.id).responses.prozesse!.notes.beschluss).toBe('letzte Eingabe');
  });

  it('removes bidirectional control characters from typed names', () => {
    const store = openWindow();
    store.updateMeta({ municipality: 'Muster\u202Estadt', partners: 'A\u2066\nB' });
    store.rename(store.assessment.id, '\u200FRunde 2');
    expect(store.assessment.meta.municipality).toBe('Musterstadt');
    expect(store.assessment.meta.partners).toBe('A\nB');
    expect(store.assessment.label).toBe('Runde 2');
  });
});

describe('two windows with the same assessment', () => {
  const shared = () => {
    const a = createAssessment('gemeinsam', new Date('2026-11-25T10:00:00Z'));
    a.meta.municipality = 'Auental';
    seed(a);
    return { first: openWindow(), second: openWindow() };
  };

  it('merges answers given in both windows instead of writing over the other one', () => {
    const { first, second } = shared();
    first.setAnswer('prozesse', 'gemeinderatsbeschluss', 'ja');
    first.flush();
    second.setAnswer('it', 'gleiches-fachverfahren', 'gleich');
    second.flush();
    expect(saved('gemeinsam').responses.prozesse!.answers).toEqual({ gemeinderatsbeschluss: 'ja' });
    expect(saved('gemeinsam').responses.it!.answers).toEqual({ 'gleiches-fachverfahren': 'gleich' });
    expect(second.syncIssues).toEqual([]);

    announce(KEY('gemeinsam'));
    expect(first.responseOf('it').answers).toEqual({ 'gleiches-fachverfahren': 'gleich' });
    expect(first.responseOf('prozesse').answers).toEqual({ gemeinderatsbeschluss: 'ja' });
  });

  it('keeps the saved answer where both windows changed the same one, and says so in the window that gave way', () => {
    const { first, second } = shared();
    first.setAnswer('prozesse', 'gemeinderatsbeschluss', 'ja');
    first.flush();
    second.setAnswer('prozesse', 'gemeinderatsbeschluss', 'nein');
    second.flush();
    expect(saved('gemeinsam').responses.prozesse!.answers.gemeinderatsbeschluss).toBe('ja');
    expect(second.responseOf('prozesse').answers.gemeinderatsbeschluss).toBe('ja');
    expect(second.syncIssues.map((i) => [i.code, i.params.count])).toEqual([['sync-conflict', 1]]);
  });

  it('takes over changes from the other window while it has none of its own', () => {
    const { first, second } = shared();
    first.updateMeta({ municipality: 'Auental (neu)' });
    first.flush();
    announce(KEY('gemeinsam'));
    expect(second.assessment.meta.municipality).toBe('Auental (neu)');
  });

  it('keeps an assessment deleted in one window deleted, even when the other one saves it later', () => {
    const { first, second } = shared();
    first.createNew();
    first.removeAssessment('gemeinsam');
    second.setAnswer('prozesse', 'gemeinderatsbeschluss', 'ja');
    second.flush();
    expect(localStorage.getItem(KEY('gemeinsam'))).toBeNull();
    expect(second.assessments.map((a) => a.id)).not.toContain('gemeinsam');
    expect(second.syncIssues.map((i) => [i.code, i.params.assessment])).toEqual([['sync-deleted', 'Auental']]);
  });

  it('drops an assessment from the list as soon as the other window deletes it', () => {
    const { first, second } = shared();
    first.createNew();
    first.removeAssessment('gemeinsam');
    announce(KEY('gemeinsam'));
    expect(second.assessments.map((a) => a.id)).not.toContain('gemeinsam');
    expect(second.syncIssues.map((i) => i.code)).toEqual(['sync-deleted']);
  });

  it('writes nothing over an entry it cannot read (a newer app in the other window) and asks for a reload', () => {
    const { second } = shared();
    localStorage.setItem(KEY('gemeinsam'), JSON.stringify({ format: 'ikz-check/gespeicherte-bewertung', formatVersion: 3, neu: true }));
    second.setAnswer('prozesse', 'gemeinderatsbeschluss', 'ja');
    second.flush();
    expect(JSON.parse(localStorage.getItem(KEY('gemeinsam'))!)).toMatchObject({ formatVersion: 3, neu: true });
    expect(second.syncIssues.map((i) => i.code)).toEqual(['sync-unreadable']);
  });
});

describe('importing several assessments', () => {
  it('saves all or nothing: a full storage leaves everything as it was', () => {
    const store = openWindow();
    store.updateMeta({ municipality: 'Vorher' });
    store.flush();
    const before = { ...localStorage };
    const imports = ['eins', 'zwei', 'drei'].map((id) => ({ assessment: createAssessment(id, new Date()), mode: 'keep-both' as const }));
    const setItem = localStorage.setItem.bind(localStorage);
    let calls = 0;
    vi.spyOn(localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      if (key.startsWith('ikz-check.bewertung.') && ++calls === 3) throw new DOMException('voll', 'QuotaExceededError');
      setItem(key, value);
    });
    expect(store.importAssessments(imports).result).toBe('full');
    expect({ ...localStorage }).toEqual(before);
    expect(store.assessments.map((a) => a.meta.municipality)).toEqual(['Vorher']);

    vi.mocked(localStorage.setItem).mockRestore();
    expect(store.importAssessments(imports).result).toBe('saved');
    expect(openWindow().assessments.map((a) => a.id).sort()).toEqual(['drei', 'eins', store.assessment.id, 'zwei'].sort());
  });
});

describe('answers saved to an older questionnaire version', () => {
  /** The fixture questionnaire in version 2: question "geplant" is gone, "betrag" has a maximum. */
  function version2(): Questionnaire {
    const q = structuredClone(baseQuestionnaire());
    q.version = 2;
    q.sections[0]!.questions = q.sections[0]!.questions.filter((x) => x.id !== 'geplant');
    return q;
  }
  function savedInVersion1(): Assessment {
    const a = createAssessment('alt', new Date('2026-01-01T00:00:00Z'));
    a.meta.municipality = 'Altdorf';
    a.questionnaireVersions = { test: 1 };
    a.responses.test = { answers: { beschluss: 'nein', geplant: 'ja' }, items: { leistungen: [{ id: 'l1', name: 'Bauhof', answers: { betrag: '100' } }] }, notes: { geplant: 'Notiz' } };
    return a;
  }
  const loadQuestionnaires = (q: Questionnaire) => {
    loadedContent.value = { questionnaires: [q] } as unknown as Content;
    return nextTick();
  };

  it('migrates them once the questionnaires are loaded, saves the result and keeps a note until it is dismissed', async () => {
    seed(savedInVersion1());
    const store = openWindow();
    expect(store.assessment.responses.test!.answers).toEqual({ beschluss: 'nein', geplant: 'ja' });
    await loadQuestionnaires(version2());

    expect(store.assessment.responses.test!.answers).toEqual({ beschluss: 'nein' });
    expect(store.assessment.responses.test!.notes).toEqual({ geplant: 'Notiz' });
    expect(saved('alt').questionnaireVersions).toEqual({ test: 2 });
    expect(saved('alt').responses.test!.items.leistungen![0]!.answers).toEqual({ betrag: '100' });
    const [notice] = store.migrationNotices;
    expect(notice).toMatchObject({ assessmentId: 'alt', name: 'Altdorf' });
    expect(notice!.summaries).toMatchObject([{ questionnaireId: 'test', fromVersion: 1, toVersion: 2, kept: 2, dropped: 1 }]);
    expect(notice!.summaries[0]!.notes.map((n) => n.code)).toEqual(['migration-question-removed']);

    // After a reload the note is still there (the data is already migrated), until the user closes it.
    const reloaded = openWindow();
    expect(reloaded.migrationNotices).toEqual(store.migrationNotices);
    reloaded.dismissMigrationNotices();
    expect(openWindow().migrationNotices).toEqual([]);
  });

  it('keeps the original entry when the migrated one cannot be saved', async () => {
    seed(savedInVersion1());
    const original = localStorage.getItem(KEY('alt'));
    const store = openWindow();
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('voll', 'QuotaExceededError');
    });
    await loadQuestionnaires(version2());
    full.mockRestore();
    expect(localStorage.getItem(KEY('alt'))).toBe(original);
    expect(store.storageState).toBe('full');
    expect(store.migrationNotices).toHaveLength(1);
  });

  it('leaves answers to a newer version than this app knows as they are', async () => {
    const a = savedInVersion1();
    a.questionnaireVersions = { test: 3 };
    seed(a);
    const store = openWindow();
    await loadQuestionnaires(version2());
    expect(store.assessment.responses.test!.answers).toEqual({ beschluss: 'nein', geplant: 'ja' });
    expect(store.migrationNotices).toEqual([]);
  });
});
