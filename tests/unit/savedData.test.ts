import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/domain/assessment/assessment.ts';
import { parseSavedAssessment, savedRevision, serialiseAssessment } from '../../src/domain/assessment/savedData.ts';
import { formatPath, type IssueCode } from '../../src/domain/issues/issues.ts';
import { messageOf } from '../../src/domain/issues/messages.ts';

const assessment = createAssessment('abc', new Date('2026-11-25T10:00:00Z'));
const saved = serialiseAssessment(assessment, 7);

describe('parseSavedAssessment', () => {
  it('reads back what it wrote, with its revision', () => {
    expect(parseSavedAssessment(saved)).toEqual({ ok: true, value: { assessment, revision: 7 } });
    expect(savedRevision(saved)).toBe(7);
  });

  it('reads entries written before revisions were counted as revision 0', () => {
    const old = JSON.stringify({ format: 'ikz-check/gespeicherte-bewertung', formatVersion: 1, assessment });
    expect(parseSavedAssessment(old)).toEqual({ ok: true, value: { assessment, revision: 0 } });
    expect(savedRevision(old)).toBeUndefined();
  });

  it('reads an entry of format version 1 (before the action plan) with its revision, and writes version 2', () => {
    const old = JSON.stringify({ format: 'ikz-check/gespeicherte-bewertung', formatVersion: 1, revision: 3, assessment });
    expect(parseSavedAssessment(old)).toEqual({ ok: true, value: { assessment, revision: 3 } });
    expect(savedRevision(old)).toBe(3);
    expect(saved.startsWith('{"format":"ikz-check/gespeicherte-bewertung","formatVersion":2,"revision":7,')).toBe(true);
  });

  it('keeps the action plan', () => {
    const planned = { ...assessment, plan: { steps: { 'frage:it/e-akte': { status: 'erledigt' as const, note: 'seit März', text: 'E-Akte einführen', topic: 'IT', priority: 'niedrig' as const } }, custom: [] } };
    expect(parseSavedAssessment(serialiseAssessment(planned, 1))).toEqual({ ok: true, value: { assessment: planned, revision: 1 } });
  });

  it.each<{ name: string; raw: string; code: IssueCode; path: string; at?: [number, number] }>([
    { name: 'truncated JSON', raw: saved.slice(0, 40), code: 'json-truncated', path: '', at: [1, 41] },
    { name: 'binary garbage', raw: '\u0000\u0001\uFFFD\uD800x', code: 'json-unexpected-character', path: '', at: [1, 1] },
    { name: 'foreign data', raw: '{"hello":"world"}', code: 'saved-foreign', path: 'format' },
    { name: 'a newer format version', raw: saved.replace('"formatVersion":2', '"formatVersion":7'), code: 'saved-format-newer', path: 'formatVersion' },
    { name: 'a broken revision', raw: saved.replace('"revision":7', '"revision":-1'), code: 'invalid-value', path: 'revision' },
    { name: 'a wrong value in a field', raw: saved.replace('"landkreis":""', '"landkreis":"Atlantis"'), code: 'invalid-value', path: 'assessment.meta.landkreis' },
    { name: 'a missing field', raw: saved.replace('"contactPerson":"",', ''), code: 'missing-value', path: 'assessment.meta.contactPerson' },
    { name: 'an id outside the safe alphabet', raw: saved.replace('"id":"abc"', '"id":"a,b"'), code: 'invalid-id', path: 'assessment.id' },
    {
      name: 'a status of the plan that does not exist',
      raw: saved.replace('"responses":{}', '"responses":{},"plan":{"steps":{},"custom":[{"id":"x1","text":"Termin","priority":"hoch","status":"fertig"}]}'),
      code: 'plan-status-invalid',
      path: 'assessment.plan.custom[0].status',
    },
  ])('explains $name with a code and the place', ({ raw, code, path, at }) => {
    const result = parseSavedAssessment(raw);
    if (result.ok) throw new Error('erwartet: nicht lesbar');
    const [first] = result.issues;
    expect({ code: first.code, path: formatPath(first.path) }).toEqual({ code, path });
    if (at) expect([first.line, first.column]).toEqual(at);
  });

  it('words every problem in German, without parser English or binary garbage', () => {
    for (const raw of [saved.slice(0, 40), '\u0000\u0001garbage', '{"format":"ikz-check/gespeicherte-bewertung","formatVersion":1,"assessment":{"id":"\u0007"}}']) {
      const result = parseSavedAssessment(raw);
      if (result.ok) throw new Error('erwartet: nicht lesbar');
      for (const found of result.issues) {
        const text = messageOf(found);
        expect(text).not.toMatch(/Unexpected|JSON\.parse|position|Invalid|Expected|Received/);
        expect(text).not.toMatch(/\p{Cc}/u);
      }
    }
  });
});

it('refuses a list where answers must be an object, naming the place', () => {
  const broken = serialiseAssessment({ ...assessment, responses: { prozesse: { answers: [['ja']] as never, items: {}, notes: {} } } });
  const result = parseSavedAssessment(broken);
  if (result.ok) throw new Error('erwartet: nicht lesbar');
  expect(formatPath(result.issues[0].path)).toBe('assessment.responses.prozesse.answers');
});
