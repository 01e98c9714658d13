// The contract between the content and the code that reads it. An engine (the § 2b UStG test, the
// legal-form ranking, the task profiles …) declares every question, option and text it reads; the
// content check compares the declaration with the YAML files. Renaming an option the engine relies
// on then stops the build with file, line and the engine's need – instead of silently changing a
// verdict.
import type { Issue, IssuePath } from '../issues/issues.ts';
import { questionIndex } from './questionIndex.ts';
import { optionsOf } from './questions.ts';
import type { QuestionType, Questionnaire } from './schema.ts';

/** A question an engine reads, with the option values its decisions depend on. */
export interface QuestionNeed<O extends string = string> {
  questionnaire: string;
  question: string;
  /** Where the question must be asked: the id of its section. */
  section: string;
  types: readonly QuestionType[];
  options: readonly O[];
  /** Who reads it, in German, e.g. "Die Umsatzsteuer-Prüfung (§ 2b UStG)". */
  by: string;
}

/** Leaves are the names of the placeholders a text may use, e.g. ["betrag"] for "… {betrag} …". */
export interface TextTree {
  readonly [key: string]: readonly string[] | TextTree;
}

/** A text an engine reads: its path in the text file and the placeholders it may fill. */
export interface TextKey<P extends string = string> {
  readonly path: readonly string[];
  readonly params: readonly P[];
}

export type TextKeys<T> = {
  readonly [K in keyof T]: T[K] extends readonly (infer P extends string)[] ? TextKey<P> : TextKeys<T[K]>;
};

/** Turns a declaration of texts into keys the engine passes to `fillText`. */
export function textKeys<const T extends TextTree>(tree: T, path: readonly string[] = []): TextKeys<T> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      Array.isArray(value) ? { path: [...path, key], params: value } : textKeys(value as TextTree, [...path, key]),
    ]),
  ) as TextKeys<T>;
}

/** The text at a key, with its placeholders filled in. The content check guarantees that it exists. */
export function fillText<P extends string>(texts: unknown, key: TextKey<P>, params?: Record<P, string | number>): string {
  let node: unknown = texts;
  for (const part of key.path) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`Text fehlt: ${key.path.join('.')}`);
  if (!params) return node;
  const parts = partsOf(node);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (name in params ? String(params[name as P]) : `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/** A text split at its placeholders, "bis {betrag} im Jahr" → ["bis ", "betrag", " im Jahr"]; once per text of the content. */
const templates = new Map<string, string[]>();
function partsOf(text: string): string[] {
  let parts = templates.get(text);
  if (!parts) templates.set(text, (parts = text.split(/\{(\w+)\}/)));
  return parts;
}

/** Placeholders used in a text, e.g. ["betrag"] for "bis {betrag} im Jahr". */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Every question and option the engine needs exists where the engine expects it. */
export function checkQuestionNeeds(needs: readonly QuestionNeed[], questionnaires: Questionnaire[], fileOf: (id: string) => string): Issue[] {
  const issues: Issue[] = [];
  for (const need of needs) {
    const questionnaire = questionnaires.find((q) => q.id === need.questionnaire);
    const params = { by: need.by, questionnaire: need.questionnaire, question: need.question };
    if (!questionnaire) {
      issues.push({ code: 'engine-needs-questionnaire', file: 'questionnaires', path: [], params });
      continue;
    }
    const file = fileOf(questionnaire.id);
    const location = questionIndex(questionnaire).location(need.question);
    if (!location) {
      issues.push({ code: 'engine-needs-question', file, path: ['sections'], params });
      continue;
    }
    const path: IssuePath = ['sections', location.sectionIndex, 'questions', location.questionIndex];
    if (location.section.id !== need.section) {
      issues.push({ code: 'engine-needs-section', file, path, params: { ...params, section: need.section, actual: location.section.id } });
    }
    if (!need.types.includes(location.question.type)) {
      issues.push({ code: 'engine-needs-type', file, path: [...path, 'type'], params: { ...params, types: need.types.join(', '), actual: location.question.type } });
    }
    const known = optionsOf(location.question).map((o) => o.value);
    for (const value of need.options) {
      if (!known.includes(value)) {
        issues.push({
          code: 'engine-needs-option',
          file,
          path: location.question.type === 'single' || location.question.type === 'multiple' ? [...path, 'options'] : path,
          params: { ...params, value, allowed: known.join(', ') || '–' },
        });
      }
    }
  }
  return issues;
}

/**
 * The text file holds exactly the texts the engine declares: each declared text exists and uses
 * only its declared placeholders; a text nobody reads is reported, so that no dead wording lingers.
 * Keys named in `ignore` (e.g. "references") hold data other than texts and are checked elsewhere.
 */
export function checkTextNeeds(declared: TextTree, data: unknown, file: string, by: string, ignore: readonly string[] = []): Issue[] {
  const issues: Issue[] = [];
  const walk = (need: TextTree, node: unknown, path: IssuePath) => {
    const record = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
    for (const [key, value] of Object.entries(need)) {
      const child = record?.[key];
      const at = [...path, key];
      if (Array.isArray(value)) {
        if (typeof child !== 'string') {
          issues.push({ code: 'engine-needs-text', file, path: record ? path : at, params: { by, key: at.join('.') } });
          continue;
        }
        for (const name of placeholdersIn(child)) {
          if (!value.includes(name)) {
            issues.push({
              code: 'engine-text-placeholder',
              file,
              path: at,
              params: { by, key: at.join('.'), name, allowed: value.length ? value.map((p) => `{${p}}`).join(', ') : '–' },
            });
          }
        }
      } else if (!record || typeof child !== 'object' || child === null) {
        issues.push({ code: 'engine-needs-text', file, path: record ? path : at, params: { by, key: at.join('.') } });
      } else {
        walk(value as TextTree, child, at);
      }
    }
    for (const key of Object.keys(record ?? {})) {
      if (!(key in need) && !ignore.includes(key)) {
        issues.push({ code: 'engine-unused-text', file, path: [...path, key], params: { by, key: [...path, key].join('.') } });
      }
    }
  };
  walk(declared, data, []);
  return issues;
}
