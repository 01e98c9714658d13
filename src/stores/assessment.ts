// All assessments kept in this browser and the one that is open. Every change is saved at once.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { loadedContent } from '../content.ts';
import {
  createAssessment,
  emptyResponse,
  type AnswerValue,
  type Assessment,
  type AssessmentMeta,
  type Response,
} from '../domain/assessment/assessment.ts';
import { entryKey, LEGACY_KEY, loadAll, remove, save, saveCurrentId, type CorruptEntry, type SaveResult } from './persistence.ts';

export type StorageState = 'saved' | 'full' | 'unavailable';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const EMPTY_RESPONSE: Response = Object.freeze(emptyResponse());

function shortId(): string {
  return Math.random().toString(36).slice(2, 10);
}

export const useAssessmentStore = defineStore('assessment', () => {
  const initial = loadAll();
  const assessments = ref<Assessment[]>(initial.kind === 'loaded' ? initial.assessments : []);
  const corruptEntries = ref<CorruptEntry[]>(initial.kind === 'loaded' ? initial.corrupt : []);
  const storageState = ref<StorageState>(initial.kind === 'unavailable' ? 'unavailable' : 'saved');
  const storedCurrentId = initial.kind === 'loaded' ? initial.currentId : null;
  const currentId = ref<string>(
    storedCurrentId && assessments.value.some((a) => a.id === storedCurrentId) ? storedCurrentId : (assessments.value[0]?.id ?? ''),
  );
  /** The last deleted assessment, until the user undoes or deletes another. */
  const lastDeleted = shallowRef<Assessment>();

  /** Unreadable data of the assessment that was open: shown instead of the app until the user decides. */
  const corruptData = computed(() =>
    corruptEntries.value.find((c) => c.key === LEGACY_KEY || (storedCurrentId !== null && c.key === entryKey(storedCurrentId))),
  );

  if (assessments.value.length === 0) {
    const fresh = createAssessment(newId(), new Date());
    assessments.value.push(fresh);
    currentId.value = fresh.id;
  }

  const assessment = computed<Assessment>({
    get: () => assessments.value.find((a) => a.id === currentId.value) ?? assessments.value[0]!,
    set: (replacement) => {
      const index = assessments.value.findIndex((a) => a.id === currentId.value);
      assessments.value.splice(index < 0 ? 0 : index, index < 0 ? 0 : 1, replacement);
      currentId.value = replacement.id;
      persist(replacement);
    },
  });

  const questionnaires = computed(() => loadedContent.value?.questionnaires ?? []);
  const hasStarted = computed(
    () => assessment.value.meta.municipality !== '' || Object.keys(assessment.value.responses).length > 0,
  );

  function persist(target: Assessment): void {
    if (corruptData.value) return;
    const result: SaveResult = save(target);
    storageState.value = result;
  }

  watch(currentId, (id) => saveCurrentId(id), { immediate: true, flush: 'sync' });

  /** Every change goes through here and is saved at once, so switching assessments loses nothing. */
  function touch(target: Assessment = assessment.value): void {
    target.updatedAt = new Date().toISOString();
    persist(target);
  }

  function ensureResponse(questionnaireId: string) {
    const responses = assessment.value.responses;
    if (!responses[questionnaireId]) {
      responses[questionnaireId] = emptyResponse();
      const questionnaire = questionnaires.value.find((q) => q.id === questionnaireId);
      if (questionnaire) assessment.value.questionnaireVersions[questionnaireId] = questionnaire.version;
    }
    return responses[questionnaireId]!;
  }

  /** Read-only view of a questionnaire's answers; safe inside computed properties. */
  function responseOf(questionnaireId: string): Response {
    return assessment.value.responses[questionnaireId] ?? EMPTY_RESPONSE;
  }

  function updateMeta(changes: Partial<AssessmentMeta>): void {
    Object.assign(assessment.value.meta, changes);
    touch();
  }

  function setAnswer(questionnaireId: string, questionId: string, value: AnswerValue | undefined, itemId?: string): void {
    const target = itemId
      ? Object.values(ensureResponse(questionnaireId).items).flat().find((item) => item.id === itemId)?.answers
      : ensureResponse(questionnaireId).answers;
    if (!target) return;
    if (value === undefined) delete target[questionId];
    else target[questionId] = value;
    touch();
  }

  /** A discussion note of a workshop, kept with the assessment (key: question id or item id/question id). */
  function setNote(assessmentId: string, questionnaireId: string, key: string, note: string): void {
    const target = assessments.value.find((a) => a.id === assessmentId);
    if (!target) return;
    const response = (target.responses[questionnaireId] ??= emptyResponse());
    if (note.trim() === '') delete response.notes[key];
    else response.notes[key] = note;
    touch(target);
  }

  function addItem(questionnaireId: string, sectionId: string, name: string): string {
    const items = (ensureResponse(questionnaireId).items[sectionId] ??= []);
    const id = shortId();
    items.push({ id, name: name.trim(), answers: {} });
    touch();
    return id;
  }

  function renameItem(questionnaireId: string, sectionId: string, itemId: string, name: string): void {
    const item = ensureResponse(questionnaireId).items[sectionId]?.find((i) => i.id === itemId);
    if (item) item.name = name.trim();
    touch();
  }

  function removeItem(questionnaireId: string, sectionId: string, itemId: string): void {
    const items = ensureResponse(questionnaireId).items[sectionId];
    if (items) ensureResponse(questionnaireId).items[sectionId] = items.filter((i) => i.id !== itemId);
    touch();
  }

  // ----- the list of assessments -----

  function add(next: Assessment): Assessment {
    assessments.value.push(next);
    persist(assessments.value[assessments.value.length - 1]!);
    return next;
  }

  function open(id: string): void {
    if (assessments.value.some((a) => a.id === id)) currentId.value = id;
  }

  function createNew(): Assessment {
    const created = add(createAssessment(newId(), new Date()));
    open(created.id);
    return created;
  }

  function copyOf(source: Assessment, changes: Partial<Assessment>): Assessment {
    const now = new Date().toISOString();
    return { ...structuredClone(JSON.parse(JSON.stringify(source)) as Assessment), id: newId(), createdAt: now, updatedAt: now, ...changes };
  }

  function duplicate(id: string): Assessment | undefined {
    const source = assessments.value.find((a) => a.id === id);
    if (!source) return undefined;
    const name = source.label || source.meta.municipality || 'Bewertung';
    return add(copyOf(source, { label: `${name} (Kopie)`, round: undefined, previousRoundId: undefined }));
  }

  /** Re-assessment: a copy with the next round number and today's date. */
  function startNextRound(id: string): Assessment | undefined {
    const source = assessments.value.find((a) => a.id === id);
    if (!source) return undefined;
    const today = new Date().toISOString().slice(0, 10);
    const next = copyOf(source, { round: (source.round ?? 1) + 1, previousRoundId: source.id });
    next.meta.date = today;
    if (source.round === undefined) {
      source.round = 1;
      persist(source);
    }
    add(next);
    open(next.id);
    return next;
  }

  function rename(id: string, label: string): void {
    const target = assessments.value.find((a) => a.id === id);
    if (!target) return;
    target.label = label.trim() || undefined;
    touch(target);
  }

  function removeAssessment(id: string): void {
    const index = assessments.value.findIndex((a) => a.id === id);
    if (index < 0) return;
    const [deleted] = assessments.value.splice(index, 1);
    lastDeleted.value = deleted;
    remove(entryKey(id));
    if (assessments.value.length === 0) createNew();
    else if (currentId.value === id) currentId.value = assessments.value[0]!.id;
  }

  function undoRemove(): void {
    const deleted = lastDeleted.value;
    if (!deleted) return;
    lastDeleted.value = undefined;
    add(deleted);
  }

  /** Adds imported assessments; "replace" overwrites one with the same id, "keep-both" gives the import a new id. */
  function importAssessment(imported: Assessment, mode: 'replace' | 'keep-both'): Assessment {
    const index = assessments.value.findIndex((a) => a.id === imported.id);
    if (index >= 0 && mode === 'replace') {
      assessments.value.splice(index, 1, imported);
      persist(assessments.value[index]!);
      return imported;
    }
    return add(index >= 0 ? { ...imported, id: newId() } : imported);
  }

  /** Discards unreadable data after the user confirmed (and could download it). */
  function discardCorrupt(key: string): void {
    remove(key);
    corruptEntries.value = corruptEntries.value.filter((c) => c.key !== key);
  }

  /** Discards the unreadable open assessment and starts a fresh one: only after the user confirmed. */
  function startOver(): void {
    if (corruptData.value) discardCorrupt(corruptData.value.key);
    createNew();
  }

  return {
    assessments,
    currentId,
    corruptEntries,
    corruptData,
    lastDeleted,
    storageState,
    questionnaires,
    assessment,
    hasStarted,
    responseOf,
    updateMeta,
    setAnswer,
    setNote,
    addItem,
    renameItem,
    removeItem,
    open,
    createNew,
    duplicate,
    startNextRound,
    rename,
    removeAssessment,
    undoRemove,
    importAssessment,
    discardCorrupt,
    startOver,
  };
});
