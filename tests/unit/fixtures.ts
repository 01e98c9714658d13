// Small questionnaires for tests, written as YAML like the real ones, plus the minimal companion
// files that validateContent needs.
import { parse } from 'yaml';
import { validateContent, type SourceFile } from '../../src/domain/content/validate.ts';
import type { Questionnaire } from '../../src/domain/content/schema.ts';

export const referencesFile: SourceFile = {
  file: 'questionnaires/references.yaml',
  data: {
    references: [
      { id: 'ref-a', citation: '§ 1 Testgesetz', title: 'Test', source: 'Testgesetz' },
      { id: 'ref-b', citation: '§ 2 Testgesetz', title: 'Test 2', source: 'Testgesetz', unverified: true },
    ],
  },
};
export const glossaryFile: SourceFile = {
  file: 'questionnaires/glossary.yaml',
  data: { glossary: [{ term: 'Zweckvereinbarung', aliases: ['Zweckvereinbarungen'], definition: 'Ein Vertrag.' }] },
};

export function settingsFile(weights: Record<string, number>): SourceFile {
  return {
    file: 'questionnaires/settings.yaml',
    data: {
      topicWeights: weights,
      levels: [
        { id: 'gut', name: 'Gut', minScore: 60, description: 'Gut.' },
        { id: 'schlecht', name: 'Schlecht', minScore: 0, description: 'Schlecht.' },
      ],
      showstopperCap: 'schlecht',
      legalStatus: '2026-12-01',
      vat: { fullApplicationFrom: '2027-01-01', urgentWithinDays: 365, source: 'Test', references: ['ref-a'] },
    },
  };
}

export function legalFormsFile(questionnaireId: string): SourceFile {
  return {
    file: 'questionnaires/legal-forms.yaml',
    data: {
      questionnaire: questionnaireId,
      disclaimer: 'Orientierung.',
      forms: [
        {
          id: 'form-a',
          name: 'Form A',
          summary: 'A',
          references: ['ref-a'],
          approvalRequired: false,
          approval: 'keine',
          vat: 'v',
          procurement: 'p',
          dataProtection: 'd',
          fit: [],
        },
      ],
      closed: [],
      approvingAuthority: [{ authority: 'Landratsamt', references: ['ref-a'] }],
      councilDecision: { text: 'Der Gemeinderat beschließt.', references: ['ref-a'] },
    },
  };
}

/** questionnaires/vat-test.yaml: only the transition texts, which every report shows. */
export const vatTestFile: SourceFile = {
  file: 'questionnaires/vat-test.yaml',
  data: {
    steps: {},
    clarify: {},
    open: {},
    notes: {},
    conclusions: {},
    outcomes: {},
    euros: {},
    mitigations: {},
    transition: Object.fromEntries(
      ['vorher', 'vorher-ein-tag', 'heute', 'nachher', 'nachher-ein-tag', 'option-offen', 'option-nein', 'widerrufen', 'altes-recht', 'abgelaufen', 'widerruf-offen'].map((key) => [key, `Übergang: ${key}`]),
    ),
  },
};

/** questionnaires/documents.yaml: one point per outline, without texts (no engine reads them in these tests). */
const outline = (title: string) => ({
  title,
  subject: title,
  intro: { text: 'Zum Testen.', references: [] },
  points: [{ id: 'beteiligte', title: 'Beteiligte', status: 'pflicht', regulate: { text: 'Wer.', references: ['ref-a'] }, open: 'Alles.' }],
});
export const documentsFile: SourceFile = {
  file: 'questionnaires/documents.yaml',
  data: { texts: {}, statements: {}, proposalByTask: {}, outlines: { zweckvereinbarung: outline('ZV'), verbandssatzung: outline('VS') } },
};

/** questionnaires/compatibility.yaml; without checks unless a test passes some. */
export function compatibilityFile(checks: unknown[] = []): SourceFile {
  return { file: 'questionnaires/compatibility.yaml', data: { checks } };
}

/** A valid questionnaire with a scale, a single choice, a conditional question and a repeat section. */
export const BASE_YAML = `
id: test
version: 1
order: 1
title: Testbogen
intro: Zum Testen.
sections:
  - id: allgemein
    title: Allgemein
    questions:
      - id: beschluss
        type: scale
        text: Gibt es einen Beschluss?
        help: Weil es wichtig ist.
        weight: 3
        references: [ref-a]
        action: { text: Beschluss herbeiführen., owner: Bürgermeister }
      - id: geplant
        type: single
        text: Ist ein Beschluss geplant?
        help: Weil es wichtig ist.
        showIf: { question: beschluss, in: [nein] }
        action: { text: Termin planen., owner: Hauptamt }
        options:
          - { value: ja, label: Ja, score: 1 }
          - { value: nein, label: Nein, score: 0 }
          - { value: weiss-nicht, label: Weiß nicht, kind: unknown }
  - id: leistungen
    title: Leistungen
    repeat: { itemName: Leistung, itemNamePlural: Leistungen, min: 1 }
    questions:
      - id: betrag
        type: number
        text: Welcher Betrag?
        help: Wegen der Grenze.
        min: 0
        unknownAllowed: true
      - id: grundlage
        type: single
        scored: false
        text: Welche Grundlage?
        help: Wegen des Rechts.
        showIf: { question: betrag, answered: true }
        options:
          - { value: oeffentlich, label: Öffentlich-rechtlich }
          - { value: privat, label: Privatrechtlich }
  - id: abschluss
    title: Abschluss
    showIf: { section: leistungen, minItems: 1 }
    questions:
      - id: notiz
        type: text
        text: Anmerkungen
        help: Für den Bericht.
`;

export function validateYaml(yaml: string, extraQuestionnaires: string[] = [], compatibility: SourceFile = compatibilityFile()) {
  const questionnaires = [yaml, ...extraQuestionnaires].map((text, i) => ({ file: `questionnaires/q${i}.yaml`, data: parse(text) }));
  const ids = questionnaires.map((q) => (q.data as { id?: string }).id ?? 'x');
  return validateContent({
    questionnaires,
    references: referencesFile,
    glossary: glossaryFile,
    settings: settingsFile(Object.fromEntries(ids.map((id) => [id, 1]))),
    legalForms: legalFormsFile(ids[0]!),
    compatibility,
    vatTest: vatTestFile,
    taskProfiles: { file: 'questionnaires/task-profiles.yaml', data: { noExamples: 'Keine Beispiele.', profiles: [] } },
    costs: { file: 'questionnaires/costs.yaml', data: { texts: {}, notices: {} } },
    documents: documentsFile,
  });
}

export function baseQuestionnaire(): Questionnaire {
  const result = validateYaml(BASE_YAML);
  if (!result.content) throw new Error(JSON.stringify(result.issues));
  return result.content.questionnaires[0]!;
}
