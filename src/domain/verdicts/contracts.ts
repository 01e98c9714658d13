// Every engine's contract with the content, in one list for the content check
// (`npm run questionnaires:check` and the build).
import type { EngineContract } from '../content/validate.ts';
import { checkGuideLabels, COST_QUESTION_NEEDS, COST_TEXT_DATA_KEYS, COST_TEXT_TREE } from './costContract.ts';
import { DOCUMENTS_CONTRACT } from '../documents/documentsContract.ts';
import { PARTNER_KIND } from './legalForms.ts';
import { TASK_PROFILE_CONTRACT } from './taskProfiles.ts';
import { VAT_QUESTION_NEEDS, VAT_TEXT_DATA_KEYS, VAT_TEXT_TREE } from './vatContract.ts';

export const ENGINE_CONTRACTS: readonly EngineContract[] = [
  {
    by: 'Die Umsatzsteuer-Prüfung (§ 2b UStG)',
    questions: VAT_QUESTION_NEEDS,
    texts: { source: 'vatTest', tree: VAT_TEXT_TREE, dataKeys: VAT_TEXT_DATA_KEYS },
  },
  { by: PARTNER_KIND.by, questions: [PARTNER_KIND] },
  {
    by: 'Die Kostenrechnung',
    questions: COST_QUESTION_NEEDS,
    texts: { source: 'costs', tree: COST_TEXT_TREE, dataKeys: COST_TEXT_DATA_KEYS },
    check: checkGuideLabels,
  },
  TASK_PROFILE_CONTRACT,
  DOCUMENTS_CONTRACT,
];
