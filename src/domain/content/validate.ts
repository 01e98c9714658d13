// Checks questionnaire content: first the shape (schema), then what a schema cannot see –
// duplicate ids, conditions that point nowhere or in a circle, unscored options, unknown references.
import * as v from 'valibot';
import { questionsIn } from './conditions.ts';
import type { Issue, IssuePath } from '../issues/issues.ts';
import { checkQuestionNeeds, checkTextNeeds, placeholdersIn, type QuestionNeed, type TextTree } from './contract.ts';
import { questionIndex } from './questionIndex.ts';
import { isScored, optionsOf } from './questions.ts';
import {
  CompatibilityFileSchema,
  CostsFileSchema,
  DocumentsFileSchema,
  GlossaryFileSchema,
  LegalFormsFileSchema,
  QuestionnaireSchema,
  RULE_PLACEHOLDERS,
  TaskProfilesFileSchema,
  VatTestFileSchema,
  ReferencesFileSchema,
  SettingsFileSchema,
  type CompatibilityCheck,
  type Condition,
  type Content,
  type DocumentsFile,
  type GlossaryEntry,
  type LegalFormsFile,
  type Question,
  type Questionnaire,
  type Reference,
  type TaskProfilesFile,
  type VatTestFile,
} from './schema.ts';
import { findNeverShown } from './reachability.ts';
import { isTopic } from './lookups.ts';

export interface SourceFile {
  file: string;
  data: unknown;
}

// valibot's own messages are English and technical; the common cases get plain German.
function schemaDetail(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected === 'never') return `unbekanntes Feld ${issue.received}`;
  if (issue.kind === 'schema' && issue.received === 'undefined') return `Pflichtfeld fehlt (erwartet: ${issue.expected})`;
  if (issue.kind === 'schema') return `erwartet ${issue.expected}, gefunden ${issue.received}`;
  return issue.message;
}

function schemaIssues(file: string, issues: v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => ({
    code: 'schema',
    file,
    path: (issue.path ?? []).map((p) => p.key as string | number),
    params: { detail: schemaDetail(issue) },
  }));
}

function parseWith<T>(
  schema: v.GenericSchema<unknown, T>,
  source: SourceFile,
): { value?: T; issues: Issue[] } {
  const result = v.safeParse(schema, source.data);
  return result.success ? { value: result.output, issues: [] } : { issues: schemaIssues(source.file, result.issues) };
}

function duplicates<T>(
  items: T[],
  idOf: (item: T) => string,
  pathOf: (index: number) => IssuePath,
  kind: string,
  file: string,
): Issue[] {
  const firstIndex = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const id = idOf(item);
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else issues.push({ code: 'duplicate-id', file, path: pathOf(index), params: { kind, id, first: pathOf(first).join('.') } });
  });
  return issues;
}

function checkCondition(
  condition: Condition,
  path: IssuePath,
  ownerSectionId: string,
  q: Questionnaire,
  file: string,
): Issue[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => checkCondition(c, [...path, 'all', i], ownerSectionId, q, file));
  if ('any' in condition) return condition.any.flatMap((c, i) => checkCondition(c, [...path, 'any', i], ownerSectionId, q, file));
  if ('not' in condition) return checkCondition(condition.not, [...path, 'not'], ownerSectionId, q, file);
  if ('section' in condition) {
    const section = questionIndex(q).section(condition.section);
    if (!section) return [{ code: 'unknown-section', file, path: [...path, 'section'], params: { section: condition.section } }];
    if (!section.repeat) return [{ code: 'section-not-repeatable', file, path: [...path, 'section'], params: { section: section.id } }];
    return [];
  }
  const location = questionIndex(q).location(condition.question);
  if (!location) {
    return [{ code: 'unknown-question', file, path: [...path, 'question'], params: { question: condition.question } }];
  }
  const { section, question: target } = location;
  const issues: Issue[] = [];
  if (section.repeat && section.id !== ownerSectionId) {
    issues.push({ code: 'condition-into-repeat', file, path: [...path, 'question'], params: { question: target.id, section: section.id } });
  }
  const allowed = optionsOf(target).map((o) => o.value);
  for (const key of ['in', 'notIn'] as const) {
    (condition[key] ?? []).forEach((value, i) => {
      if (!allowed.includes(value)) {
        issues.push({
          code: 'unknown-option',
          file,
          path: [...path, key, i],
          params: { question: target.id, value, allowed: allowed.join(', ') || '–' },
        });
      }
    });
  }
  return issues;
}

