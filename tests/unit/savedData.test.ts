import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../src/domain/assessment/assessment.ts';
import { parseSavedAssessment, serialiseAssessment } from '../../src/domain/assessment/savedData.ts';

const assessment = createAssessment('abc', new Date('2026-11-25T10:00:00Z'));
const saved = serialiseAssessment(assessment);

describe('parseSavedAssessment', () => {
  it('reads back what it wrote', () => {
    expect(parseSavedAssessment(saved)).toEqual({ ok: true, assessment });
  });

  it.each([
    { name: 'truncated JSON', raw: saved.slice(0, 40), path: '', message: /kein lesbares JSON/ },
    { name: 'foreign data', raw: '{"hello":"world"}', path: 'format', message: /nicht von IKZ-Check/ },
    {
      name: 'a newer format version',
      raw: saved.replace('"formatVersion":1', '"formatVersion":7'),
      path: 'formatVersion',
      message: /Formatversion 7/,
    },
    {
      name: 'a wrong value in a field',
      raw: saved.replace('"landkreis":""', '"landkreis":"Atlantis"'),
      path: 'assessment.meta.landkreis',
      message: /ungültiger Wert/,
    },
    {
      name: 'a missing field',
      raw: saved.replace('"contactPerson":"",', ''),
      path: 'assessment.meta.contactPerson',
      message: /Angabe fehlt/,
    },
  ])('explains $name in German with the place', ({ raw, path, message }) => {
    const result = parseSavedAssessment(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toMatch(message);
  });
});

it('refuses a list where answers must be an object, naming the place', () => {
  const broken = serialiseAssessment({ ...assessment, responses: { prozesse: { answers: [['ja']] as never, items: {}, notes: {} } } });
  const result = parseSavedAssessment(broken);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems[0]?.path).toBe('assessment.responses.prozesse.answers');
});
