// The action plan as a municipality works with it: what it records for a step of the generated plan
// (owner, due date, status, note), the steps it adds itself, and the rules both obey – the same for
// typing on the results page, saved data and answer files. Every change returns a new plan; a step
// back at its defaults (open, suggested owner, no date, no note) leaves no entry behind.
import type * as v from 'valibot';
import type { Priority } from '../content/schema.ts';
import { issue, type Issue, type IssuePath } from '../issues/issues.ts';
import { isPlanDate, PLAN_LIMITS, type CustomStep, type Plan, type PlanStatus, type StepEntry } from './assessment.ts';

/** What the results page changes on a step; `undefined` clears a field. */
export interface StepChange {
  status?: PlanStatus;
  owner?: string | undefined;
  due?: string | undefined;
  note?: string | undefined;
}

/** A generated step as it reads now, kept with the entry so that it can be shown once its cause is gone. */
export interface StepSnapshot {
  text: string;
  topic: string;
  priority: Priority;
  /** The role the plan suggests; an owner equal to it is no entry of its own. */
  suggestedOwner?: string;
}

export type PlanField = 'owner' | 'due' | 'note' | 'text';
const MAX: Record<Exclude<PlanField, 'due'>, number> = { owner: PLAN_LIMITS.owner, note: PLAN_LIMITS.note, text: PLAN_LIMITS.text };

/** Why a value cannot be recorded, worded by the message table; undefined when it can. Empty means "not set". */
export function planFieldIssue(field: PlanField, value: string, path: IssuePath = []): Issue | undefined {
  if (field === 'due') return value === '' || isPlanDate(value) ? undefined : issue('plan-date-invalid', path, { value });
  if (field === 'text' && value.trim() === '') return issue('plan-text-empty', path);
  return value.length > MAX[field] ? issue('plan-text-too-long', path, { field, length: value.length, max: MAX[field] }) : undefined;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function applyChange<T extends { status: PlanStatus; owner?: string; due?: string; note?: string }>(entry: T, change: StepChange, suggestedOwner?: string): T {
  const next: T = { ...entry };
  if (change.status !== undefined) next.status = change.status;
  const set = (field: 'owner' | 'due' | 'note', value: string | undefined) => {
    if (value === undefined || (field !== 'owner' && value === '') || (field === 'owner' && value === suggestedOwner)) delete next[field];
    else next[field] = value;
  };
  if ('owner' in change) set('owner', change.owner);
  if ('due' in change) set('due', change.due);
  if ('note' in change) set('note', change.note);
  return next;
}

const isDefault = (entry: StepEntry) => entry.status === 'offen' && entry.owner === undefined && entry.due === undefined && entry.note === undefined;

function tidy(steps: Record<string, StepEntry>, custom: CustomStep[]): Plan | undefined {
  return Object.keys(steps).length === 0 && custom.length === 0 ? undefined : { steps, custom };
}

/** Records a change to a generated step under `key`, with the step's current wording. */
export function recordStep(plan: Plan | undefined, key: string, snapshot: StepSnapshot, change: StepChange): Plan | undefined {
  const steps = { ...plan?.steps };
  const before: StepEntry = steps[key] ?? { status: 'offen', text: '', topic: '', priority: snapshot.priority };
  const entry = applyChange(
    { ...before, text: cut(snapshot.text, PLAN_LIMITS.snapshot), topic: cut(snapshot.topic, PLAN_LIMITS.owner), priority: snapshot.priority },
    change,
    snapshot.suggestedOwner,
  );
  if (isDefault(entry)) delete steps[key];
  else steps[key] = entry;
  return tidy(steps, plan?.custom ?? []);
}

/** Removes what was recorded for a step whose cause is gone (the user's explicit choice). */
export function forgetStep(plan: Plan | undefined, key: string): Plan | undefined {
  const steps = { ...plan?.steps };
  delete steps[key];
  return tidy(steps, plan?.custom ?? []);
}

export function addCustomStep(plan: Plan | undefined, id: string, text: string, priority: Priority): Plan | undefined {
  return tidy({ ...plan?.steps }, [...(plan?.custom ?? []), { id, text: text.trim(), priority, status: 'offen' }]);
}

export function recordCustomStep(plan: Plan | undefined, id: string, change: StepChange & { text?: string; priority?: Priority }): Plan | undefined {
  const custom = (plan?.custom ?? []).map((step) => {
    if (step.id !== id) return step;
    const next = applyChange(step, change);
    if (change.text !== undefined) next.text = change.text;
    if (change.priority !== undefined) next.priority = change.priority;
    return next;
  });
  return tidy({ ...plan?.steps }, custom);
}

export function removeCustomStep(plan: Plan | undefined, id: string): Plan | undefined {
  return tidy({ ...plan?.steps }, (plan?.custom ?? []).filter((step) => step.id !== id));
}

const FIELD_OF_PATH: Record<string, PlanField> = { owner: 'owner', note: 'note', text: 'text' };

/**
 * A schema problem inside the plan of saved data or an answer file, worded for the plan (which
 * status, which date, which text); undefined for problems elsewhere, which keep the general wording.
 * `prefix` is where the assessment sits in the data.
 */
export function planSchemaIssue(prefix: IssuePath, found: v.BaseIssue<unknown>): Issue | undefined {
  const parts = (found.path ?? []).map((p) => p.key as string | number);
  if (parts[0] !== 'plan') return undefined;
  const path = [...prefix, ...parts];
  const last = parts[parts.length - 1];
  const value = typeof found.input === 'string' ? found.input : found.received;
  if (found.kind === 'schema' && found.received === 'undefined') return undefined;
  if (found.type === 'picklist' && last === 'status') return issue('plan-status-invalid', path, { value });
  if (found.type === 'picklist' && last === 'priority') return issue('plan-priority-invalid', path, { value });
  if (last === 'due' && (found.type === 'check' || found.type === 'string')) return issue('plan-date-invalid', path, { value });
  if (found.type === 'regex' && parts[1] === 'steps') return issue('plan-key-invalid', path, { value });
  if (found.type === 'max_length' && parts.length === 2) return issue('plan-too-many', path, { count: found.received, max: PLAN_LIMITS.custom });
  if (found.type === 'check' && parts.length === 2 && parts[1] === 'steps') return issue('plan-too-many', path, { count: Object.keys(found.input as object).length, max: PLAN_LIMITS.steps });
  if (found.type === 'check' && last === 'text') return issue('plan-text-empty', path);
  if (found.type === 'max_length' && typeof last === 'string' && FIELD_OF_PATH[last]) {
    return issue('plan-text-too-long', path, { field: FIELD_OF_PATH[last], length: (found.input as string).length, max: found.requirement as number });
  }
  return undefined;
}
