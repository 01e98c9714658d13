// The questionnaire format, defined once: the TypeScript types are inferred from these schemas,
// questionnaires/schema.json is generated from them, and the build validates every YAML file
// against them. The field-by-field documentation for editors is questionnaires/README.md.
import * as v from 'valibot';
import { PRIORITIES } from './priorities.ts';

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'nur Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben'),
);
const text = v.pipe(v.string(), v.regex(/\S/, 'darf nicht leer sein'));

export interface QuestionCondition {
  question: string;
  in?: string[];
  notIn?: string[];
  answered?: boolean;
}
/** True when the repeatable section has at least `minItems` items. */
export interface SectionCondition {
  section: string;
  minItems: number;
}
export type Condition =
  | QuestionCondition
  | SectionCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

// Structured conditions instead of a string language: every part has a path the check can name.
export const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.strictObject({
    question: slug,
    in: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
    notIn: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
    answered: v.optional(v.boolean()),
  }),
  v.strictObject({ section: slug, minItems: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ not: v.lazy(() => ConditionSchema) }),
]);

export const OptionSchema = v.strictObject({
  value: slug,
  label: text,
  /** 0 = not ready at all … 1 = fully ready. Absent only on special options and unscored questions. */
  score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** "unknown": "weiß nicht" (an open point); "notApplicable": excluded from scoring. */
  kind: v.optional(v.picklist(['unknown', 'notApplicable'])),
  /** Multiple choice: selecting it deselects all others (e.g. "keine davon"). */
  exclusive: v.optional(v.boolean()),
  hint: v.optional(text),
});

export const OWNERS = [
  'Bürgermeister',
  'Gemeinderat',
  'Hauptamt',
  'Kämmerei',
  'IT',
  'Fachamt',
  'Personalrat',
  'Datenschutzbeauftragte',
  'Informationssicherheitsbeauftragte',
  'Rechtsaufsicht',
  'Steuerberatung',
] as const;
export { PRIORITIES };

/** A concrete next step ("Was ist zu tun?") with the office that should own it. */
export const ActionSchema = v.strictObject({
  text: text,
  owner: v.picklist(OWNERS),
  /** Absent: derived from the question's weight (≥ 3 hoch, 2 mittel, else niedrig). */
  priority: v.optional(v.picklist(PRIORITIES)),
  /**
   * Actions that name the same step (e.g. "grundsatzbeschluss") become one step in the plan, even
   * when a rule and several questions word it differently.
   */
  step: v.optional(slug),
});

export const GuideSchema = v.strictObject({
  when: v.optional(ConditionSchema),
  value: v.number(),
  /** Id from questionnaires/references.yaml: the source and year of the value. */
  reference: v.optional(v.string()),
});
export type Guide = v.InferOutput<typeof GuideSchema>;

const questionBase = {
  id: slug,
  text,
  help: v.optional(text),
  /** Ids from questionnaires/references.yaml. */
  references: v.optional(v.array(v.string())),
  /** What must hold for a positive answer, so that different people answer alike. */
  criteria: v.optional(v.array(text)),
  weight: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(10))),
  required: v.optional(v.boolean()),
  showIf: v.optional(ConditionSchema),
  hint: v.optional(text),
  /**
   * The answer does not depend on the shared task (e.g. political backing, IT security, the
   * partners): "Weitere Aufgabe prüfen" copies it into the linked assessment for another task.
   */
  taskIndependent: v.optional(v.boolean()),
  /** What to do when the answer is weak (score below 0.5) or "weiß nicht". */
  action: v.optional(ActionSchema),
};

const choiceFields = {
  /** false: the question informs recommendations but does not count towards the score. */
  scored: v.optional(v.boolean()),
  options: v.pipe(v.array(OptionSchema), v.minLength(2, 'braucht mindestens zwei Antwortoptionen')),
};

