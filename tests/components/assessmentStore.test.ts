// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/domain/assessment/assessment';
import { serialiseAssessment } from '../../src/domain/assessment/savedData';
import { useAssessmentStore } from '../../src/stores/assessment';

const freshStore = () => {
  setActivePinia(createPinia());
  return useAssessmentStore();
};
const savedKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('ikz-check.bewertung.')).sort();

describe('the assessments kept in this browser', () => {
  beforeEach(() => localStorage.clear());

  it('starts with one empty assessment and saves every change under its own key', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn' });
    store.flush();
    expect(store.assessments).toHaveLength(1);
    expect(localStorage.getItem(`ikz-check.bewertung.${store.assessment.id}`)).toContain('"municipality":"Ahorn"');
  });

  it('creates, opens, duplicates and renames assessments, and reloads them all', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn' });
    const first = store.assessment.id;
    const second = store.createNew();
    store.updateMeta({ municipality: 'Birke' });
    const copy = store.duplicate(first)!;
    store.rename(copy.id, 'Ahorn – Variante');
    store.flush();
    expect(store.currentId).toBe(second.id);
    const reloaded = freshStore();
    expect(reloaded.assessments.map((a) => a.label ?? a.meta.municipality).sort()).toEqual(['Ahorn', 'Ahorn – Variante', 'Birke']);
    expect(reloaded.currentId).toBe(second.id);
  });

  it('renames the copy of an assessment together with the municipality its report names', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn' });
    const copy = store.duplicate(store.assessment.id)!;
    expect(copy.label).toBe('Ahorn (Kopie)');
    store.rename(copy.id, 'Birke – Entwurf', 'Birke');
    expect(store.assessments.find((a) => a.id === copy.id)).toMatchObject({ label: 'Birke – Entwurf', meta: { municipality: 'Birke' } });
    store.rename(copy.id, 'Birke', 'Birke');
    expect(store.assessments.find((a) => a.id === copy.id)!.label).toBeUndefined();
    expect(store.assessment.meta.municipality).toBe('Ahorn');
  });

  it('deletes an assessment and can undo it', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn' });
    const kept = store.createNew();
    store.updateMeta({ municipality: 'Birke' });
    store.removeAssessment(kept.id);
    expect(savedKeys()).toHaveLength(1);
    store.undoRemove();
    expect(savedKeys()).toHaveLength(2);
    expect(store.assessments.map((a) => a.meta.municipality).sort()).toEqual(['Ahorn', 'Birke']);
  });

  it('starts a new round as a dated copy that remembers the previous one', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn', date: '2025-11-25' });
    store.setAnswer('prozesse', 'gemeinderatsbeschluss', 'nein');
    const firstId = store.assessment.id;
    const next = store.startNextRound(firstId)!;
    expect(next).toMatchObject({ round: 2, previousRoundId: firstId });
    expect(next.meta.date).toBe(new Date().toISOString().slice(0, 10));
    expect(next.responses.prozesse!.answers['gemeinderatsbeschluss']).toBe('nein');
    expect(store.assessments.find((a) => a.id === firstId)!.round).toBe(1);
    expect(store.currentId).toBe(next.id);
  });

  it('imports an assessment with an existing id either replacing it or as a second one', () => {
    const store = freshStore();
    store.updateMeta({ municipality: 'Ahorn' });
    const imported = { ...structuredClone(JSON.parse(JSON.stringify(store.assessment))), meta: { ...store.assessment.meta, municipality: 'Ahorn (aus Datei)' } };
    store.importAssessments([{ assessment: imported, mode: 'keep-both' }]);
    expect(store.assessments.map((a) => a.meta.municipality).sort()).toEqual(['Ahorn', 'Ahorn (aus Datei)']);
    store.importAssessments([{ assessment: { ...imported, meta: { ...imported.meta, municipality: 'Ahorn ersetzt' } }, mode: 'replace' }]);
    expect(store.assessments.map((a) => a.meta.municipality).sort()).toEqual(['Ahorn (aus Datei)', 'Ahorn ersetzt']);
    expect(freshStore().assessments.map((a) => a.meta.municipality).sort()).toEqual(['Ahorn (aus Datei)', 'Ahorn ersetzt']);
  });

  it('keeps an unreadable entry untouched, reads the others and migrates the old single key', () => {
    const old = createAssessment('alt', new Date('2026-01-01T00:00:00Z'));
    old.meta.municipality = 'Altstadt';
    localStorage.setItem('ikz-check.bewertung', serialiseAssessment(old));
    localStorage.setItem('ikz-check.bewertung.kaputt', '{"format":');
    const store = freshStore();
    expect(store.assessments.map((a) => a.meta.municipality)).toEqual(['Altstadt']);
    expect(store.corruptEntries.map((c) => c.key)).toEqual(['ikz-check.bewertung.kaputt']);
    expect(store.corruptData).toBeUndefined();
    expect(localStorage.getItem('ikz-check.bewertung')).toBeNull();
    expect(localStorage.getItem('ikz-check.bewertung.kaputt')).toBe('{"format":');
    store.discardCorrupt('ikz-check.bewertung.kaputt');
    expect(localStorage.getItem('ikz-check.bewertung.kaputt')).toBeNull();
  });

  it('blocks the app while the open assessment is unreadable, saving nothing over it', () => {
    localStorage.setItem('ikz-check.aktuell', 'offen');
    localStorage.setItem('ikz-check.bewertung.offen', '{"kaputt"');
    const store = freshStore();
    expect(store.corruptData?.key).toBe('ikz-check.bewertung.offen');
    store.updateMeta({ municipality: 'Neu' });
    store.flush();
    expect(localStorage.getItem('ikz-check.bewertung.offen')).toBe('{"kaputt"');
    store.startOver();
    expect(store.corruptData).toBeUndefined();
    expect(localStorage.getItem('ikz-check.bewertung.offen')).toBeNull();
  });
});
