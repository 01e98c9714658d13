// The list's summary of each assessment, redone only for the assessment that changed (a report per
// row on every change made renaming slow with many assessments).
import type { Assessment } from '../domain/assessment/assessment.ts';
import type { Content } from '../domain/content/schema.ts';
import { summarise, type AssessmentSummary } from '../domain/report/summary.ts';
import { useAssessmentStore } from '../stores/assessment.ts';

const cache = new WeakMap<Assessment, { changeCount: number; summary: AssessmentSummary }>();

export function useAssessmentSummaries(content: () => Content) {
  const store = useAssessmentStore();
  return function summaryOf(assessment: Assessment): AssessmentSummary {
    const changeCount = store.changeCounts[assessment.id] ?? 0;
    const plain = store.plain(assessment);
    const known = cache.get(plain);
    if (known?.changeCount === changeCount) return known.summary;
    const summary = summarise(content(), plain);
    cache.set(plain, { changeCount, summary });
    return summary;
  };
}