function checkOptions(question: Question, path: IssuePath, file: string): Issue[] {
  if (question.type !== 'single' && question.type !== 'multiple') return [];
  const scored = isScored(question);
  const issues = duplicates(question.options, (o) => o.value, (i) => [...path, 'options', i], 'Antwortoption', file);
  question.options.forEach((option, i) => {
    const optionPath = [...path, 'options', i];
    if (option.kind && option.score !== undefined) {
      issues.push({ code: 'special-option-with-score', file, path: optionPath, params: { value: option.value } });
    } else if (!option.kind && scored && option.score === undefined) {
      issues.push({ code: 'option-without-score', file, path: optionPath, params: { value: option.value } });
    } else if (!scored && option.score !== undefined) {
      issues.push({ code: 'score-on-unscored', file, path: optionPath, params: { value: option.value } });
    }
  });
  return issues;
}

/** Question ids each question depends on, through its own and its section's condition. */
function dependencies(q: Questionnaire): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const section of q.sections) {
    const sectionDeps = section.showIf ? questionsIn(section.showIf) : [];
    for (const question of section.questions) {
      graph.set(question.id, [...sectionDeps, ...(question.showIf ? questionsIn(question.showIf) : [])]);
    }
  }
  return graph;
}

function findCycles(q: Questionnaire, file: string): Issue[] {
  const graph = dependencies(q);
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: Issue[] = [];
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done' || !graph.has(id)) return;
    if (state.get(id) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const key = [...cycle].sort().join();
      if (!reported.has(key)) {
        reported.add(key);
        const location = locate(q, id);
        issues.push({ code: 'condition-cycle', file, path: location, params: { cycle: cycle.join(' → ') } });
      }
      return;
    }
    state.set(id, 'visiting');
    for (const dep of graph.get(id) ?? []) visit(dep, [...trail, id]);
    state.set(id, 'done');
  };
  for (const id of graph.keys()) visit(id, []);
  return issues;
}

function locate(q: Questionnaire, questionId: string): IssuePath {
  for (const [s, section] of q.sections.entries()) {
    const index = section.questions.findIndex((qq) => qq.id === questionId);
    if (index >= 0) {
      const question = section.questions[index]!;
      return question.showIf ? ['sections', s, 'questions', index, 'showIf'] : ['sections', s, 'showIf'];
    }
  }
  return [];
}

function checkGuides(question: Extract<Question, { type: 'number' }>, path: IssuePath, sectionId: string, q: Questionnaire, file: string, referenceIds: Set<string>): Issue[] {
  const guides = question.guide ?? [];
  return guides.flatMap((guide, i) => {
    const at: IssuePath = [...path, 'guide', i];
    const issues: Issue[] = [];
    if (guide.when) issues.push(...checkCondition(guide.when, [...at, 'when'], sectionId, q, file));
    else if (i < guides.length - 1) issues.push({ code: 'guide-unreachable', file, path: [...path, 'guide', i + 1], params: { question: question.id } });
    if ((question.min !== undefined && guide.value < question.min) || (question.max !== undefined && guide.value > question.max)) {
      issues.push({ code: 'guide-out-of-range', file, path: [...at, 'value'], params: { value: guide.value, min: question.min ?? '–', max: question.max ?? '–' } });
    }
    if (guide.reference && !referenceIds.has(guide.reference)) {
      issues.push({ code: 'unknown-reference', file, path: [...at, 'reference'], params: { reference: guide.reference } });
    }
    return issues;
  });
}

