// All assessments kept in this browser and the one that is open. Changes are saved a moment after
// they are made (at most a few writes per second, however large the notes) and at once when the
// page is hidden or closed. Changes another window saves arrive here too (see persistence.ts).
import { defineStore } from 'pinia';
import { computed, onScopeDispose, reactive, ref, shallowRef, toRaw, watch } from 'vue';
import { loadedContent } from '../content.ts';
import {
  COOPERATION_TASKS,
  createAssessment,
  emptyResponse,
  type AnswerValue,
  type Assessment,
  type AssessmentMeta,
  type Response,
} from '../domain/assessment/assessment.ts';
import { assessmentName } from '../domain/assessment/check.ts';
import { mainTask, metaForTask, namedTasks, startLinkedAssessment } from '../domain/assessment/tasks.ts';
import { FIELD_QUESTION, fieldForTask } from '../domain/verdicts/taskProfiles.ts';
import { cleanName } from '../domain/assessment/names.ts';
import { addCustomStep, forgetStep, recordCustomStep, recordStep, removeCustomStep, type StepChange } from '../domain/assessment/plan.ts';
import type { Priority } from '../domain/content/schema.ts';
import { customIdOf, customStepKey, type PlanStep } from '../domain/report/actionPlan.ts';
import type { Questionnaire } from '../domain/content/schema.ts';
import { migrateAssessment, newerVersionIssues, type MigrationSummary } from '../domain/exchange/answerFile.ts';
import { issue, type Issue } from '../domain/issues/issues.ts';
import {
  entryKey,
  LEGACY_KEY,
  MIGRATION_NOTES_KEY,
  onOutsideChange,
  readText,
  remove,
  saveCurrentId,
  SavedCopies,
  writeText,
  type CorruptEntry,
  type SaveResult,
} from './persistence.ts';

export type StorageState = 'saved' | 'full' | 'unavailable';

/** Answers of one assessment adapted to newer questionnaires when it was loaded; shown until dismissed. */
export interface MigrationNotice {
  assessmentId: string;
  name: string;
  summaries: MigrationSummary[];
}

/** Writes are collected for this long, so that typing rewrites a large entry at most a few times per second. */
export const SAVE_DELAY_MS = 300;

