// The action plan builder (src/domain/verdicts/actions.ts) on small hand-made inputs: the exact
// text, keys, owner, priority, topic and reasons of each step, so that every line of the builder is
// pinned down independently of the wording in questionnaires/.
import { describe, expect, it } from 'vitest';
import type { Action, Owner, Priority, Question, Questionnaire, TaskProfile } from '../../src/domain/content/schema.ts';
import { buildActionPlan, openPointsOf, priorityOfWeight } from '../../src/domain/verdicts/actions.ts';
import type { Flag } from '../../src/domain/verdicts/rules.ts';
import type { QuestionResult, TopicResult } from '../../src/domain/verdicts/scoring.ts';
import type { VatAssessment, VatRisk, VatServiceVerdict } from '../../src/domain/verdicts/vat.ts';

function question(id: string, action?: Action): Question {
  return { id, type: 'single', text: `Frage ${id}?`, ...(action && { action }) } as unknown as Question;
}

function questionnaire(id: string, questions: Question[] = []): Questionnaire {
  return { id, sections: [{ id: 'abschnitt', questions }] } as unknown as Questionnaire;
}

function result(questionId: string, fields: Partial<QuestionResult>): QuestionResult {
  return { questionId, text: `Frage ${questionId}?`, answer: 'Nein', state: 'scored', score: 0, weight: 3, required: false, ...fields };
}

function topic(questionnaireId: string, questions: QuestionResult[] = []): TopicResult {
  return {
    questionnaireId,
    title: `Thema ${questionnaireId}`,
    shortTitle: questionnaireId,
    version: 1,
    completeness: 100,
    sections: [{ sectionId: 'abschnitt', title: 'Abschnitt', completeness: 100, questions }],
  };
}

function flag(ruleId: string, fields: Partial<Flag> & { action: Action }): Flag {
  return { ruleId, questionnaireId: 'prozesse', topic: 'Thema prozesse', severity: 'warnung', title: `Regel ${ruleId}`, explanation: '', references: [], ...fields };
}

function service(itemId: string, risk: VatRisk, fields: Partial<VatServiceVerdict> = {}): VatServiceVerdict {
  return { itemId, serviceName: `Leistung ${itemId}`, risk, conclusion: `Ergebnis ${itemId}.`, steps: [], euCaveat: false, toClarify: [], mitigations: [], ...fields };
}

function vat(services: VatServiceVerdict[] = []): VatAssessment {
  return { services, overall: 'unklar', transition: {} } as unknown as VatAssessment;
}

const act = (text: string, owner: Owner = 'Hauptamt', priority?: Priority, step?: string): Action =>
  ({ text, owner, ...(priority && { priority }), ...(step && { step }) }) as Action;

/** The plan for one question of "prozesse" with the given result. */
function planForAnswer(action: Action | undefined, fields: Partial<QuestionResult>) {
  return buildActionPlan([questionnaire('prozesse', [question('f', action)])], [topic('prozesse', [result('f', fields)])], [], vat());
}

describe('priority of a question by its weight', () => {
  it.each([
    [0, 'niedrig'],
    [1, 'niedrig'],
    [1.9, 'niedrig'],
    [2, 'mittel'],
    [2.9, 'mittel'],
    [3, 'hoch'],
    [5, 'hoch'],
  ] as const)('weight %s → %s', (weight, priority) => {
    expect(priorityOfWeight(weight)).toBe(priority);
  });
});