export function checkQuestionnaire(q: Questionnaire, file: string, referenceIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  issues.push(...duplicates(q.sections, (s) => s.id, (i) => ['sections', i], 'Abschnitts-ID', file));
  const allQuestions = questionIndex(q).locations.map((l) => ({
    ...l,
    path: ['sections', l.sectionIndex, 'questions', l.questionIndex] as IssuePath,
  }));
  issues.push(...duplicates(allQuestions, (x) => x.question.id, (i) => allQuestions[i]!.path, 'Frage-ID', file));
  q.sections.forEach((section, s) => {
    if (section.showIf) issues.push(...checkCondition(section.showIf, ['sections', s, 'showIf'], section.id, q, file));
  });
  for (const { section, question, path } of allQuestions) {
    issues.push(...checkOptions(question, path, file));
    if (!question.help) issues.push({ code: 'missing-help', file, path, params: { question: question.id } });
    if (isScored(question) && !question.action) issues.push({ code: 'missing-action', file, path, params: { question: question.id } });
    issues.push(...unknownReferences(question.references ?? [], [...path, 'references'], file, referenceIds));
    if (question.type === 'number' && question.min !== undefined && question.max !== undefined && question.min > question.max) {
      issues.push({ code: 'invalid-range', file, path, params: { min: question.min, max: question.max } });
    }
    if (question.showIf) issues.push(...checkCondition(question.showIf, [...path, 'showIf'], section.id, q, file));
    if (question.type === 'number') issues.push(...checkGuides(question, path, section.id, q, file, referenceIds));
    if (question.taskIndependent && section.repeat) {
      issues.push({ code: 'task-independent-in-repeat', file, path: [...path, 'taskIndependent'], params: { question: question.id } });
    }
  }
  (q.rules ?? []).forEach((rule, i) => {
    issues.push(...checkCondition(rule.when, ['rules', i, 'when'], '', q, file));
    const allowed: string[] = RULE_PLACEHOLDERS.filter((p) => p !== 'tage' || rule.timing === 'uebergang-endet');
    const texts: [IssuePath, string][] = [
      [['rules', i, 'title'], rule.title],
      [['rules', i, 'explanation'], rule.explanation],
      [['rules', i, 'action', 'text'], rule.action.text],
    ];
    for (const [path, text] of texts) {
      for (const name of placeholdersIn(text).filter((p) => !allowed.includes(p))) {
        issues.push({ code: 'rule-placeholder', file, path, params: { name, allowed: allowed.map((p) => `{${p}}`).join(', ') } });
      }
    }
    issues.push(...unknownReferences(rule.references ?? [], ['rules', i, 'references'], file, referenceIds));
  });
  issues.push(...duplicates(q.rules ?? [], (r) => r.id, (i) => ['rules', i], 'Regel-ID', file));
  const cycles = findCycles(q, file);
  issues.push(...cycles);
  // Reachability only makes sense once every reference resolves and nothing loops.
  if (issues.length === 0) issues.push(...findNeverShown(q, file));
  return issues;
}

export interface ContentSources {
  questionnaires: SourceFile[];
  references: SourceFile;
  glossary: SourceFile;
  settings: SourceFile;
  legalForms: SourceFile;
  compatibility: SourceFile;
  vatTest: SourceFile;
  taskProfiles: SourceFile;
  costs: SourceFile;
  documents: SourceFile;
}

/** What an engine reads from the content: checked after everything else is valid. */
export interface EngineContract {
  /** Who reads it, in German, e.g. "Die Umsatzsteuer-Prüfung (§ 2b UStG)". */
  by: string;
  questions: readonly QuestionNeed[];
  /** The engine's texts: which file and which texts it declares. */
  texts?: { source: Exclude<keyof ContentSources, 'questionnaires'>; tree: TextTree; dataKeys: readonly string[] };
  /** Further checks of what the engine reads, on the parsed content. */
  check?: (content: Pick<Content, 'questionnaires' | 'taskProfiles' | 'documents' | 'legalForms'>, sources: ContentSources) => Issue[];
}

function unknownReferences(ids: string[], path: IssuePath, file: string, known: Set<string>): Issue[] {
  return ids.flatMap((reference, i) =>
    known.has(reference) ? [] : [{ code: 'unknown-reference' as const, file, path: [...path, i], params: { reference } }],
  );
}

function checkLegalForms(data: LegalFormsFile, file: string, questionnaires: Questionnaire[], referenceIds: Set<string>): Issue[] {
  const q = questionnaires.find((x) => x.id === data.questionnaire);
  if (!q) return [{ code: 'unknown-questionnaire', file, path: ['questionnaire'], params: { id: data.questionnaire } }];
  const condition = (c: Condition | undefined, path: IssuePath) => (c ? checkCondition(c, path, '', q, file) : []);
  const issues: Issue[] = [
    ...duplicates(data.forms, (f) => f.id, (i) => ['forms', i], 'Rechtsform-ID', file),
    ...duplicates(data.closed, (f) => f.id, (i) => ['closed', i], 'Rechtsform-ID', file),
  ];
  data.forms.forEach((form, i) => {
    issues.push(...unknownReferences(form.references, ['forms', i, 'references'], file, referenceIds));
    form.fit.forEach((c, j) => issues.push(...condition(c.when, ['forms', i, 'fit', j, 'when'])));
    (form.excludedIf ?? []).forEach((c, j) => issues.push(...condition(c.when, ['forms', i, 'excludedIf', j, 'when'])));
  });
  data.closed.forEach((form, i) => {
    issues.push(...unknownReferences(form.references, ['closed', i, 'references'], file, referenceIds));
    issues.push(...condition(form.when, ['closed', i, 'when']));
  });
  issues.push(...unknownReferences(data.councilDecision.references, ['councilDecision', 'references'], file, referenceIds));
  data.approvingAuthority.forEach((a, i) => {
    issues.push(...unknownReferences(a.references, ['approvingAuthority', i, 'references'], file, referenceIds));
    issues.push(...condition(a.when, ['approvingAuthority', i, 'when']));
  });
  return issues;
}