const NAME_FIELDS = ['municipality', 'contactPerson', 'partners'] as const;

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `b-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const EMPTY_RESPONSE: Response = Object.freeze(emptyResponse());

function shortId(): string {
  return Math.random().toString(36).slice(2, 10);
}

function readMigrationNotices(): MigrationNotice[] {
  try {
    const notices: unknown = JSON.parse(readText(MIGRATION_NOTES_KEY) ?? '[]');
    return Array.isArray(notices) ? (notices as MigrationNotice[]) : [];
  } catch {
    return [];
  }
}

export const useAssessmentStore = defineStore('assessment', () => {
  const copies = new SavedCopies();
  const initial = copies.loadAll();
  const assessments = ref<Assessment[]>(initial.kind === 'loaded' ? initial.assessments : []);
  const corruptEntries = ref<CorruptEntry[]>(initial.kind === 'loaded' ? initial.corrupt : []);
  const storageState = ref<StorageState>(initial.kind === 'unavailable' ? 'unavailable' : 'saved');
  const storedCurrentId = initial.kind === 'loaded' ? initial.currentId : null;
  const currentId = ref<string>(
    storedCurrentId && assessments.value.some((a) => a.id === storedCurrentId) ? storedCurrentId : (assessments.value[0]?.id ?? ''),
  );
  /** Changes per assessment id in this session: lets derived data follow one assessment's changes. */
  const changeCounts = reactive<Record<string, number>>({});
  /** The last deleted assessment, until the user undoes or deletes another. */
  const lastDeleted = shallowRef<Assessment>();
  /** What happened because another window changed the same data (merged, deleted, unreadable). */
  const syncIssues = ref<Issue[]>([]);
  const migrationNotices = ref<MigrationNotice[]>(readMigrationNotices());

  /** Set once the user has downloaded the unreadable data and chosen to go on without it. */
  const corruptSetAside = ref(false);
  /**
   * Unreadable data of the assessment that was open (or of the old single entry): shown instead of
   * the app until the user has downloaded or discarded it – also after a reload, because the open
   * assessment is not remembered anew until then.
   */
  const corruptData = computed(() =>
    corruptSetAside.value
      ? undefined
      : corruptEntries.value.find((c) => (c.key === LEGACY_KEY && storedCurrentId === null) || (storedCurrentId !== null && c.key === entryKey(storedCurrentId))),
  );

  if (assessments.value.length === 0) {
    const fresh = createAssessment(newId(), new Date());
    assessments.value.push(fresh);
    currentId.value = fresh.id;
  }

  const assessment = computed<Assessment>(() => assessments.value.find((a) => a.id === currentId.value) ?? assessments.value[0]!);

  const questionnaires = computed(() => loadedContent.value?.questionnaires ?? []);
  const hasStarted = computed(
    () => assessment.value.meta.municipality !== '' || Object.keys(assessment.value.responses).length > 0,
  );

  // ----- saving

  /** Assessments changed since they were last saved. */
  const unsaved = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function replaceInMemory(next: Assessment): void {
    const index = assessments.value.findIndex((a) => a.id === next.id);
    if (index >= 0) assessments.value.splice(index, 1, next);
  }

  function forget(id: string, reason: Issue | undefined): void {
    const index = assessments.value.findIndex((a) => a.id === id);
    if (index < 0) return;
    const [gone] = assessments.value.splice(index, 1);
    unsaved.delete(id);
    if (reason) report({ ...reason, params: { assessment: assessmentName(gone!) } });
    if (assessments.value.length === 0) createNew();
    else if (currentId.value === id) currentId.value = assessments.value[0]!.id;
  }

  /** Tells the user once what another window's change meant here. */
  function report(found: Issue): void {
    const same = (i: Issue) => i.code === found.code && i.params.assessment === found.params.assessment;
    syncIssues.value = [...syncIssues.value.filter((i) => !same(i)), found];
  }

  /** Saves one assessment now, merging in what another window saved meanwhile. */
  function persist(target: Assessment): void {
    if (corruptData.value) return;
    unsaved.delete(target.id);
    const outcome = copies.save(target);
    if (outcome.result === 'deleted-elsewhere') return forget(target.id, issue('sync-deleted'));
    if (outcome.result === 'unreadable-elsewhere') {
      unsaved.add(target.id);
      return report(issue('sync-unreadable', [], { assessment: assessmentName(target) }));
    }
    const result: SaveResult = outcome.result;
    storageState.value = result;
    if (outcome.result !== 'saved') unsaved.add(target.id);
    if (outcome.merged) {
      replaceInMemory(outcome.merged.assessment);
      if (outcome.merged.conflicts > 0) {
        report(issue('sync-conflict', [], { assessment: assessmentName(target), count: outcome.merged.conflicts }));
      }
    }
  }

  /** Saves every assessment with changes not yet written (called by the timer and when the page is hidden). */
  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    for (const id of [...unsaved]) {
      const target = assessments.value.find((a) => a.id === id);
      if (target) persist(target);
      else unsaved.delete(id);
    }
  }

  if (typeof window !== 'undefined') {
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    onScopeDispose(() => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    });
  }

  // Another window changed the storage: take its changes over (or merge them with ours).
  const stopListening = onOutsideChange((key, newValue) => {
    const change = copies.outsideChange(key, newValue);
    if (!change) return;
    if (change.kind === 'notes') migrationNotices.value = readMigrationNotices();
    else if (change.kind === 'deleted') forget(change.id, issue('sync-deleted'));
    else if (change.kind === 'unreadable') {
      const target = assessments.value.find((a) => a.id === change.id);
      if (target) report(issue('sync-unreadable', [], { assessment: assessmentName(target) }));
    } else if (change.kind === 'everything') {
      for (const a of [...assessments.value]) if (copies.knows(a.id) && readText(entryKey(a.id)) === null) forget(a.id, issue('sync-deleted'));
    } else {
      const { assessment: theirs } = change.saved;
      const ours = assessments.value.find((a) => a.id === theirs.id);
      if (ours && unsaved.has(ours.id)) return persist(ours);
      copies.adopt(change.saved);
      if (ours) replaceInMemory(theirs);
      else assessments.value.push(theirs);
    }
  });
  onScopeDispose(stopListening);

  // While unreadable data blocks the app, the open assessment stays the one it was, also after a reload.
  watch(
    currentId,
    (id) => {
      if (!corruptData.value) saveCurrentId(id);
    },
    { immediate: true, flush: 'sync' },
  );

  /** Every change goes through here; it is saved a moment later (or when the page is hidden). */
  function touch(target: Assessment = assessment.value): void {
    target.updatedAt = new Date().toISOString();
    changeCounts[target.id] = (changeCounts[target.id] ?? 0) + 1;
    unsaved.add(target.id);
    timer ??= setTimeout(flush, SAVE_DELAY_MS);
  }

  /**
   * The assessment as plain data for the domain (buildReport runs several times slower on reactive
   * proxies). A computed that uses it still follows the assessment: it depends on its change count.
   */
  function plain(target: Assessment): Assessment {
    void changeCounts[target.id];
    return toRaw(target);
  }


  function versionOf(questionnaireId: string): number | undefined {
    return questionnaires.value.find((q) => q.id === questionnaireId)?.version;
  }

  function ensureResponse(questionnaireId: string, target: Assessment = assessment.value) {
    const version = versionOf(questionnaireId);
    if (version !== undefined) target.questionnaireVersions[questionnaireId] ??= version;
    return (target.responses[questionnaireId] ??= emptyResponse());
  }

  /** Read-only view of a questionnaire's answers; safe inside computed properties. */
  function responseOf(questionnaireId: string): Response {
    return assessment.value.responses[questionnaireId] ?? EMPTY_RESPONSE;
  }

  function updateMeta(changes: Partial<AssessmentMeta>): void {
    const cleaned = { ...changes };
    for (const field of NAME_FIELDS) if (cleaned[field] !== undefined) cleaned[field] = cleanName(cleaned[field]);
    const before = mainTask(assessment.value.meta);
    Object.assign(assessment.value.meta, cleaned);
    carryTaskIntoQuestionnaires(assessment.value, before);
    touch();
  }

  /**
   * The setup's task fills in the Rechtsform question on the task field, unless the user answered
   * it differently: then her answer stays.
   */
  function carryTaskIntoQuestionnaires(target: Assessment, before: string | undefined): void {
    const profiles = loadedContent.value?.taskProfiles;
    const after = mainTask(target.meta);
    if (!profiles || before === after) return;
    const answers = target.responses[FIELD_QUESTION.questionnaire]?.answers;
    const current = answers?.[FIELD_QUESTION.question];
    if (current !== undefined && current !== fieldForTask(profiles, before)) return;
    const next = fieldForTask(profiles, after);
    if (next) ensureResponse(FIELD_QUESTION.questionnaire, target).answers[FIELD_QUESTION.question] = next;
    else if (answers) delete answers[FIELD_QUESTION.question];
  }

  /**
   * "Weitere Aufgabe prüfen": a linked assessment of the same municipality for another task, with
   * the answers that do not depend on the task. Opens it.
   */
  function startLinkedTask(sourceId: string, task: string, openIt = true): { assessment: Assessment; copied: number } | undefined {
    const source = assessments.value.find((a) => a.id === sourceId);
    if (!source) return undefined;
    if (source.taskGroup === undefined) {
      source.taskGroup = source.id;
      touch(source);
    }
    const started = startLinkedAssessment(toRaw(source), task, questionnaires.value, COOPERATION_TASKS, newId(), new Date());
    carryTaskIntoQuestionnaires(started.assessment, undefined);
    add(started.assessment);
    if (openIt) open(started.assessment.id);
    return started;
  }

  /** An older assessment named several tasks: it keeps the main one, each other task gets a linked assessment. */
  function splitTasks(main: string): Assessment[] {
    const source = assessment.value;
    const others = namedTasks(source.meta).filter((t) => t !== main);
    const before = mainTask(source.meta);
    Object.assign(source.meta, metaForTask(main, COOPERATION_TASKS));
    carryTaskIntoQuestionnaires(source, before);
    touch(source);
    return others.flatMap((task) => startLinkedTask(source.id, task, false)?.assessment ?? []);
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
    const response = ensureResponse(questionnaireId, target);
    if (note.trim() === '') delete response.notes[key];
    else response.notes[key] = note;
    touch(target);
  }

  function addItem(questionnaireId: string, sectionId: string, name: string): string {
    const items = (ensureResponse(questionnaireId).items[sectionId] ??= []);
    const id = shortId();
    items.push({ id, name: cleanName(name).trim(), answers: {} });
    touch();
    return id;
  }

  function renameItem(questionnaireId: string, sectionId: string, itemId: string, name: string): void {
    const item = ensureResponse(questionnaireId).items[sectionId]?.find((i) => i.id === itemId);
    if (item) item.name = cleanName(name).trim();
    touch();
  }

  function removeItem(questionnaireId: string, sectionId: string, itemId: string): void {
    const items = ensureResponse(questionnaireId).items[sectionId];
    if (items) ensureResponse(questionnaireId).items[sectionId] = items.filter((i) => i.id !== itemId);
    touch();
  }

  // ----- the action plan (owner, due date, status and note per step; own steps)

  function setPlan(change: (plan: Assessment['plan']) => Assessment['plan']): void {
    const target = assessment.value;
    // The domain builds the new plan from plain data; reactive proxies inside it could not be cloned when saved.
    const next = change(toRaw(target).plan);
    if (next) target.plan = next;
    else delete target.plan;
    touch();
  }

  /** Records a change to a row of the plan: a generated step (with its current wording) or an own step. */
  function recordPlanStep(step: PlanStep, change: StepChange & { text?: string }): void {
    const customId = customIdOf(step.stepKey);
    setPlan((plan) =>
      customId
        ? recordCustomStep(plan, customId, change)
        : recordStep(plan, step.stepKey, { text: step.text, topic: step.topic, priority: step.priority, suggestedOwner: step.suggestedOwner }, change),
    );
  }

  /** Adds an own step; returns the key of its row. */
  function addPlanStep(text: string, priority: Priority): string {
    const id = shortId();
    setPlan((plan) => addCustomStep(plan, id, text, priority));
    return customStepKey(id);
  }

  /** Removes an own step, or what was recorded for a step whose cause is gone. */
  function removePlanStep(stepKey: string): void {
    const customId = customIdOf(stepKey);
    setPlan((plan) => (customId ? removeCustomStep(plan, customId) : forgetStep(plan, stepKey)));
  }

  // ----- the list of assessments -----

  function add(next: Assessment): Assessment {
    flush();
    assessments.value.push(next);
    persist(next);
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

  /**
   * The name in the list and, when given, the municipality the report names. A label equal to the
   * municipality is dropped, so that the list follows later changes of the municipality.
   */
  function rename(id: string, label: string, municipality?: string): void {
    const target = assessments.value.find((a) => a.id === id);
    if (!target) return;
    if (municipality !== undefined) target.meta.municipality = cleanName(municipality).trim();
    const cleaned = cleanName(label).trim();
    target.label = cleaned && cleaned !== target.meta.municipality ? cleaned : undefined;
    touch(target);
  }

  function removeAssessment(id: string): void {
    flush();
    const index = assessments.value.findIndex((a) => a.id === id);
    if (index < 0) return;
    const [deleted] = assessments.value.splice(index, 1);
    lastDeleted.value = deleted;
    unsaved.delete(id);
    copies.remove(id);
    if (assessments.value.length === 0) createNew();
    else if (currentId.value === id) currentId.value = assessments.value[0]!.id;
  }

  function undoRemove(): void {
    const deleted = lastDeleted.value;
    if (!deleted) return;
    lastDeleted.value = undefined;
    add(deleted);
  }

  /**
   * Adds imported assessments, all or none: "replace" overwrites one with the same id, "keep-both"
   * gives the import a new id. Nothing changes here unless the storage took every one of them.
   */
  function importAssessments(list: { assessment: Assessment; mode: 'replace' | 'keep-both' }[]): { result: SaveResult; added: Assessment[] } {
    flush();
    const exists = (id: string) => assessments.value.some((a) => a.id === id);
    const inBatch = new Set<string>();
    const added = list.map(({ assessment: imported, mode }) => {
      const next = inBatch.has(imported.id) || (exists(imported.id) && mode === 'keep-both') ? { ...imported, id: newId() } : imported;
      inBatch.add(next.id);
      return next;
    });
    const result = copies.saveAll(added);
    if (result === 'saved') {
      for (const next of added) {
        if (exists(next.id)) replaceInMemory(next);
        else assessments.value.push(next);
      }
    }
    return { result, added };
  }

  // ----- answers given to older questionnaire versions

  /**
   * Adapts the saved answers to the current questionnaires once they are loaded, with the same rules
   * as an import. A migrated assessment is saved at once; its entry is replaced only when that
   * worked, so the original stays until then. Answers from a newer version are left as they are.
   */
  function migrateSaved(current: Questionnaire[]): void {
    const notices: MigrationNotice[] = [];
    for (const saved of [...assessments.value]) {
      if (newerVersionIssues(saved, current).length > 0) continue;
      const { assessment: migrated, summaries } = migrateAssessment(saved, current);
      if (summaries.length === 0) continue;
      replaceInMemory(migrated);
      persist(migrated);
      notices.push({ assessmentId: migrated.id, name: assessmentName(migrated), summaries });
    }
    if (notices.length === 0) return;
    const ids = new Set(notices.map((n) => n.assessmentId));
    migrationNotices.value = [...migrationNotices.value.filter((n) => !ids.has(n.assessmentId)), ...notices];
    writeText(MIGRATION_NOTES_KEY, JSON.stringify(migrationNotices.value));
  }
  watch(questionnaires, (current) => current.length > 0 && migrateSaved(current), { immediate: true });

  function dismissMigrationNotices(): void {
    migrationNotices.value = [];
    remove(MIGRATION_NOTES_KEY);
  }

  function dismissSyncIssues(): void {
    syncIssues.value = [];
  }

  /** Discards unreadable data after the user confirmed (and could download it). */
  function discardCorrupt(key: string): void {
    remove(key);
    corruptEntries.value = corruptEntries.value.filter((c) => c.key !== key);
  }

  /** After the user downloaded the unreadable data: go on with the other assessments; the entry stays listed. */
  function setCorruptAside(): void {
    corruptSetAside.value = true;
    saveCurrentId(currentId.value);
  }

  /** Discards the unreadable open assessment and starts a fresh one: only after the user confirmed. */
  function startOver(): void {
    if (corruptData.value) discardCorrupt(corruptData.value.key);
    createNew();
  }

  return {
    assessments,
    currentId,
    changeCounts,
    corruptEntries,
    corruptData,
    lastDeleted,
    storageState,
    syncIssues,
    migrationNotices,
    questionnaires,
    assessment,
    hasStarted,
    responseOf,
    plain,
    updateMeta,
    startLinkedTask,
    splitTasks,
    setAnswer,
    setNote,
    addItem,
    renameItem,
    removeItem,
    recordPlanStep,
    addPlanStep,
    removePlanStep,
    open,
    createNew,
    duplicate,
    startNextRound,
    rename,
    removeAssessment,
    undoRemove,
    importAssessments,
    dismissMigrationNotices,
    dismissSyncIssues,
    flush,
    discardCorrupt,
    setCorruptAside,
    startOver,
  };
});