describe('open points', () => {
  it.each([
    // [state, required, item, expected reason or undefined for no open point]
    ['unknown', false, undefined, 'weiß nicht'],
    ['unknown', true, undefined, 'weiß nicht'],
    ['unanswered', true, undefined, 'nicht beantwortet'],
    ['unanswered', false, undefined, undefined],
    ['scored', true, undefined, undefined],
    ['notApplicable', true, undefined, undefined],
    ['unscored', true, undefined, undefined],
    ['unknown', false, { id: 'l1', name: 'Bauhof' }, 'weiß nicht'],
    ['unanswered', true, { id: 'l1', name: 'Bauhof' }, 'nicht beantwortet'],
  ] as const)('%s, required %s, item %o → %s', (state, required, item, reason) => {
    const points = openPointsOf([topic('it'), topic('prozesse', [result('f', { state, required, ...(item && { item }) })])]);
    if (reason === undefined) expect(points).toEqual([]);
    else {
      expect(points).toHaveLength(1);
      const expected = { questionnaireId: 'prozesse', topic: 'Thema prozesse', questionId: 'f', question: 'Frage f?', reason, ...(item && { item: item.name }) };
      expect(points[0]).toStrictEqual(expected);
    }
  });
});

describe('one answer, one step', () => {
  it.each([
    // [action priority, weight, state, score, expected priority or undefined for no step, source]
    [undefined, 3, 'scored', 0, 'hoch', 'antwort'],
    [undefined, 3, 'scored', 0.49, 'hoch', 'antwort'],
    [undefined, 3, 'scored', 0.5, 'mittel', 'antwort'], // "teilweise": one lower
    [undefined, 3, 'scored', 0.99, 'mittel', 'antwort'],
    [undefined, 3, 'scored', 1, undefined, undefined],
    [undefined, 2, 'scored', 0, 'mittel', 'antwort'],
    [undefined, 2, 'scored', 0.5, 'niedrig', 'antwort'],
    [undefined, 1, 'scored', 0, 'niedrig', 'antwort'],
    [undefined, 1, 'scored', 0.5, 'niedrig', 'antwort'], // niedrig stays niedrig
    ['hoch', 1, 'scored', 0, 'hoch', 'antwort'], // a fixed priority beats the weight
    ['hoch', 1, 'scored', 0.5, 'mittel', 'antwort'],
    ['niedrig', 3, 'scored', 0, 'niedrig', 'antwort'],
    [undefined, 3, 'unknown', undefined, 'hoch', 'offener-punkt'],
    [undefined, 1, 'unknown', undefined, 'niedrig', 'offener-punkt'],
    [undefined, 3, 'unanswered', undefined, undefined, undefined],
    [undefined, 3, 'notApplicable', undefined, undefined, undefined],
    [undefined, 3, 'unscored', undefined, undefined, undefined],
  ] as const)('fixed %s, weight %s, %s %s → %s %s', (fixed, weight, state, score, priority, source) => {
    const plan = planForAnswer(act('Tun Sie etwas.', 'Hauptamt', fixed), { weight, state, ...(score !== undefined && { score }) });
    if (priority === undefined) expect(plan).toEqual([]);
    else expect(plan).toMatchObject([{ priority, source }]);
  });

  it('a question without an action yields no step', () => {
    expect(planForAnswer(undefined, { state: 'scored', score: 0 })).toEqual([]);
    expect(planForAnswer(undefined, { state: 'unknown' })).toEqual([]);
  });

  it.each([
    // [item, step id, state, expected step]
    [
      undefined,
      undefined,
      'scored',
      { id: 'prozesse//f', text: 'Tun Sie etwas.', because: '„Frage f?“: Nein', stepKeys: ['frage:prozesse/f'], source: 'antwort' },
    ],
    [
      { id: 'l1', name: 'Bauhof' },
      undefined,
      'scored',
      { id: 'prozesse/l1/f', text: 'Tun Sie etwas.', because: '„Frage f?“ (Bauhof): Nein', stepKeys: ['frage:prozesse/l1/f'], source: 'antwort' },
    ],
    [
      undefined,
      'beschluss',
      'scored',
      { id: 'prozesse//f', text: 'Tun Sie etwas.', because: '„Frage f?“: Nein', stepKeys: ['schritt:beschluss', 'frage:prozesse/f'], source: 'antwort' },
    ],
    [
      undefined,
      undefined,
      'unknown',
      {
        id: 'prozesse//f',
        text: 'Klären Sie: Frage f? Danach gilt gegebenenfalls: Tun Sie etwas.',
        because: '„Frage f?“: Weiß nicht',
        stepKeys: ['frage:prozesse/f'],
        source: 'offener-punkt',
      },
    ],
    [
      { id: 'l1', name: 'Bauhof' },
      undefined,
      'unknown',
      {
        id: 'prozesse/l1/f',
        text: 'Klären Sie: Frage f? (Bauhof) Danach gilt gegebenenfalls: Tun Sie etwas.',
        because: '„Frage f?“ (Bauhof): Weiß nicht',
        stepKeys: ['frage:prozesse/l1/f'],
        source: 'offener-punkt',
      },
    ],
  ] as const)('item %o, step %s, %s → exact step', (item, step, state, expected) => {
    const plan = planForAnswer(act('Tun Sie etwas.', 'Kämmerei', undefined, step), { state, ...(item && { item }) });
    expect(plan).toStrictEqual([{ priority: 'hoch', owner: 'Kämmerei', topic: 'Thema prozesse', questionnaireId: 'prozesse', ...expected }]);
  });

  it('each step lands in the topic of its own questionnaire', () => {
    const qs = [questionnaire('prozesse', [question('a', act('A.'))]), questionnaire('it', [question('b', act('B.'))])];
    const plan = buildActionPlan(qs, [topic('prozesse', [result('a', {})]), topic('it', [result('b', {})])], [], vat());
    expect(plan.map((s) => [s.text, s.topic, s.questionnaireId])).toEqual([
      ['A.', 'Thema prozesse', 'prozesse'],
      ['B.', 'Thema it', 'it'],
    ]);
  });
});