/**
 * Words that announce how a check came out. A title stands next to "Passt" as well as next to
 * "Konflikt", so it names what is checked ("Beschreibung der Abläufe"), never a result.
 */
const RESULT_IN_TITLE = /(?<![\p{L}])(?:verschieden\p{L}*|unterschiedlich\p{L}*|ungleich\p{L}*|fehl(?:t|en|end\p{L}*)|kein\p{L}*|nicht|ohne|hohes|ungeklärt\p{L}*)(?![\p{L}])/iu;

function checkCompatibility(checks: CompatibilityCheck[], file: string, questionnaires: Questionnaire[], referenceIds: Set<string>): Issue[] {
  const issues = duplicates(checks, (c) => c.id, (i) => ['checks', i], 'Prüfungs-ID', file);
  checks.forEach((check, i) => {
    const path: IssuePath = ['checks', i];
    issues.push(...unknownReferences(check.references ?? [], [...path, 'references'], file, referenceIds));
    const verdict = RESULT_IN_TITLE.exec(check.title)?.[0];
    if (verdict) issues.push({ code: 'title-states-result', file, path: [...path, 'title'], params: { title: check.title, word: verdict } });
    const q = questionnaires.find((x) => x.id === check.questionnaire);
    if (!q) {
      issues.push({ code: 'unknown-questionnaire', file, path: [...path, 'questionnaire'], params: { id: check.questionnaire } });
      return;
    }
    if (check.kind === 'umsatzsteuer') return;
    const location = questionIndex(q).location(check.question);
    if (!location) {
      issues.push({ code: 'unknown-question', file, path: [...path, 'question'], params: { question: check.question } });
      return;
    }
    const { section, question: target } = location;
    // Partners are compared on one answer each; a repeatable section has one answer per item.
    if (section.repeat) {
      issues.push({ code: 'condition-into-repeat', file, path: [...path, 'question'], params: { question: target.id, section: section.id } });
    }
    const allowed = optionsOf(target).map((o) => o.value);
    const lists: [string, string[] | undefined][] = [
      ['values', check.kind === 'keiner' ? check.values : undefined],
      ['openValues', check.openValues],
    ];
    for (const [key, values] of lists) {
      (values ?? []).forEach((value, j) => {
        if (!allowed.includes(value)) {
          issues.push({ code: 'unknown-option', file, path: [...path, key, j], params: { question: target.id, value, allowed: allowed.join(', ') || '–' } });
        }
      });
    }
    if (check.kind === 'spanne' && !isScored(target)) {
      issues.push({
        code: 'schema',
        file,
        path: [...path, 'question'],
        params: { detail: `„spanne“ vergleicht Punktwerte und braucht eine bewertete Frage; „${target.id}“ wird nicht bewertet` },
      });
    }
    if (check.kind === 'gleich' && allowed.length === 0) {
      issues.push({
        code: 'schema',
        file,
        path: [...path, 'question'],
        params: { detail: `„gleich“ vergleicht Antwortoptionen; „${target.id}“ ist eine Frage vom Typ ${target.type} ohne Optionen` },
      });
    }
  });
  return issues;
}

function checkVatTest(data: VatTestFile, file: string, referenceIds: Set<string>): Issue[] {
  const issues: Issue[] = [];
  for (const [id, step] of Object.entries(data.steps)) {
    issues.push(...unknownReferences(step.references, ['steps', id, 'references'], file, referenceIds));
  }
  for (const [id, mitigation] of Object.entries(data.mitigations)) {
    issues.push(...unknownReferences(mitigation.references, ['mitigations', id, 'references'], file, referenceIds));
  }
  return issues;
}

