// The current assessment: answers, repeat items and setup data. Every change is saved at once.
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { loadedContent } from '../content.ts';
import {
  createAssessment,
  emptyResponse,
  type AnswerValue,
  type Assessment,
  type AssessmentMeta,
  type Response,
} from '../domain/assessment.ts';
import type { SavedDataProblem } from '../domain/savedData.ts';
import { discardSaved, loadSaved, save, type SaveResult } from './persistence.ts';

export type StorageState = 'saved' | 'full' | 'unavailable';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const EMPTY_RESPONSE: Response = Object.freeze(emptyResponse());

function shortId(): string {
  return Math.random().toString(36).slice(2, 10);
}

export const useAssessmentStore = defineStore('assessment', () => {
  const initial = loadSaved();
  const assessment = ref<Assessment>(initial.kind === 'loaded' ? initial.assessment : createAssessment(newId(), new Date()));
  const storageState = ref<StorageState>(initial.kind === 'unavailable' ? 'unavailable' : 'saved');
  /** Saved data that could not be read. While set, nothing is saved, so the raw data survives. */
  const corruptData = ref<{ raw: string; problems: SavedDataProblem[] } | null>(
    initial.kind === 'corrupt' ? { raw: initial.raw, problems: initial.problems } : null,
  );

  const questionnaires = computed(() => loadedContent.value?.questionnaires ?? []);
  const hasStarted = computed(
    () => assessment.value.meta.municipality !== '' || Object.keys(assessment.value.responses).length > 0,
  );

  function persist(): void {
    if (corruptData.value) return;
    const result: SaveResult = save(assessment.value);
    storageState.value = result;
  }

  watch(assessment, persist, { deep: true });

  function touch(): void {
    assessment.value.updatedAt = new Date().toISOString();
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

  /** Starts over: only after the user confirmed (and could download any unreadable data). */
  function startOver(): void {
    discardSaved();
    corruptData.value = null;
    assessment.value = createAssessment(newId(), new Date());
    persist();
  }

  return {
    assessment,
    storageState,
    corruptData,
    questionnaires,
    hasStarted,
    responseOf,
    updateMeta,
    setAnswer,
    addItem,
    renameItem,
    removeItem,
    startOver,
  };
});