describe('steps from flags', () => {
  it.each([
    // [severity, fixed priority, step id, expected priority, because, stepKeys]
    ['showstopper', undefined, undefined, 'hoch', 'K.-o.-Kriterium: Regel r', ['regel:it/r']],
    ['warnung', undefined, undefined, 'mittel', 'Warnung: Regel r', ['regel:it/r']],
    ['warnung', 'niedrig', undefined, 'niedrig', 'Warnung: Regel r', ['regel:it/r']],
    ['showstopper', 'mittel', 'plan', 'mittel', 'K.-o.-Kriterium: Regel r', ['schritt:plan', 'regel:it/r']],
  ] as const)('%s, fixed %s, step %s → %s', (severity, fixed, step, priority, because, stepKeys) => {
    const f = flag('r', { questionnaireId: 'it', topic: 'Thema IT', severity, action: act('Regeln Sie es.', 'IT', fixed, step) });
    expect(buildActionPlan([], [], [f], vat())).toStrictEqual([
      { id: 'it/regel/r', text: 'Regeln Sie es.', priority, owner: 'IT', topic: 'Thema IT', questionnaireId: 'it', source: 'flag', because, stepKeys },
    ]);
  });
});

describe('steps from the VAT assessment', () => {
  const base = { priority: 'hoch', owner: 'Steuerberatung', topic: 'Thema umsatzsteuer', questionnaireId: 'umsatzsteuer', source: 'umsatzsteuer' };
  it.each([
    // [service, expected step or undefined]
    [
      service('l1', 'unklar', { toClarify: ['Gibt es private Anbieter?', 'Wie hoch ist der Umsatz?'] }),
      {
        id: 'umsatzsteuer/vat/l1',
        text: 'Klären Sie für „Leistung l1“: Gibt es private Anbieter? Wie hoch ist der Umsatz?',
        because: 'Umsatzsteuer-Risiko unklar: Ergebnis l1.',
        stepKeys: ['ust:l1'],
      },
    ],
    [
      service('l2', 'unklar'),
      {
        id: 'umsatzsteuer/vat/l2',
        text: 'Klären Sie für „Leistung l2“: die offenen Angaben zur Umsatzsteuer.',
        because: 'Umsatzsteuer-Risiko unklar: Ergebnis l2.',
        stepKeys: ['ust:l2'],
      },
    ],
    [
      service('l3', 'hoch', { mitigations: [{ text: 'Erste Maßnahme.', references: [] }, { text: 'Zweite.', references: [] }] }),
      { id: 'umsatzsteuer/vat/l3', text: '„Leistung l3“: Erste Maßnahme.', because: 'Umsatzsteuer-Risiko hoch: Ergebnis l3.', stepKeys: ['ust:l3'] },
    ],
    [service('l4', 'hoch'), undefined], // nothing to suggest
    [service('l5', 'mittel', { toClarify: ['Offen?'], mitigations: [{ text: 'M.', references: [] }] }), undefined],
    [service('l6', 'gering', { toClarify: ['Offen?'], mitigations: [{ text: 'M.', references: [] }] }), undefined],
  ] as const)('%o', (s, expected) => {
    const plan = buildActionPlan([questionnaire('it'), questionnaire('umsatzsteuer')], [topic('it'), topic('umsatzsteuer')], [], vat([s]));
    expect(plan).toStrictEqual(expected ? [{ ...base, ...expected }] : []);
  });

  it('without a VAT topic the step is filed under "Umsatzsteuer"', () => {
    const plan = buildActionPlan([questionnaire('it')], [topic('it')], [], vat([service('l1', 'unklar')]));
    expect(plan.map((s) => s.topic)).toEqual(['Umsatzsteuer']);
  });
});