function checkTaskProfiles(data: TaskProfilesFile, file: string, questionnaires: Questionnaire[], referenceIds: Set<string>): Issue[] {
  const issues = duplicates(data.profiles, (p) => p.id, (i) => ['profiles', i], 'Aufgaben-ID', file);
  issues.push(...duplicates(data.profiles, (p) => p.task, (i) => ['profiles', i, 'task'], 'Aufgabe', file));
  const questionnaireIds = new Set(questionnaires.map((q) => q.id));
  data.profiles.forEach((profile, i) => {
    const at = (...path: IssuePath) => ['profiles', i, ...path];
    const statements: [IssuePath, string[]][] = [
      ...profile.law.map((s, j): [IssuePath, string[]] => [at('law', j, 'references'), s.references]),
      [at('legalForm', 'references'), profile.legalForm.references],
      [at('vat', 'references'), profile.vat.references],
      ...profile.steps.map((s, j): [IssuePath, string[]] => [at('steps', j, 'references'), s.references]),
    ];
    for (const [path, ids] of statements) issues.push(...unknownReferences(ids, path, file, referenceIds));
    profile.examples.forEach((example, j) => issues.push(...unknownReferences([example.reference], at('examples', j, 'reference'), file, referenceIds)));
    profile.steps.forEach((step, j) => {
      if (!questionnaireIds.has(step.questionnaire)) {
        issues.push({ code: 'unknown-questionnaire', file, path: at('steps', j, 'questionnaire'), params: { id: step.questionnaire } });
      }
    });
  });
  return issues;
}

/** Every statement, clause and outline point of documents.yaml cites only known references. */
function checkDocumentReferences(data: DocumentsFile, file: string, known: Set<string>): Issue[] {
  const statements: [IssuePath, string[]][] = [
    ...Object.entries(data.statements).map(([id, s]): [IssuePath, string[]] => [['statements', id, 'references'], s.references]),
    ...Object.entries(data.proposalByTask).map(([id, s]): [IssuePath, string[]] => [['proposalByTask', id, 'references'], s.references]),
  ];
  for (const [kind, outline] of Object.entries(data.outlines)) {
    const at = (...path: IssuePath): IssuePath => ['outlines', kind, ...path];
    statements.push([at('intro', 'references'), outline.intro.references]);
    outline.points.forEach((point, i) => {
      statements.push([at('points', i, 'regulate', 'references'), point.regulate.references]);
      if (point.clause) statements.push([at('points', i, 'clause', 'references'), point.clause.references]);
      for (const [task, s] of Object.entries(point.tasks ?? {})) statements.push([at('points', i, 'tasks', task, 'references'), s.references]);
    });
  }
  return statements.flatMap(([path, ids]) => unknownReferences(ids, path, file, known));
}

/**
 * Validates all content files together; on success returns the compiled content. `contracts` are
 * what the engines read (src/domain/verdicts/contracts.ts); they are checked once the files are valid.
 */