export const QuestionSchema = v.variant('type', [
  v.strictObject({ ...questionBase, type: v.literal('single'), ...choiceFields }),
  v.strictObject({ ...questionBase, type: v.literal('multiple'), ...choiceFields }),
  v.strictObject({
    ...questionBase,
    type: v.literal('scale'),
    /** Adds "nicht zutreffend" to the built-in scale ja / teilweise / nein / weiß nicht. */
    notApplicable: v.optional(v.boolean()),
  }),
  v.strictObject({
    ...questionBase,
    type: v.literal('number'),
    min: v.optional(v.number()),
    max: v.optional(v.number()),
    unit: v.optional(text),
    /** Allows "weiß nicht" instead of a number. */
    unknownAllowed: v.optional(v.boolean()),
    /**
     * What a calculation assumes when the field is left empty; the first entry whose condition holds
     * counts. With a reference it is a "Richtwert" from that source, without one a plain assumption.
     */
    guide: v.optional(v.pipe(v.array(GuideSchema), v.minLength(1))),
  }),
  v.strictObject({
    ...questionBase,
    type: v.literal('text'),
    multiline: v.optional(v.boolean()),
    maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
]);

export const RepeatSchema = v.strictObject({
  /** Singular name of one item, e.g. "Leistung". */
  itemName: text,
  /** Plural, e.g. "Leistungen". */
  itemNamePlural: text,
  /** Explains what one item is, on the page where items are added. */
  hint: v.optional(text),
  /** Example name shown as placeholder. */
  example: v.optional(text),
  min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  max: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const SectionSchema = v.strictObject({
  id: slug,
  title: text,
  intro: v.optional(text),
  showIf: v.optional(ConditionSchema),
  repeat: v.optional(RepeatSchema),
  questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'braucht mindestens eine Frage')),
});

/** Placeholders a rule text may use: the dates of the VAT transition; {tage} only with timing "uebergang-endet". */
export const RULE_PLACEHOLDERS = ['stichtag', 'letzterTag', 'tage'] as const;

/** A showstopper or warning on answers of the questionnaire it is written in. */
export const RuleSchema = v.strictObject({
  id: slug,
  /** showstopper: caps the overall level; warnung: shown as a flag with its action. */
  severity: v.picklist(['showstopper', 'warnung']),
  when: ConditionSchema,
  /** Also requires at least one planned service with one of these § 2b UStG risks. */
  vatRiskIn: v.optional(v.pipe(v.array(v.picklist(['gering', 'mittel', 'hoch', 'unklar'])), v.minLength(1))),
  /**
   * Only when the end of the § 2b transition is near ("uebergang-endet": at most vat.urgentWithinDays
   * after the assessment date) or past ("uebergang-vorbei"). Texts may use {stichtag}, {letzterTag}
   * and, while the end is near, {tage}.
   */
  timing: v.optional(v.picklist(['uebergang-endet', 'uebergang-vorbei'])),
  title: text,
  explanation: text,
  references: v.optional(v.array(v.string())),
  action: ActionSchema,
});

export const QuestionnaireSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: slug,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: text,
  shortTitle: v.optional(text),
  intro: text,
  /** Minutes a typical user needs. */
  estimatedMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Order on the overview page. */
  order: v.pipe(v.number(), v.integer()),
  /**
   * "bewertung" (default): a topic of the readiness check with its score. "zahlen": figures for a
   * calculation, optional, never part of the score, the level or the completeness of the check.
   */
  kind: v.optional(v.picklist(['bewertung', 'zahlen'])),
  sections: v.pipe(v.array(SectionSchema), v.minLength(1, 'braucht mindestens einen Abschnitt')),
  rules: v.optional(v.array(RuleSchema)),
});

export const ReferenceSchema = v.strictObject({
  id: slug,
  /** As cited in the app, e.g. "§ 71 Abs. 1 SächsKomZG". */
  citation: text,
  /** Short title, e.g. "Delegierende Zweckvereinbarung". */
  title: text,
  /** Full name of the law or source. */
  source: text,
  /** Set where the wording of the source itself was not checked (known only from reports of others). */
  unverified: v.optional(v.boolean()),
  /** Optional link the user opens deliberately. */
  url: v.optional(v.pipe(v.string(), v.url())),
});
export const ReferencesFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  references: v.array(ReferenceSchema),
});

export const GlossaryEntrySchema = v.strictObject({
  term: text,
  /** Other spellings that should link to the same entry, e.g. plural forms. */
  aliases: v.optional(v.array(text)),
  definition: text,
  references: v.optional(v.array(v.string())),
});
export const GlossaryFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  glossary: v.array(GlossaryEntrySchema),
});

const isoDate = v.pipe(v.string(), v.isoDate());

