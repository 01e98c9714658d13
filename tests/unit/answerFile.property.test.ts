// Property-based tests of parseAnswerFile (src/domain/exchange/answerFile.ts): whatever arrives as an answer
// file – random bytes, random text, random JSON, valid files broken in random ways – the import never
// throws, either yields assessments that pass the schema and the wizard's rules or names at least one
// problem in German, and never touches Object.prototype.
import { resolve } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import {
  MAX_ANSWER_FILE_BYTES,
  MAX_LISTED_PROBLEMS,
  exportAnswerFile,
  migrateAssessment,
  parseAnswerFile,
  type ImportResult,
} from '../../src/domain/exchange/answerFile.ts';
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment.ts';
import { assessmentIssues } from '../../src/domain/assessment/check.ts';
import { describeIssue, messageOf } from '../../src/domain/issues/messages.ts';
import type { Questionnaire } from '../../src/domain/content/schema.ts';
import { SCENARIOS, scenario } from '../fixtures/scenarios.ts';

const root = resolve(__dirname, '../..');
const loaded = loadContent(resolve(root, 'questionnaires'), root);
if (!loaded.content) throw new Error(`Fragebögen ungültig:\n${loaded.issues.map(describeIssue).join('\n')}`);
const questionnaires: Questionnaire[] = loaded.content.questionnaires;
const questionIds = new Set(questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.map((x) => x.id))));
const questionnaireIds = new Set(questionnaires.map((q) => q.id));

/** A few seconds in `npm test`; FUZZ_RUNS=10000 for a bigger run. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };
/** Generous: CI machines may be busy, and FUZZ_RUNS may be large. */
const PROPERTY_TIMEOUT = 600_000;
const EXPORTED_AT = new Date('2026-11-26T08:30:00Z');
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const encoder = new TextEncoder();

/** Valid files to start from: each scenario alone, and all three together. */
const baseFiles = [
  ...SCENARIOS.map((s) => exportAnswerFile([scenario(s.id)], questionnaires, EXPORTED_AT)),
  exportAnswerFile(SCENARIOS.map((s) => scenario(s.id)), questionnaires, EXPORTED_AT),
];
const baseFile = fc.constantFrom(...baseFiles);

function parse(text: string): ImportResult {
  return parseAnswerFile(encoder.encode(text), questionnaires);
}