export function validateContent(sources: ContentSources, contracts: readonly EngineContract[] = []): { content?: Content; issues: Issue[] } {
  const issues: Issue[] = [];
  const refs = parseWith(ReferencesFileSchema, sources.references);
  issues.push(...refs.issues);
  const references: Reference[] = refs.value?.references ?? [];
  issues.push(...duplicates(references, (r) => r.id, (i) => ['references', i], 'Rechtsgrundlagen-ID', sources.references.file));
  const referenceIds = new Set(references.map((r) => r.id));

  const glossaryResult = parseWith(GlossaryFileSchema, sources.glossary);
  issues.push(...glossaryResult.issues);
  const glossary: GlossaryEntry[] = glossaryResult.value?.glossary ?? [];
  issues.push(...duplicates(glossary, (g) => g.term.toLowerCase(), (i) => ['glossary', i], 'Glossarbegriff', sources.glossary.file));
  glossary.forEach((entry, i) =>
    issues.push(...unknownReferences(entry.references ?? [], ['glossary', i, 'references'], sources.glossary.file, referenceIds)),
  );

  const settings = parseWith(SettingsFileSchema, sources.settings);
  issues.push(...settings.issues);
  if (settings.value) {
    issues.push(...unknownReferences(settings.value.vat.references, ['vat', 'references'], sources.settings.file, referenceIds));
    if (!settings.value.levels.some((l) => l.id === settings.value!.showstopperCap)) {
      issues.push({ code: 'unknown-level', file: sources.settings.file, path: ['showstopperCap'], params: { id: settings.value.showstopperCap } });
    }
    const scores = settings.value.levels.map((l) => l.minScore);
    if (scores.some((score, i) => i > 0 && score >= scores[i - 1]!)) {
      issues.push({ code: 'levels-order', file: sources.settings.file, path: ['levels'], params: {} });
    }
  }

  const questionnaires: Questionnaire[] = [];
  const fileOf = new Map<string, string>();
  for (const source of sources.questionnaires) {
    const parsed = parseWith(QuestionnaireSchema, source);
    issues.push(...parsed.issues);
    if (!parsed.value) continue;
    const other = fileOf.get(parsed.value.id);
    if (other) {
      issues.push({ code: 'duplicate-questionnaire', file: source.file, path: ['id'], params: { id: parsed.value.id, other } });
      continue;
    }
    fileOf.set(parsed.value.id, source.file);
    issues.push(...checkQuestionnaire(parsed.value, source.file, referenceIds));
    questionnaires.push(parsed.value);
  }
  if (settings.value) {
    const ids = new Set(questionnaires.filter(isTopic).map((q) => q.id));
    for (const id of Object.keys(settings.value.topicWeights)) {
      if (!ids.has(id)) issues.push({ code: 'unknown-questionnaire', file: sources.settings.file, path: ['topicWeights', id], params: { id } });
    }
    for (const id of ids) {
      if (!(id in settings.value.topicWeights)) issues.push({ code: 'missing-topic-weight', file: sources.settings.file, path: ['topicWeights'], params: { id } });
    }
  }
  const legalForms = parseWith(LegalFormsFileSchema, sources.legalForms);
  issues.push(...legalForms.issues);
  if (legalForms.value) issues.push(...checkLegalForms(legalForms.value, sources.legalForms.file, questionnaires, referenceIds));
  const compatibility = parseWith(CompatibilityFileSchema, sources.compatibility);
  issues.push(...compatibility.issues);
  if (compatibility.value) {
    issues.push(...checkCompatibility(compatibility.value.checks, sources.compatibility.file, questionnaires, referenceIds));
  }

  const vatTest = parseWith(VatTestFileSchema, sources.vatTest);
  issues.push(...vatTest.issues);
  if (vatTest.value) issues.push(...checkVatTest(vatTest.value, sources.vatTest.file, referenceIds));

  const taskProfiles = parseWith(TaskProfilesFileSchema, sources.taskProfiles);
  issues.push(...taskProfiles.issues);
  if (taskProfiles.value) issues.push(...checkTaskProfiles(taskProfiles.value, sources.taskProfiles.file, questionnaires, referenceIds));

  const costs = parseWith(CostsFileSchema, sources.costs);
  issues.push(...costs.issues);
  if (costs.value) {
    for (const [id, notice] of Object.entries(costs.value.notices)) {
      issues.push(...unknownReferences(notice.references, ['notices', id, 'references'], sources.costs.file, referenceIds));
    }
  }

  const documents = parseWith(DocumentsFileSchema, sources.documents);
  issues.push(...documents.issues);
  if (documents.value) issues.push(...checkDocumentReferences(documents.value, sources.documents.file, referenceIds));

  if (issues.length > 0 || !settings.value || !legalForms.value || !compatibility.value || !vatTest.value || !taskProfiles.value || !costs.value || !documents.value) {
    return { issues };
  }
  const partial = { questionnaires, taskProfiles: taskProfiles.value, documents: documents.value, legalForms: legalForms.value };
  for (const contract of contracts) {
    issues.push(...(contract.check?.(partial, sources) ?? []));
    issues.push(...checkQuestionNeeds(contract.questions, questionnaires, (id) => fileOf.get(id) ?? 'questionnaires'));
    if (contract.texts) {
      const source = sources[contract.texts.source];
      issues.push(...checkTextNeeds(contract.texts.tree, source.data, source.file, contract.by, contract.texts.dataKeys));
    }
  }
  if (issues.length > 0) return { issues };
  questionnaires.sort((a, b) => a.order - b.order);
  return {
    content: {
      questionnaires,
      references,
      glossary,
      settings: settings.value,
      legalForms: legalForms.value,
      compatibility: compatibility.value.checks,
      vatTest: vatTest.value,
      taskProfiles: taskProfiles.value,
      costs: costs.value,
      documents: documents.value,
    },
    issues,
  };
}
