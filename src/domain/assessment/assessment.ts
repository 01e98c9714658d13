// An assessment: what one municipality answered, with its setup data. This is what is saved in
// the browser and (later) exported as an answer file; the schema validates it on every load.
import * as v from 'valibot';

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