export const LevelSchema = v.strictObject({
  id: slug,
  name: text,
  /** Lowest overall score (0–100) that reaches this level. */
  minScore: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  description: text,
  /** What the council is asked to decide at this level; the council version of the report leads with it. */
  councilRequest: v.optional(text),
});

/** questionnaires/settings.yaml: topic weights, readiness levels and dates that the law may move. */
export const SettingsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Questionnaire id → weight in the overall readiness index. */
  topicWeights: v.record(slug, v.pipe(v.number(), v.minValue(0))),
  /** Readiness levels, best first. */
  levels: v.pipe(v.array(LevelSchema), v.minLength(2)),
  /** The best level an assessment can reach while a showstopper is open. */
  showstopperCap: slug,
  /** The date up to which the law in the content was checked ("Rechtsstand"), shown on the start page, the results and the report. */
  legalStatus: isoDate,
  vat: v.strictObject({
    /** First day on which § 2b UStG applies without transition. */
    fullApplicationFrom: isoDate,
    /** From this many days before that date on, missing preparation counts as urgent. */
    urgentWithinDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /** Where the date comes from; the legislator has moved it three times. */
    source: text,
    references: v.array(v.string()),
  }),
});

export const FitCriterionSchema = v.strictObject({
  when: ConditionSchema,
  /** Positive: speaks for the form; negative: against it. */
  points: v.pipe(v.number(), v.minValue(-10), v.maxValue(10)),
  reason: text,
});

export const LegalFormSchema = v.strictObject({
  id: slug,
  name: text,
  summary: text,
  references: v.array(v.string()),
  /** Whether the Rechtsaufsichtsbehörde (or another authority) must approve it; otherwise the authority is named only conditionally. */
  approvalRequired: v.boolean(),
  /** Whether and by whom it must be approved. */
  approval: text,
  vat: text,
  procurement: text,
  dataProtection: text,
  fit: v.array(FitCriterionSchema),
  /** Answers under which the form cannot carry the cooperation at all. */
  excludedIf: v.optional(v.array(v.strictObject({ when: ConditionSchema, reason: text }))),
});

export const ClosedFormSchema = v.strictObject({
  id: slug,
  name: text,
  /** Answers that point to this form; then the app explains why it is closed. Absent: always listed. */
  when: v.optional(ConditionSchema),
  why: text,
  instead: text,
  references: v.array(v.string()),
});

export const AuthoritySchema = v.strictObject({
  when: v.optional(ConditionSchema),
  authority: text,
  references: v.array(v.string()),
  /** Where the law does not settle who approves: says so and whom to ask. */
  openQuestion: v.optional(text),
});

/** questionnaires/legal-forms.yaml: the forms of cooperation and how answers speak for or against them. */
export const LegalFormsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** The questionnaire whose answers the conditions below refer to. */
  questionnaire: slug,
  forms: v.pipe(v.array(LegalFormSchema), v.minLength(1)),
  closed: v.array(ClosedFormSchema),
  /** Which authority approves, first match wins; the last entry without `when` is the default. */
  approvingAuthority: v.pipe(v.array(AuthoritySchema), v.minLength(1)),
  /** Who in the municipality decides on concluding and ending the cooperation. */
  councilDecision: v.strictObject({ text, references: v.array(v.string()) }),
  disclaimer: text,
});

export const VAT_RISKS = ['gering', 'mittel', 'hoch', 'unklar'] as const;

/** A step for all partners when a compatibility check finds a conflict; here the priority is required. */
export const CompatibilityActionSchema = v.strictObject({
  text: text,
  owner: v.picklist(OWNERS),
  priority: v.picklist(PRIORITIES),
});

const compatibilityBase = {
  id: slug,
  /** The questionnaire the check belongs to; its title is the topic of the finding. */
  questionnaire: slug,
  /** Short German title of the conflict, e.g. "Verschiedene Fachverfahren". */
  title: text,
  /** Why a difference between the partners matters, in 1–3 sentences. */
  explanation: text,
  action: CompatibilityActionSchema,
  /** Ids from questionnaires/references.yaml. */
  references: v.optional(v.array(v.string())),
};
/** Answers that count as "noch nicht entschieden": like "weiß nicht", they make the check "offen". */
const openValues = v.optional(v.pipe(v.array(slug), v.minLength(1)));

