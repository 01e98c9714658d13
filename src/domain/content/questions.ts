// Facts about single questions that every layer needs: their answer options (including the
// built-in ja/teilweise/nein scale), whether they count towards the score, and how answers read.
import type { AnswerOption, Question } from './schema.ts';

export const UNKNOWN_VALUE = 'weiss-nicht';
export const NOT_APPLICABLE_VALUE = 'nicht-zutreffend';

const yesPartlyNoScale: AnswerOption[] = [
  { value: 'ja', label: 'Ja', score: 1 },
  { value: 'teilweise', label: 'Teilweise', score: 0.5 },
  { value: 'nein', label: 'Nein', score: 0 },
  { value: UNKNOWN_VALUE, label: 'Weiß nicht', kind: 'unknown' },
];
const notApplicableOption: AnswerOption = {
  value: NOT_APPLICABLE_VALUE,
  label: 'Nicht zutreffend',
  kind: 'notApplicable',
};
const unknownNumberOption: AnswerOption = { value: UNKNOWN_VALUE, label: 'Weiß nicht', kind: 'unknown' };

/** The options a user chooses from; empty for free text, "weiß nicht" only for numbers that allow it. */
export function optionsOf(question: Question): AnswerOption[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options;
    case 'scale':
      return question.notApplicable ? [...yesPartlyNoScale, notApplicableOption] : yesPartlyNoScale;
    case 'number':
      return question.unknownAllowed ? [unknownNumberOption] : [];
    case 'text':
      return [];
  }
}

/** Whether an answer says something: given, not empty and not "weiß nicht" (an option of kind unknown). */
export function isInformative(question: Question, value: string | string[] | undefined): boolean {
  const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
  if (!chosen.some((v) => v.trim() !== '')) return false;
  return !optionsOf(question).some((o) => o.kind === 'unknown' && chosen.includes(o.value));
}

export type NumberReading =
  | { state: 'missing' }
  | { state: 'unknown' }
  | { state: 'invalid'; input: string }
  | { state: 'number'; value: number };

/** An answer to a number question as the calculations read it: a number within the question's range, or why not. */
export function readNumber(question: Question | undefined, value: string | string[] | undefined): NumberReading {
  if (typeof value !== 'string' || value.trim() === '') return { state: 'missing' };
  if (question && optionsOf(question).some((o) => o.value === value && o.kind === 'unknown')) return { state: 'unknown' };
  const number = parseNumber(value);
  const min = question?.type === 'number' ? question.min : undefined;
  const max = question?.type === 'number' ? question.max : undefined;
  if (number === undefined || (min !== undefined && number < min) || (max !== undefined && number > max)) return { state: 'invalid', input: value };
  return { state: 'number', value: number };
}

export function isScored(question: Question): boolean {
  if (question.type === 'scale') return true;
  if (question.type === 'single' || question.type === 'multiple') return question.scored !== false;
  return false;
}

export function isRequired(question: Question): boolean {
  if (question.required !== undefined) return question.required;
  return question.type !== 'text';
}

export function weightOf(question: Question): number {
  return question.weight ?? 1;
}

/** Accepts German and plain notation: "17.500", "17500", "1.234,5", "0,5". */
export function parseNumber(input: string): number | undefined {
  const trimmed = input.trim().replace(/\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(trimmed) && !/^-?\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const normalised = /,/.test(trimmed) || /^-?\d{1,3}(\.\d{3})+$/.test(trimmed)
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** Multiple choice: an exclusive option (e.g. "keine davon") or "weiß nicht" stands alone. */
export function isExclusive(option: AnswerOption | undefined): boolean {
  return Boolean(option?.exclusive || option?.kind);
}

/** Multiple choice: ticking an exclusive option (or "weiß nicht") clears the others, and vice versa. */
export function toggleOption(question: Question, current: string[], value: string, checked: boolean): string[] {
  if (!checked) return current.filter((v) => v !== value);
  const options = optionsOf(question);
  const exclusive = (v: string) => isExclusive(options.find((o) => o.value === v));
  if (exclusive(value)) return [value];
  return [...current.filter((v) => !exclusive(v)), value];
}
