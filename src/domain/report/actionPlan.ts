// The action plan of the report: the generated steps with what the municipality recorded for them
// (owner, due date, status, note), its own steps, and the steps whose cause is gone but whose
// entries remain – shown as resolved, never dropped with their notes. The results page, the PDFs,
// the CSV export and the round comparison all read these rows.
import type { Plan, PlanStatus, StepEntry } from '../assessment/assessment.ts';
import type { Owner, Priority } from '../content/schema.ts';
import { shortGermanDate } from '../dates.ts';
import type { ActionItem, ActionSource } from '../verdicts/actions.ts';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { offen: 'offen', 'in-arbeit': 'in Arbeit', erledigt: 'erledigt', entfaellt: 'entfällt' };
export const RESOLVED_LABEL = 'erledigt – Ursache behoben';
export const RESOLVED_BECAUSE = 'Die Antworten verlangen diesen Schritt nicht mehr.';
export const CUSTOM_TOPIC = 'Eigener Schritt';
const CUSTOM_PREFIX = 'eigen:';

export interface StepProgress {
  status: PlanStatus;
  /** "offen", "in Arbeit", "erledigt", "entfällt" – or RESOLVED_LABEL when the cause is gone. */
  statusText: string;
  /** True while nobody was entered and `owner` of the step is the suggested role. */
  ownerSuggested: boolean;
  /** ISO date and as text, e.g. "31.03.2027". */
  due?: string;
  dueText?: string;
  note?: string;
  /** The cause of the step is gone (an answer improved); it stays because something was recorded for it. */
  resolved: boolean;
  /** True once something was recorded for the step. */
  recorded: boolean;
}

/** A row of the plan. `owner` is who is responsible: what was entered, else the suggested role. */
export interface PlanStep extends Omit<ActionItem, 'owner' | 'source'> {
  owner: string;
  /** The role the plan suggests; absent for the municipality's own steps. */
  suggestedOwner?: Owner;
  source: ActionSource | 'eigener-schritt' | 'behoben';
  /** Where a change to this row is recorded (see recordStep / recordCustomStep). */
  stepKey: string;
  progress: StepProgress;
}

export const customStepKey = (id: string) => `${CUSTOM_PREFIX}${id}`;
/** The id of an own step from its key, or undefined for a generated one. */
export const customIdOf = (stepKey: string) => (stepKey.startsWith(CUSTOM_PREFIX) ? stepKey.slice(CUSTOM_PREFIX.length) : undefined);

const PRIORITY_ORDER: Record<Priority, number> = { hoch: 0, mittel: 1, niedrig: 2 };

function progressOf(entry: Pick<StepEntry, 'status' | 'owner' | 'due' | 'note'> | undefined, resolved = false): StepProgress {
  const status = entry?.status ?? 'offen';
  return {
    status,
    statusText: resolved ? RESOLVED_LABEL : PLAN_STATUS_LABELS[status],
    ownerSuggested: entry?.owner === undefined,
    ...(entry?.due !== undefined && { due: entry.due, dueText: shortGermanDate(entry.due) }),
    ...(entry?.note !== undefined && { note: entry.note }),
    resolved,
    recorded: entry !== undefined,
  };
}

/**
 * The plan's rows: each generated step with its entry (found under any of its keys, or – when its
 * causes changed – an entry left over with the same wording), the own steps in their priority, and
 * entries without a step at the end as resolved.
 */
export function planSteps(actions: ActionItem[], plan: Plan | undefined): PlanStep[] {
  const entries = plan?.steps ?? {};
  const keys = Object.keys(entries);
  // Most reports have nothing recorded yet: no set of the step keys for them.
  const current = keys.length ? new Set(actions.flatMap((a) => a.stepKeys)) : undefined;
  const used = new Set<string>();
  const leftOver = current ? keys.filter((key) => !current.has(key)) : [];
  const generated = actions.map((action): PlanStep => {
    const key = action.stepKeys.find((k) => Object.hasOwn(entries, k)) ?? leftOver.find((k) => !used.has(k) && entries[k]!.text === action.text);
    if (key) used.add(key);
    const entry = key ? entries[key] : undefined;
    const { id, text, priority, topic, questionnaireId, source, because, stepKeys, owner } = action;
    return { id, text, priority, topic, questionnaireId, source, because, stepKeys, owner: entry?.owner ?? owner, suggestedOwner: owner, stepKey: key ?? stepKeys[0], progress: progressOf(entry) };
  });
  const custom = (plan?.custom ?? []).map(
    (step): PlanStep => ({
      id: customStepKey(step.id),
      text: step.text,
      priority: step.priority,
      owner: step.owner ?? '',
      topic: CUSTOM_TOPIC,
      questionnaireId: '',
      source: 'eigener-schritt',
      because: CUSTOM_TOPIC,
      stepKeys: [customStepKey(step.id)],
      stepKey: customStepKey(step.id),
      progress: progressOf(step),
    }),
  );
  const resolved = leftOver
    .filter((key) => !used.has(key))
    .map((key): PlanStep => {
      const entry = entries[key]!;
      return {
        id: `behoben/${key}`,
        text: entry.text,
        priority: entry.priority,
        owner: entry.owner ?? '',
        topic: entry.topic,
        questionnaireId: '',
        source: 'behoben',
        because: RESOLVED_BECAUSE,
        stepKeys: [key],
        stepKey: key,
        progress: progressOf(entry, true),
      };
    });
  // Array.prototype.sort is stable: within a priority the generated steps keep their order, own steps follow.
  const open = [...generated, ...custom].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  return [...open, ...resolved.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority])];
}
