// The § 2b UStG test for each planned service between the partners (repeatable section
// "leistungen" of the questionnaire "umsatzsteuer"), walked in the order of the fact sheet.
// TO BE IMPLEMENTED – see the interface below.
import type { Response } from './assessment';
import type { Questionnaire, Settings } from './schema';

export type VatRisk = 'gering' | 'mittel' | 'hoch' | 'unklar';

export interface VatReasoningStep {
  /** Stable id of the test step, e.g. "leistungsaustausch", "privatrecht", "abs4", "vorbehalt", "grenze-17500", "abs2-nr2", "abs3-nr2", "wettbewerb". */
  id: string;
  /** Short German title of the step, e.g. "Privatrechtlicher Vertrag?". */
  title: string;
  /** What the answers say at this step, in plain German. */
  finding: string;
  /** Ids from questionnaires/references.yaml. */
  references: string[];
}

export interface VatMitigation {
  text: string;
  references: string[];
  caveat?: string;
}

export interface VatServiceVerdict {
  itemId: string;
  serviceName: string;
  risk: VatRisk;
  /** One sentence: the outcome and why. */
  conclusion: string;
  /** The chain of reasoning in test order, up to and including the deciding step. */
  steps: VatReasoningStep[];
  /** True where the result rests on § 2b Abs. 3 Nr. 2 or a bare public-law form (EU-law doubts). */
  euCaveat: boolean;
  /** Questions to clarify ("weiß nicht" answers and gaps), in plain German. */
  toClarify: string[];
  mitigations: VatMitigation[];
}

export interface VatAssessment {
  services: VatServiceVerdict[];
  /** The worst risk over all services ("unklar" ranks between "mittel" and "hoch"); "unklar" when there are none. */
  overall: VatRisk;
  transition: {
    /** ISO date from settings.yaml. */
    fullApplicationFrom: string;
    /** Days from the assessment date to that date; negative once it has passed. */
    daysFromAssessment: number;
    /** e.g. "§ 2b UStG gilt ohne Übergang ab 1. Januar 2027 – in 37 Tagen." / "… – seit 12 Tagen." */
    text: string;
    source: string;
  };
}

export declare function assessVat(
  questionnaire: Questionnaire,
  response: Response,
  settings: Settings,
  assessmentDate: string,
): VatAssessment;
