// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { computed } from 'vue';
import { useAssessmentSummaries } from '../../src/composables/assessmentSummaries.ts';
import { loadContent } from '../../src/content.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { summarise } from '../../src/domain/report/summary.ts';
import { topicsOf } from '../../src/domain/content/lookups.ts';
import { fullyAnsweredAssessment } from '../../src/build/syntheticAssessment.ts';
import { useAssessmentStore } from '../../src/stores/assessment.ts';

const content = await loadContent();

function storeWithTwo() {
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  store.importAssessments([{ assessment: { ...fullyAnsweredAssessment(content), id: 'voll' }, mode: 'replace' }]);
  return store;
}

describe('summaries of the assessments in the list', () => {
  beforeEach(() => localStorage.clear());

  it('give level, score, completeness and progress as the full report does', () => {
    const assessment = fullyAnsweredAssessment(content);
    const report = buildReport(content, assessment);
    expect(summarise(content, assessment)).toEqual({
      started: true,
      finishedQuestionnaires: topicsOf(content.questionnaires).length,
      level: report.overall.level.name,
      score: report.overall.score,
      completeness: report.overall.completeness,
      date: report.date,
    });
  });

  it('are redone only for the assessment that changed', () => {
    const store = storeWithTwo();
    const summaryOf = useAssessmentSummaries(() => content);
    const [empty, full] = [store.assessments[0]!, store.assessments.find((a) => a.id === 'voll')!];
    const before = { empty: summaryOf(empty), full: summaryOf(full) };
    expect(before.empty.level).toBeUndefined();
    store.rename(empty.id, 'Neuer Name');
    expect(summaryOf(full)).toBe(before.full);
    expect(summaryOf(empty)).not.toBe(before.empty);
  });

  it('follow a change of the answers, although the report gets plain data', () => {
    const store = storeWithTwo();
    store.open('voll');
    const score = computed(() => buildReport(content, store.plain(store.assessment)).topics[0]!.score);
    const before = score.value;
    const question = content.questionnaires[0]!.sections[0]!.questions[0]!;
    const worst = 'options' in question ? question.options.at(-1)!.value : 'nein';
    store.setAnswer(content.questionnaires[0]!.id, question.id, worst);
    expect(score.value).not.toBe(before);
  });
});