/** The promises every import keeps, whatever the input. */
function expectWellFormed(result: ImportResult): void {
  if (result.ok) {
    expect(result.value.assessments.length).toBeGreaterThan(0);
    for (const { assessment, summaries } of result.value.assessments) {
      const check = v.safeParse(AssessmentSchema, assessment);
      expect(check.success, JSON.stringify(check.issues)).toBe(true);
      expect(assessmentIssues(assessment, questionnaires).map(describeIssue)).toEqual([]);
      for (const note of summaries.flatMap((s) => s.notes)) expect(messageOf(note)).toMatch(/\S/);
    }
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    expect(result.issues.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
    for (const found of result.issues) {
      const message = messageOf(found);
      expect(message).toMatch(/\S/);
      // German, from our own wording: no valibot or JSON.parse English, no leaked internals or garbage.
      expect(message).not.toMatch(/\b(Invalid|Expected|Received|Unexpected|undefined|NaN)\b|\[object /);
      expect(message).not.toMatch(/\p{Cc}/u);
      // The safety net in parseAnswerFile must never be what answers.
      expect(found.code).not.toBe('file-unreadable');
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
}

// ------------------------------------------------------------------------------------------------
// Mutations of a parsed file, addressed by seeds so that fast-check can replay and shrink them.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every place in the tree that holds a value (iterative: inputs may be deep). */
function slots(tree: Json): Slot[] {
  const out: Slot[] = [];
  const stack: Json[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const entries: [string | number, Json][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : node && typeof node === 'object'
        ? Object.entries(node)
        : [];
    for (const [key, child] of entries) {
      out.push({ parent: node as Slot['parent'], key });
      stack.push(child);
    }
  }
  return out;
}
function objects(tree: Json): { [key: string]: Json }[] {
  const found = slots(tree)
    .map((s) => (s.parent as Record<string | number, Json>)[s.key])
    .filter((x): x is { [key: string]: Json } => !!x && typeof x === 'object' && !Array.isArray(x));
  return [tree as { [key: string]: Json }, ...found];
}
function setSlot(slot: Slot, value: Json): void {
  // defineProperty: also for a key "__proto__", an own property instead of a prototype change.
  // A copy: constants of the generators must not be changed by later mutations (nor become cycles).
  Object.defineProperty(slot.parent, slot.key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}
const pick = <T>(list: T[], seed: number): T => list[seed % list.length]!;

const hugeString = fc.constantFrom(201, 2_001, 20_001, 100_000).map((n) => 'ü'.repeat(n));
const wrongType = fc.constantFrom<Json>(null, 0, -1, 1.5, 1e308, true, false, [], {}, '', 'x', [null], { a: 1 }, ['ja', 7]);
const replacement: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: wrongType },
);
const randomKey = fc.oneof(fc.string(), fc.constantFrom('id', 'answers', 'items', 'notes', 'meta', 'x', ''));
const notForbidden = (key: string) => !FORBIDDEN.includes(key);

const NEST = '"§§nest§§"';
type Mutation = (tree: Json) => string | undefined;

/** Replaces a random value by arrays or objects nested `depth` levels deep; returns the file text. */
function nestAt(seed: number, depth: number, asObjects: boolean): Mutation {
  return (tree) => {
    setSlot(pick(slots(tree), seed), NEST.slice(1, -1));
    const nest = asObjects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return JSON.stringify(tree, null, 2).replace(NEST, nest);
  };
}

const mutations: Record<string, fc.Arbitrary<Mutation>> = {
  replace: fc.tuple(fc.nat(), replacement).map(([seed, value]) => (tree) => (setSlot(pick(slots(tree), seed), value), undefined)),
  remove: fc.nat().map((seed) => (tree) => {
    const slot = pick(slots(tree), seed);
    if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
    else delete slot.parent[slot.key as string];
    return undefined;
  }),
  addField: fc.tuple(fc.nat(), randomKey.filter(notForbidden), replacement).map(([seed, key, value]) => (tree) => {
    setSlot({ parent: pick(objects(tree), seed), key }, value);
    return undefined;
  }),
  forbiddenKey: fc.tuple(fc.nat(), fc.constantFrom(...FORBIDDEN), fc.constantFrom<Json>({ polluted: 'ja' }, 'ja', [1], { prototype: { polluted: 1 } }))
    .map(([seed, key, value]) => (tree) => (setSlot({ parent: pick(objects(tree), seed), key }, value), undefined)),
  nested: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 50_000 }), fc.boolean()).map(([seed, depth, asObjects]) => nestAt(seed, depth, asObjects)),
  duplicate: fc.nat().map((seed) => (tree) => {
    const list = (tree as { assessments?: Json }).assessments;
    if (Array.isArray(list) && list.length) list.push(structuredClone(pick(list, seed)));
    return undefined;
  }),
};
const mutation = fc.oneof(...Object.values(mutations));

// ------------------------------------------------------------------------------------------------

describe('parseAnswerFile on arbitrary input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'{}[]":,0 e-\\') })), (text) => {
        expectWellFormed(parse(text));
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary bytes, and names line and column of bytes that are not UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = parseAnswerFile(bytes, questionnaires);
        expectWellFormed(result);
        if (!result.ok && result.issues[0].code === 'file-not-utf8') expect(result.issues[0].line).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('names line and column for every JSON syntax error', () => {
    fc.assert(
      fc.property(baseFile, fc.nat(), fc.constantFrom(...'{}[]":,;\'x\\\n0-.eE'), (text, seed, char) => {
        const at = seed % text.length;
        const broken = text.slice(0, at) + char + text.slice(at + 1);
        const result = parse(broken);
        expectWellFormed(result);
        if (!result.ok && result.issues[0].code.startsWith('json-')) {
          expect(result.issues[0].line).toBeGreaterThanOrEqual(1);
          expect(result.issues[0].column).toBeGreaterThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('rejects arbitrary JSON values that are no answer file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parse(JSON.stringify(value));
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('rejects arbitrary JSON in the place of an assessment', () => {
    fc.assert(
      fc.property(baseFile, fc.array(fc.jsonValue(), { minLength: 1, maxLength: 3 }), (text, values) => {
        const file = JSON.parse(text);
        file.assessments = values;
        const result = parse(JSON.stringify(file));
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('rejects a byte length over the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(baseFile, fc.string()), fc.integer({ min: MAX_ANSWER_FILE_BYTES + 1, max: 2 ** 40 }), (text, size) => {
        const result = parseAnswerFile(encoder.encode(text), questionnaires, size);
        expectWellFormed(result);
        expect(!result.ok && messageOf(result.issues[0])).toMatch(/^Die Datei ist zu groß \(\d{1,3}(\.\d{3})*,\d MB\)/);
      }),
      RUNS,
    );
  });
});

describe('parseAnswerFile on valid files broken at random', { timeout: PROPERTY_TIMEOUT }, () => {
  it('rejects every truncated file', () => {
    fc.assert(
      fc.property(baseFile, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (text, at) => {
        const result = parse(text.slice(0, Math.floor(at * text.trimEnd().length)));
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('keeps its promises under one to five random mutations', () => {
    fc.assert(
      fc.property(baseFile, fc.array(mutation, { minLength: 1, maxLength: 5 }), (text, steps) => {
        const tree = JSON.parse(text) as Json;
        let out: string | undefined;
        for (const step of steps) {
          if (out !== undefined) break; // a textual mutation ends the chain
          out = step(tree);
        }
        expectWellFormed(parse(out ?? JSON.stringify(tree, null, 2)));
      }),
      RUNS,
    );
  });

  it('rejects any "__proto__", "constructor" or "prototype" key, wherever it is', () => {
    fc.assert(
      fc.property(baseFile, mutations.forbiddenKey!, (text, insert) => {
        const tree = JSON.parse(text) as Json;
        insert(tree);
        const serialised = JSON.stringify(tree);
        const result = parse(serialised);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.some((i) => i.code === 'forbidden-key')).toBe(true);
      }),
      RUNS,
    );
  });

  it('rejects values nested two levels or more (none fits the schema), also very deep ones', () => {
    const deepNest = fc.tuple(fc.nat(), fc.integer({ min: 2, max: 50_000 }), fc.boolean()).map(([seed, depth, asObjects]) => nestAt(seed, depth, asObjects));
    fc.assert(
      fc.property(baseFile, deepNest, (text, nest) => {
        const result = parse(nest(JSON.parse(text) as Json)!);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('takes over files with unknown questionnaires and questions, with a note for each', () => {
    const unknownId = fc.string({ minLength: 1, maxLength: 30 }).filter((id) => notForbidden(id) && !questionIds.has(id) && !questionnaireIds.has(id));
    const answer = fc.oneof(fc.string({ maxLength: 50 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }));
    fc.assert(
      fc.property(
        baseFile,
        fc.nat(),
        fc.constantFrom('questionnaire', 'answer', 'item answer'),
        unknownId,
        answer,
        (text, seed, where, id, value) => {
          const file = JSON.parse(text) as { assessments: Assessment[] };
          const target = pick(file.assessments, seed);
          if (where === 'questionnaire') target.responses[id] = { answers: { frage: value }, items: {}, notes: {} };
          else if (where === 'answer') pick(Object.values(target.responses), seed).answers[id] = value;
          else target.responses.umsatzsteuer!.items.leistungen![0]!.answers[id] = value;
          const result = parse(JSON.stringify(file));
          expectWellFormed(result);
          if (!result.ok) throw new Error(result.issues.map(describeIssue).join('\n'));
          const notes = result.value.assessments.flatMap((i) => i.summaries.flatMap((s) => s.notes));
          const code = where === 'questionnaire' ? 'migration-questionnaire-unknown' : 'migration-question-removed';
          expect(notes.map((n) => [n.code, n.path[n.path.length - 1]])).toEqual([[code, id]]);
          // Everything else arrives unchanged.
          const expected = JSON.parse(text) as { assessments: Assessment[] };
          expect(result.value.assessments.map((i) => i.assessment)).toEqual(expected.assessments);
        },
      ),
      RUNS,
    );
  });
});

describe('migrateAssessment on random answers', { timeout: PROPERTY_TIMEOUT }, () => {
  it('yields valid assessments, keeps only fitting answers and is idempotent', () => {
    const optionValues = [...new Set(questionnaires.flatMap((q) => q.sections.flatMap((s) => s.questions.flatMap((x) => ('options' in x ? x.options.map((o) => o.value) : [])))))];
    const key = fc.oneof(fc.constantFrom(...questionIds, 'constructor', 'prototype', 'toString', 'hasOwnProperty'), fc.string({ maxLength: 10 }));
    const value = fc.oneof(
      fc.constantFrom(...optionValues, 'ja', 'nein', 'weiss-nicht', 'nicht-zutreffend'),
      fc.array(fc.constantFrom(...optionValues, 'unbekannt'), { maxLength: 4 }),
      fc.string({ maxLength: 20 }),
    );
    const answers = fc.array(fc.tuple(key, value), { maxLength: 12 });
    const current = fc.subarray(questionnaires);
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS.map((s) => s.id)), answers, answers, current, (id, top, inItem, known) => {
        const a = scenario(id);
        // JSON.parse creates own properties, also for "__proto__"-like keys, as a file would.
        const add = (target: Record<string, unknown>, entries: [string, unknown][]) =>
          entries.forEach(([k, x]) => Object.defineProperty(target, k, { value: x, enumerable: true, writable: true, configurable: true }));
        add(a.responses.prozesse!.answers, top);
        add(a.responses.umsatzsteuer!.items.leistungen![0]!.answers, inItem);
        const before = structuredClone(a);
        const migrated = migrateAssessment(a, known);
        expect(a).toEqual(before);
        expect(v.safeParse(AssessmentSchema, migrated.assessment).success).toBe(true);
        expect(Object.keys(migrated.assessment.responses).every((q) => known.some((k) => k.id === q))).toBe(true);
        expect(migrateAssessment(migrated.assessment, known)).toEqual({ assessment: migrated.assessment, summaries: [] });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      }),
      RUNS,
    );
  });
});
