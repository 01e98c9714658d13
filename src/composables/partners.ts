// The partners chosen in the list of assessments, from the "ids" query of the URL.
import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { assessmentName } from '../domain/assessment/check.ts';
import { useAssessmentStore } from '../stores/assessment.ts';

export const partnerName = assessmentName;

export function useChosenPartners() {
  const store = useAssessmentStore();
  const route = useRoute();
  const ids = computed(() => String(route.query.ids ?? '').split(',').filter(Boolean));
  const partners = computed(() =>
    ids.value.flatMap((id) => store.assessments.filter((a) => a.id === id)).map((assessment) => ({ id: assessment.id, name: partnerName(assessment), assessment })),
  );
  return { ids, partners, store };
}
