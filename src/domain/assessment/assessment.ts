// An assessment: what one municipality answered, with its setup data. This is what is saved in
// the browser and (later) exported as an answer file; the schema validates it on every load.
import * as v from 'valibot';
import { PRIORITIES } from '../content/priorities.ts';

/** Choice and scale answers: the option value; multiple choice: the values; number and text: the text entered. */
export const AnswerValueSchema = v.union([v.pipe(v.string(), v.maxLength(20_000)), v.array(v.string())]);
export type AnswerValue = v.InferOutput<typeof AnswerValueSchema>;

/** valibot's record also accepts arrays; answers, items and notes must be plain objects. */
function objectRecord<T extends v.GenericSchema>(value: T) {
  return v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'ein Objekt'),
    v.record(v.string(), value),
  );
}

const AnswerMapSchema = objectRecord(AnswerValueSchema);

/**
 * Ids of assessments and items: the app makes them with crypto.randomUUID() or from base-36 digits.
 * A safe alphabet keeps them usable in links ("?ids=a,b") and storage keys.
 */
export const ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/;
const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN));

export const RepeatItemSchema = v.strictObject({
  id: IdSchema,
  name: v.pipe(v.string(), v.maxLength(200)),
  answers: AnswerMapSchema,
});
export type RepeatItem = v.InferOutput<typeof RepeatItemSchema>;

export const ResponseSchema = v.strictObject({
  answers: AnswerMapSchema,
  /** Per repeatable section id, the items the user added. */
  items: objectRecord(v.array(RepeatItemSchema)),
  /** Discussion notes per question (key: question id, or item id + "/" + question id). */
  notes: objectRecord(v.pipe(v.string(), v.maxLength(20_000))),
});
export type Response = v.InferOutput<typeof ResponseSchema>;

export const LANDKREISE = [
  'Bautzen',
  'Erzgebirgskreis',
  'Görlitz',
  'Leipzig (Landkreis)',
  'Meißen',
  'Mittelsachsen',
  'Nordsachsen',
  'Sächsische Schweiz-Osterzgebirge',
  'Vogtlandkreis',
  'Zwickau',
] as const;
export const KREISFREIE_STAEDTE = ['Chemnitz (kreisfreie Stadt)', 'Dresden (kreisfreie Stadt)', 'Leipzig (kreisfreie Stadt)'] as const;

export const COOPERATION_TASKS = [
  'Bauhof',
  'Standesamt',
  'IT und Digitalisierung',
  'Vergabestelle',
  'Kasse und Vollstreckung',
  'Personalverwaltung',
  'Informationssicherheit',
  'Bußgeldstelle und Verkehrsüberwachung',
] as const;

const isoDate = v.pipe(v.string(), v.isoDate('ein Datum im Format JJJJ-MM-TT'));

export const MetaSchema = v.strictObject({
  municipality: v.pipe(v.string(), v.maxLength(200)),
  landkreis: v.union([v.literal(''), v.picklist([...LANDKREISE, ...KREISFREIE_STAEDTE])]),
  contactPerson: v.pipe(v.string(), v.maxLength(200)),
  date: v.union([v.literal(''), isoDate]),
  tasks: v.array(v.picklist(COOPERATION_TASKS)),
  otherTasks: v.pipe(v.string(), v.maxLength(2_000)),
  partners: v.pipe(v.string(), v.maxLength(2_000)),
});
export type AssessmentMeta = v.InferOutput<typeof MetaSchema>;