describe('steps of task profiles', () => {
  const profile = {
    id: 'standesamt',
    task: 'Standesamt',
    steps: [
      { text: 'Bestellen Sie Standesbeamte.', owner: 'Hauptamt', priority: 'hoch', questionnaire: 'rechtsform', references: [] },
      { text: 'Prüfen Sie das Register.', owner: 'IT', priority: 'niedrig', questionnaire: 'ohne-thema', references: [] },
    ],
  } as unknown as TaskProfile;

  it('each step has its text, owner, priority, the topic of its questionnaire and a key from its text', () => {
    const plan = buildActionPlan([questionnaire('prozesse'), questionnaire('rechtsform')], [topic('prozesse'), topic('rechtsform')], [], vat(), [profile]);
    const because = 'Besondere Regeln für die Aufgabe „Standesamt“';
    expect(plan).toStrictEqual([
      {
        id: 'aufgabe/standesamt/0',
        text: 'Bestellen Sie Standesbeamte.',
        priority: 'hoch',
        owner: 'Hauptamt',
        topic: 'Thema rechtsform',
        questionnaireId: 'rechtsform',
        source: 'aufgabe',
        because,
        stepKeys: ['aufgabe:standesamt/sfy6c0'],
      },
      {
        id: 'aufgabe/standesamt/1',
        text: 'Prüfen Sie das Register.',
        priority: 'niedrig',
        owner: 'IT',
        topic: 'ohne-thema', // no such topic: the questionnaire id stands in
        questionnaireId: 'ohne-thema',
        source: 'aufgabe',
        because,
        stepKeys: ['aufgabe:standesamt/of7ve0'],
      },
    ]);
  });

  it.each([
    // [text, expected digest (FNV-1a, base 36)]
    ['', 'ztntfp'], // the offset basis 0x811c9dc5
    ['a', '1r9wi7g'], // 0xe40c292c, the published FNV-1a value
    ['ab', 'lekqmi'], // 0x4d2505ca
  ] as const)('the key of a step with the text %o ends in %s', (text, expected) => {
    const p = { ...profile, steps: [{ ...profile.steps[0]!, text }] } as TaskProfile;
    expect(buildActionPlan([], [], [], vat(), [p])[0]!.stepKeys).toEqual([`aufgabe:standesamt/${expected}`]);
  });
});

