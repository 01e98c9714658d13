// What every wizard page of a questionnaire needs: the questionnaire, its answers, the page list
// and navigation to the page before and after the current one.
import { computed, type Ref } from 'vue';
import { useRouter } from 'vue-router';
import { samePage, wizardPages, type WizardPage } from '../domain/assessment/wizard.ts';
import { useAssessmentStore } from '../stores/assessment.ts';
import { routeOfPage } from './wizardRoutes.ts';

export function useQuestionnairePage(questionnaireId: Ref<string>, page: Ref<WizardPage>) {
  const store = useAssessmentStore();
  const router = useRouter();
  const questionnaire = computed(() => store.questionnaires.find((q) => q.id === questionnaireId.value));
  const response = computed(() => store.responseOf(questionnaireId.value));
  const pages = computed(() => (questionnaire.value ? wizardPages(questionnaire.value, response.value) : []));
  const index = computed(() => pages.value.findIndex((p) => samePage(p, page.value)));

  function goTo(target: WizardPage | undefined): Promise<unknown> {
    if (!target) return router.push({ name: 'overview' });
    return router.push(routeOfPage(questionnaireId.value, target));
  }

  return {
    store,
    questionnaire,
    response,
    pages,
    index,
    goBack: () => goTo(index.value > 0 ? pages.value[index.value - 1] : undefined),
    goNext: () => goTo(pages.value[index.value + 1]),
  };
}