/** questionnaires/compatibility.yaml: how the answers of the partners must fit together. */
export const CompatibilityCheckSchema = v.variant('kind', [
  /** All partners should give the same answer; with multiple choice, at least one option all partners chose. */
  v.strictObject({ ...compatibilityBase, kind: v.literal('gleich'), question: slug, openValues }),
  /** Conflict as soon as any partner gives one of `values`. */
  v.strictObject({
    ...compatibilityBase,
    kind: v.literal('keiner'),
    question: slug,
    values: v.pipe(v.array(slug), v.minLength(1)),
    openValues,
  }),
  /** Conflict when the partners' scores (0–1) on a scored question differ by at least `minSpread`. */
  v.strictObject({
    ...compatibilityBase,
    kind: v.literal('spanne'),
    question: slug,
    minSpread: v.pipe(v.number(), v.minValue(0.05), v.maxValue(1)),
    openValues,
  }),
  /** Conflict when the overall § 2b UStG risk of any partner is one of `risks`. */
  v.strictObject({
    ...compatibilityBase,
    kind: v.literal('umsatzsteuer'),
    risks: v.pipe(v.array(v.picklist(VAT_RISKS)), v.minLength(1)),
  }),
]);
export const CompatibilityFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  checks: v.array(CompatibilityCheckSchema),
});

/** Texts keyed by name, nested as deep as the engine that reads them declares. */
export interface TextMap {
  [key: string]: string | TextMap;
}
export const TextMapSchema: v.GenericSchema<TextMap> = v.record(slug, v.union([text, v.lazy(() => TextMapSchema)]));

/**
 * questionnaires/vat-test.yaml: what the § 2b UStG test says at each step. Which texts must exist
 * and which placeholders they may use is declared by the test (src/domain/verdicts/vatContract.ts)
 * and checked with the content.
 */
export const VatTestFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  steps: v.record(
    slug,
    v.strictObject({
      title: text,
      references: v.array(v.string()),
      say: TextMapSchema,
      because: v.optional(TextMapSchema),
      conditions: v.optional(TextMapSchema),
    }),
  ),
  clarify: TextMapSchema,
  open: TextMapSchema,
  notes: TextMapSchema,
  conclusions: TextMapSchema,
  outcomes: TextMapSchema,
  euros: TextMapSchema,
  mitigations: v.record(slug, v.objectWithRest({ references: v.array(v.string()) }, text)),
  transition: TextMapSchema,
});

const Statement = v.strictObject({ text, references: v.array(v.string()) });

/** questionnaires/task-profiles.yaml: what applies to a commonly shared task. */
export const TaskProfileSchema = v.strictObject({
  id: slug,
  /** The task as chosen in the setup, e.g. "Standesamt". */
  task: text,
  /** Options of the Rechtsform question "aufgabenfeld" that mean exactly this task. */
  fields: v.optional(v.array(slug)),
  /** The option of "aufgabenfeld" the setup's choice of this task fills in (it may be broader, e.g. "querschnitt"). */
  field: slug,
  /** Special law for the task, one statement each. */
  law: v.array(Statement),
  /** What the special law means for the choice of the legal form. */
  legalForm: Statement,
  /** What it means for § 2b UStG. */
  vat: Statement,
  /** Extra steps for the action plan. */
  steps: v.array(
    v.strictObject({
      text,
      owner: v.picklist(OWNERS),
      priority: v.picklist(PRIORITIES),
      /** The questionnaire whose topic the step belongs to in the plan. */
      questionnaire: slug,
      references: v.array(v.string()),
    }),
  ),
  /** Real Saxon cooperations a public source names; the source is a reference with its address. */
  examples: v.array(v.strictObject({ name: text, partners: text, form: text, reference: v.string() })),
});
export const TaskProfilesFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Said where no example with a source is known. */
  noExamples: text,
  profiles: v.array(TaskProfileSchema),
});