describe('merging steps that say the same thing', () => {
  it.each([
    // [priorities of the candidates in plan order (flags first), expected priority and owner of the merged step]
    [['mittel', 'hoch'], 'hoch', 'Kämmerei'],
    [['niedrig', 'mittel', 'hoch'], 'hoch', 'Hauptamt'],
    [['hoch', 'niedrig'], 'hoch', 'IT'],
    [['mittel', 'mittel'], 'mittel', 'IT'], // a tie: the first (the flag) wins
  ] as const)('%o → %s (%s)', (priorities, priority, owner) => {
    const owners: Owner[] = ['IT', 'Kämmerei', 'Hauptamt'];
    const flags = priorities.map((p, i) => flag(`r${i}`, { action: act(`Text ${i}.`, owners[i], p, 'gemeinsam') }));
    const [merged, ...rest] = buildActionPlan([questionnaire('prozesse')], [topic('prozesse')], flags, vat());
    expect(rest).toEqual([]);
    const winner = (priorities as readonly Priority[]).indexOf(priority);
    expect(merged).toMatchObject({ priority, owner, text: `Text ${winner}.`, id: `prozesse/regel/r${winner}` });
    expect(merged!.stepKeys).toEqual(['schritt:gemeinsam', ...priorities.map((_, i) => `regel:prozesse/r${i}`)]);
  });

  it('an answer and a rule with the same text are one step, each cause and reason once, causes sorted', () => {
    const text = 'Fassen Sie einen Beschluss.';
    const f = flag('z-regel', { severity: 'showstopper', action: act(text, 'Gemeinderat') });
    const plan = buildActionPlan([questionnaire('prozesse', [question('a', act(text, 'Hauptamt'))])], [topic('prozesse', [result('a', { weight: 1 })])], [f, f], vat());
    expect(plan).toStrictEqual([
      {
        id: 'prozesse/regel/z-regel',
        text,
        priority: 'hoch',
        owner: 'Gemeinderat',
        topic: 'Thema prozesse',
        questionnaireId: 'prozesse',
        source: 'flag',
        because: 'K.-o.-Kriterium: Regel z-regel; „Frage a?“: Nein',
        stepKeys: ['frage:prozesse/a', 'regel:prozesse/z-regel'],
      },
    ]);
  });

  it('an answer of higher priority wins over a rule with the same step id', () => {
    const f = flag('r', { action: act('Regeltext.', 'Gemeinderat', 'niedrig', 'beschluss') });
    const plan = buildActionPlan(
      [questionnaire('prozesse', [question('a', act('Antworttext.', 'Hauptamt', undefined, 'beschluss'))])],
      [topic('prozesse', [result('a', { weight: 3 })])],
      [f],
      vat(),
    );
    expect(plan).toMatchObject([{ text: 'Antworttext.', priority: 'hoch', owner: 'Hauptamt', source: 'antwort', id: 'prozesse//a' }]);
    expect(plan[0]!.stepKeys).toEqual(['schritt:beschluss', 'frage:prozesse/a', 'regel:prozesse/r']);
  });
});

describe('order of the plan', () => {
  it('by priority, then by the order of the questionnaires', () => {
    const qs = [questionnaire('prozesse'), questionnaire('it'), questionnaire('umsatzsteuer')];
    const flags = [
      flag('a', { questionnaireId: 'umsatzsteuer', action: act('U mittel.', 'IT', 'mittel') }),
      flag('b', { questionnaireId: 'it', action: act('I hoch.', 'IT', 'hoch') }),
      flag('c', { questionnaireId: 'prozesse', action: act('P niedrig.', 'IT', 'niedrig') }),
      flag('d', { questionnaireId: 'it', action: act('I mittel.', 'IT', 'mittel') }),
      flag('e', { questionnaireId: 'prozesse', action: act('P mittel.', 'IT', 'mittel') }),
    ];
    const plan = buildActionPlan(qs, [], flags, vat());
    expect(plan.map((s) => s.text)).toEqual(['I hoch.', 'P mittel.', 'I mittel.', 'U mittel.', 'P niedrig.']);
  });
});
