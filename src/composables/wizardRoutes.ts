// Translates between the domain's wizard pages and the app's routes.
import type { RouteLocationRaw } from 'vue-router';
import type { WizardPage } from '../domain/assessment/wizard.ts';

export function routeOfPage(questionnaireId: string, page: WizardPage): RouteLocationRaw {
  switch (page.kind) {
    case 'section':
      return { name: 'section', params: { questionnaireId, sectionId: page.sectionId } };
    case 'items':
      return { name: 'items', params: { questionnaireId, sectionId: page.sectionId } };
    case 'item':
      return { name: 'item', params: { questionnaireId, sectionId: page.sectionId, itemId: page.itemId } };
    case 'check':
      return { name: 'check', params: { questionnaireId } };
  }
}