export const PLAN_STATUSES = ['offen', 'in-arbeit', 'erledigt', 'entfaellt'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Limits of the action plan, the same for typing on the results page and for imported files. */
export const PLAN_LIMITS = { owner: 200, note: 5_000, text: 1_000, snapshot: 2_000, steps: 500, custom: 100 } as const;
/** Due dates: a real calendar day in this range (a typo such as 0202 or 20266 is refused). */
export const PLAN_YEARS = { min: 2000, max: 2099 } as const;

/**
 * Keys of generated steps (src/domain/verdicts/actions.ts): the kind of cause, a colon, then slugs
 * and ids, e.g. "frage:prozesse/personalkonzept" or "schritt:grundsatzbeschluss".
 */
export const STEP_KEY_PATTERN = /^[a-z]+:[A-Za-z0-9/-]{1,300}$/;

/** "JJJJ-MM-TT", a day that exists, within PLAN_YEARS. */
export function isPlanDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= PLAN_YEARS.min && year <= PLAN_YEARS.max && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const planText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const progressFields = {
  status: v.picklist(PLAN_STATUSES),
  /** Who does it; absent: the suggested role. */
  owner: v.optional(planText(PLAN_LIMITS.owner)),
  due: v.optional(v.pipe(v.string(), v.check(isPlanDate, 'ein Datum im Format JJJJ-MM-TT'))),
  note: v.optional(planText(PLAN_LIMITS.note)),
};

/** What the municipality recorded for one generated step, with the step as it read then (shown once its cause is gone). */
export const StepEntrySchema = v.strictObject({
  ...progressFields,
  text: planText(PLAN_LIMITS.snapshot),
  topic: planText(PLAN_LIMITS.owner),
  priority: v.picklist(PRIORITIES),
});
export type StepEntry = v.InferOutput<typeof StepEntrySchema>;

/** A step the municipality added itself. */
export const CustomStepSchema = v.strictObject({
  id: IdSchema,
  text: v.pipe(v.string(), v.check((s) => s.trim() !== '', 'nicht leer'), v.maxLength(PLAN_LIMITS.text)),
  priority: v.picklist(PRIORITIES),
  ...progressFields,
});
export type CustomStep = v.InferOutput<typeof CustomStepSchema>;

export const PlanSchema = v.strictObject({
  /** Per stable step key (see STEP_KEY_PATTERN). */
  steps: v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), 'ein Objekt'),
    v.record(v.pipe(v.string(), v.regex(STEP_KEY_PATTERN)), StepEntrySchema),
    v.check((steps) => Object.keys(steps).length <= PLAN_LIMITS.steps, `höchstens ${PLAN_LIMITS.steps} Schritte`),
  ),
  custom: v.pipe(v.array(CustomStepSchema), v.maxLength(PLAN_LIMITS.custom)),
});
export type Plan = v.InferOutput<typeof PlanSchema>;

export const AssessmentSchema = v.strictObject({
  id: IdSchema,
  /** Name shown in the list of assessments, e.g. "Musterstadt – Workshop März"; empty: the municipality. */
  label: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Re-assessment: round 1 is the first assessment; later rounds are copies with a new date. */
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))),
  /** Id of the assessment this round was copied from. */
  previousRoundId: v.optional(IdSchema),
  /** Shared by the assessments of one municipality for different tasks ("Weitere Aufgabe prüfen"). */
  taskGroup: v.optional(IdSchema),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  meta: MetaSchema,
  /** Questionnaire id → version the answers were given to. */
  questionnaireVersions: objectRecord(v.pipe(v.number(), v.integer(), v.minValue(1))),
  responses: objectRecord(ResponseSchema),
  /** The action plan as the municipality works with it; absent until something is recorded. */
  plan: v.optional(PlanSchema),
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

export function emptyResponse(): Response {
  return { answers: {}, items: {}, notes: {} };
}

export function createAssessment(id: string, now: Date): Assessment {
  const timestamp = now.toISOString();
  return {
    id,
    createdAt: timestamp,
    updatedAt: timestamp,
    meta: {
      municipality: '',
      landkreis: '',
      contactPerson: '',
      date: timestamp.slice(0, 10),
      tasks: [],
      otherTasks: '',
      partners: '',
    },
    questionnaireVersions: {},
    responses: {},
  };
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return Array.isArray(value) ? value.length > 0 : value.trim() !== '';
}