export type Questionnaire = v.InferOutput<typeof QuestionnaireSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
/** A question as the app gets it: as written in YAML, plus what the build derives from it. */
export type Question = v.InferOutput<typeof QuestionSchema> & {
  /** Set when the content is compiled, never written in YAML: see withGlossaryTerms in lookups.ts. */
  glossaryTerms?: string[];
  /** The part of glossaryTerms the question shows without opening its help (also compiled). */
  visibleGlossaryTerms?: string[];
};
export type QuestionType = Question['type'];
export type ChoiceQuestion = Extract<Question, { type: 'single' | 'multiple' }>;
export type AnswerOption = v.InferOutput<typeof OptionSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Settings = v.InferOutput<typeof SettingsFileSchema>;
export type Rule = v.InferOutput<typeof RuleSchema>;
export type Action = v.InferOutput<typeof ActionSchema>;
export type Owner = (typeof OWNERS)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Level = v.InferOutput<typeof LevelSchema>;
export type LegalFormsFile = v.InferOutput<typeof LegalFormsFileSchema>;
export type LegalForm = v.InferOutput<typeof LegalFormSchema>;
export type CompatibilityCheck = v.InferOutput<typeof CompatibilityCheckSchema>;
export type CompatibilityKind = CompatibilityCheck['kind'];
export type CompatibilityAction = v.InferOutput<typeof CompatibilityActionSchema>;
export type CompatibilityFile = v.InferOutput<typeof CompatibilityFileSchema>;
export type VatTestFile = v.InferOutput<typeof VatTestFileSchema>;
export type TaskProfile = v.InferOutput<typeof TaskProfileSchema>;
export type TaskProfilesFile = v.InferOutput<typeof TaskProfilesFileSchema>;

/** Everything the app needs from questionnaires/, compiled at build time. */
/**
 * questionnaires/costs.yaml: what the cost calculation says. Which texts must exist and which
 * placeholders they may use is declared in src/domain/verdicts/costContract.ts.
 */
export const CostsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  texts: TextMapSchema,
  notices: v.record(slug, Statement),
});
export type CostsFile = v.InferOutput<typeof CostsFileSchema>;

/** pflicht: the law requires the point; empfohlen: not required but needed in practice; optional: as needed. */
export const OUTLINE_POINT_STATUS = ['pflicht', 'empfohlen', 'optional'] as const;

/** A point of the outline of a Zweckvereinbarung or Verbandssatzung. */
export const OutlinePointSchema = v.strictObject({
  id: slug,
  title: text,
  status: v.picklist(OUTLINE_POINT_STATUS),
  /** What the agreement or statute must or should regulate here, with its legal basis. */
  regulate: Statement,
  /** Questions whose answers speak to the point; the label replaces the question's text. */
  answers: v.optional(v.array(v.strictObject({ questionnaire: slug, question: slug, label: v.optional(text) }))),
  /** What the partners still have to settle locally, usually as "[bitte ergänzen: …]". */
  open: text,
  /** A suggested wording, always shown as "Formulierungsvorschlag, nicht amtlich". */
  clause: v.optional(Statement),
  /** Sentences shown only when the task profile with this id applies. */
  tasks: v.optional(v.record(slug, Statement)),
});
export const OutlineSchema = v.strictObject({
  title: text,
  subject: text,
  intro: Statement,
  points: v.pipe(v.array(OutlinePointSchema), v.minLength(1)),
});

/**
 * questionnaires/documents.yaml: the building blocks of the Beschlussvorlage and the outlines. Which
 * texts and statements must exist is declared in src/domain/documents/documentsContract.ts.
 */
export const DocumentsFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  texts: TextMapSchema,
  statements: v.record(slug, Statement),
  /** Extra items of the proposed resolution when a task profile applies, keyed by its id. */
  proposalByTask: v.record(slug, Statement),
  outlines: v.strictObject({ zweckvereinbarung: OutlineSchema, verbandssatzung: OutlineSchema }),
});
export type DocumentsFile = v.InferOutput<typeof DocumentsFileSchema>;
export type OutlinePoint = v.InferOutput<typeof OutlinePointSchema>;
export type Outline = v.InferOutput<typeof OutlineSchema>;

export interface Content {
  questionnaires: Questionnaire[];
  references: Reference[];
  glossary: GlossaryEntry[];
  settings: Settings;
  legalForms: LegalFormsFile;
  /** Checks of how the partners' answers fit together, from questionnaires/compatibility.yaml. */
  compatibility: CompatibilityCheck[];
  /** What the § 2b UStG test says, from questionnaires/vat-test.yaml. */
  vatTest: VatTestFile;
  /** What applies to commonly shared tasks, from questionnaires/task-profiles.yaml. */
  taskProfiles: TaskProfilesFile;
  /** What the cost calculation says, from questionnaires/costs.yaml. */
  costs: CostsFile;
  /** Building blocks of the draft documents, from questionnaires/documents.yaml. */
  documents: DocumentsFile;
}
