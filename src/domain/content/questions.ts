// Facts about single questions that every layer needs: their answer options (including the
// built-in ja/teilweise/nein scale), whether they count towards the score, and how answers read.
import { remembered } from '../memo.ts';
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
const yesPartlyNoScaleWithNotApplicable = [...yesPartlyNoScale, notApplicableOption];
const unknownNumberOption: AnswerOption = { value: UNKNOWN_VALUE, label: 'Weiß nicht', kind: 'unknown' };
const numberWithUnknown = [unknownNumberOption];
const noOptions: AnswerOption[] = [];

/** The options a user chooses from; empty for free text, "weiß nicht" only for numbers that allow it. Shared lists: read, never change them. */
export function optionsOf(question: Question): AnswerOption[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options;
    case 'scale':
      return question.notApplicable ? yesPartlyNoScaleWithNotApplicable : yesPartlyNoScale;
    case 'number':
      return question.unknownAllowed ? numberWithUnknown : noOptions;
    case 'text':
      return noOptions;
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
  const number = parseNumber(value, question?.type === 'number' ? question.unit : undefined);
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

/** Why a typed amount cannot be read; each reason has its own message saying what to change. */
export type NumberProblem = 'not-a-number' | 'number-is-range' | 'number-abbreviated' | 'number-wrong-unit' | 'number-format';

export type NumberInput = { ok: true; value: number } | { ok: false; problem: NumberProblem; symbol?: string };

// The usual ways a German office writes an amount, read in this order: a leading "ca." (or
// "circa", "etwa", "rund", "ungefähr"), a currency or percent sign (or the question's own unit)
// before or after the figure, and the figure itself with dots or spaces between thousands and a
// comma before the decimals ("25.000,50", "25 000", "25.000,-"). A plain decimal point is read as
// one ("12.5") unless exactly three digits follow it ("1.234" is one thousand two hundred …).
const APPROXIMATELY = /^(?:ca\.|ungef\.|(?:ca|circa|zirka|etwa|rund|ungefähr)(?=[\s\d€.,+-]|$))\s*/iu;
const CURRENCY = /^(?:€|eur|euro)$/i;
const PERCENT = /^(?:%|prozent|v\.\s?h\.)$/i;
const SYMBOL_BEFORE = /^(€|eur\b|euro\b)\s*/i;
const SYMBOL_AFTER = /\s*(€|eur|euro|%|prozent)$/i;
const WHOLE_AMOUNT_DASH = /,\s*(?:-{1,2}|–|—)$/;
const FIGURE = [
  /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, // 25.000 · 25.000,50
  /^\d{1,3}(?: \d{3})+(?:,\d+)?$/, // 25 000 · 25 000,50
  /^\d+(?:,\d+)?$/, // 25000 · 25000,50 · 0,5
];
const DECIMAL_POINT = /^\d+\.\d+$/; // 12.5 (three digits after the point were caught as thousands above)
const ENGLISH = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 25,000.50
const RANGE = /\d\s*(?:-|–|—|bis)\s*\d/i;
const ABBREVIATED = /\d\s*(?:tsd|tausend|t€|k€?|mio|million|mrd|milliard)/i;

const acceptsCurrency = (unit: string | undefined) => /^euro\b/i.test(unit ?? '');
const acceptsPercent = (unit: string | undefined) => /^prozent\b/i.test(unit ?? '');

/**
 * Readings per unit, then per input: every report reads each amount several times (nested maps, as a
 * key string built on every call costs about as much as the lookup saves). Bounded, as inputs are typed text.
 */
const readings = new Map<string | undefined, Map<string, Readonly<NumberInput>>>();
const MAX_READINGS = 500;

/**
 * Reads an amount as a German user writes it; `unit` is the question's unit ("Euro pro Jahr",
 * "Prozent", "Fälle pro Jahr"), which decides whether "€" or "%" may stand next to the figure.
 * Everything that reads a number answer (the wizard, the verdicts, imported files) goes through here.
 */
export function readNumberInput(input: string, unit?: string): Readonly<NumberInput> {
  const ofUnit = remembered(readings, unit, () => new Map<string, Readonly<NumberInput>>(), MAX_READINGS);
  return remembered(ofUnit, input, () => Object.freeze(readAmount(input, unit)), MAX_READINGS);
}

function readAmount(input: string, unit?: string): NumberInput {
  let text = input.replace(/[\s\u00a0\u202f]+/gu, ' ').replace(/\u2212/g, '-').trim();
  let symbol: string | undefined;
  const takeSymbol = (found: string) => {
    symbol ??= found;
    return '';
  };
  for (let pass = 0; pass < 2; pass++) {
    text = text.replace(APPROXIMATELY, '');
    text = text.replace(SYMBOL_BEFORE, (_all, found: string) => takeSymbol(found)).trim();
    text = text.replace(SYMBOL_AFTER, (_all, found: string) => takeSymbol(found)).trim();
    if (unit && text.toLowerCase().endsWith(` ${unit.toLowerCase()}`)) text = text.slice(0, -unit.length).trim();
  }
  if (symbol !== undefined) {
    const allowed = (CURRENCY.test(symbol) && acceptsCurrency(unit)) || (PERCENT.test(symbol) && acceptsPercent(unit));
    if (!allowed && /\d/.test(text)) return { ok: false, problem: 'number-wrong-unit', symbol };
  }
  const negative = text.startsWith('-');
  const body = (negative ? text.slice(1) : text).trim().replace(WHOLE_AMOUNT_DASH, '');
  let normalised: string | undefined;
  if (FIGURE.some((pattern) => pattern.test(body))) normalised = body.replace(/[. ]/g, '').replace(',', '.');
  else if (DECIMAL_POINT.test(body)) normalised = body;
  if (normalised !== undefined) {
    const decimals = normalised.split('.')[1]?.length ?? 0;
    // "25,000" for an amount in euros is 25 thousand written the English way, not 25 euros.
    if (acceptsCurrency(unit) && decimals === 3 && /,/.test(body)) return { ok: false, problem: 'number-format' };
    const value = Number(negative ? `-${normalised}` : normalised);
    if (Number.isFinite(value)) return { ok: true, value: Object.is(value, -0) ? 0 : value };
    return { ok: false, problem: 'not-a-number' };
  }
  if (RANGE.test(text)) return { ok: false, problem: 'number-is-range' };
  if (ABBREVIATED.test(text)) return { ok: false, problem: 'number-abbreviated' };
  if (ENGLISH.test(body)) return { ok: false, problem: 'number-format' };
  return { ok: false, problem: 'not-a-number' };
}

/** The number in an answer, or undefined when it cannot be read (see readNumberInput for why). */
export function parseNumber(input: string, unit?: string): number | undefined {
  const read = readNumberInput(input, unit);
  return read.ok ? read.value : undefined;
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
