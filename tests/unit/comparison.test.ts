// comparePartners (src/domain/exchange/comparison.ts) on characteristic partner sets built from the scenarios
// of tests/fixtures/scenarios.ts, against the real content in questionnaires/, plus the checks
// validateContent runs on questionnaires/compatibility.yaml.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import type { AnswerValue, Assessment } from '../../src/domain/assessment/assessment.ts';
import { comparePartners, type PartnerInput } from '../../src/domain/exchange/comparison.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import type { Content, Priority } from '../../src/domain/content/schema.ts';
import { SCENARIO_DATE, scenario, withAnswer } from '../fixtures/scenarios.ts';
import { BASE_YAML, compatibilityFile, validateYaml } from './fixtures.ts';

const root = resolve(__dirname, '../..');
const loaded = loadContent(resolve(root, 'questionnaires'), root);
if (!loaded.content) throw new Error(`Inhalte ungültig:\n${loaded.issues.map(describeIssue).join('\n')}`);
const content: Content = loaded.content;

const PRIORITY_RANK: Record<Priority, number> = { hoch: 0, mittel: 1, niedrig: 2 };
const ALL_CHECKS = content.compatibility.map((c) => c.id);
/** One finding per answer compared: checks of the same question share the finding of the first. */
const FINDINGS = ALL_CHECKS.filter((id, i) => {
  const question = (c: (typeof content.compatibility)[number]) => ('question' in c ? `${c.questionnaire}/${c.question}` : c.id);
  return content.compatibility.findIndex((c) => question(c) === question(content.compatibility[i]!)) === i && id;
});

type Change = [questionnaireId: string, questionId: string, value: AnswerValue];

function withAnswers(assessment: Assessment, changes: Change[]): Assessment {
  return changes.reduce((a, [q, id, value]) => withAnswer(a, q, id, value), assessment);
}

/** Changes one answer of the first planned service (repeatable section "leistungen"). */
function withServiceAnswer(assessment: Assessment, questionId: string, value: string): Assessment {
  const copy = structuredClone(assessment);
  copy.responses.umsatzsteuer!.items.leistungen![0]!.answers[questionId] = value;
  return copy;
}

function partner(id: string, name: string, assessment: Assessment): PartnerInput {
  return { id, name, assessment, report: buildReport(content, assessment, SCENARIO_DATE) };
}

// Lindenbach is the well prepared Standesamt scenario; the partners below are variations of it,
// so every difference in the comparison comes from the one answer a row changes.
const lindenbach = () => partner('lindenbach', 'Gemeinde Lindenbach', scenario('standesamt'));
const hohenau = (changes: Change[] = []) =>
  partner('hohenau', 'Gemeinde Hohenau', withAnswers(scenario('standesamt'), changes));
/** Same answers on everything the checks compare, but weaker elsewhere: "Bereit mit Vorarbeiten". */
const WEAKER: Change[] = [
  ['prozesse', 'kostentransparenz', 'nein'],
  ['prozesse', 'kostenschluessel', 'nein'],
  ['prozesse', 'absichtserklaerung', 'nein'],
  ['prozesse', 'ziel-ueberpruefbar', 'nein'],
  ['prozesse', 'ausstiegsregel', 'nein'],
  ['rechtsform', 'vertragsentwurf', 'nein'],
  ['rechtsform', 'ausstieg-geregelt', 'nein'],
  ['it', 'sicherheitsstandard', 'nein'],
  ['it', 'technischer-umsetzungsplan', 'nein'],
  ['umsatzsteuer', 'tax-cms', 'nein'],
  ['umsatzsteuer', 'zeitplan', 'nein'],
];
const NO_COUNCIL: Change[] = [
  ['prozesse', 'gemeinderatsbeschluss', 'nein'],
  ['prozesse', 'beschluss-geplant', 'nein'],
];

interface Case {
  name: string;
  partners: () => PartnerInput[];
  /** Exactly these checks are in conflict … */
  conflicts: string[];
  /** … exactly these are open, and all others fit. */
  open: string[];
  /** Check id → the partner ids the finding names. */
  affected?: Record<string, string[]>;
  jointLevel: string;
  weakest: string;
}

const CASES: Case[] = [
  {
    name: 'two well-matched partners (same software, same legal form, same hosting)',
    partners: () => [lindenbach(), hohenau(WEAKER)],
    conflicts: [],
    open: [],
    jointLevel: 'bereit-mit-vorarbeiten',
    weakest: 'hohenau',
  },
  {
    name: 'one partner reports different Fachverfahren',
    partners: () => [
      lindenbach(),
      hohenau([
        ['it', 'gleiches-fachverfahren', 'verschieden'],
        ['it', 'migrationsplan', 'ja'],
        ['it', 'datenexport', 'ja'],
      ]),
    ],
    // Both checks of the Fachverfahren answer conflict; they make one finding.
    conflicts: ['fachverfahren-verschieden'],
    open: [],
    affected: { 'fachverfahren-verschieden': ['lindenbach', 'hohenau'] },
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'the software runs at different places',
    partners: () => [lindenbach(), hohenau([['it', 'hosting', 'eigener-server']])],
    conflicts: ['betrieb-verschieden'],
    open: [],
    jointLevel: 'startklar',
    weakest: 'lindenbach',
  },
  {
    name: 'delegation against mandate, Zweckvereinbarung against Zweckverband',
    partners: () => [
      lindenbach(),
      hohenau([
        ['rechtsform', 'aufgabe-geht-ueber', 'mandat'],
        ['rechtsform', 'formwunsch', ['zweckverband']],
      ]),
    ],
    conflicts: ['rechtsform-vorstellung', 'uebertragung-verschieden'],
    open: [],
    jointLevel: 'startklar',
    // A mandate needs no approval: Hohenau is not asked about the Rechtsaufsicht, which lowers its score.
    weakest: 'hohenau',
  },
  {
    name: 'one legal form all partners name fits, even if one partner names a second',
    partners: () => [lindenbach(), hohenau([['rechtsform', 'formwunsch', ['zweckvereinbarung', 'zweckverband']]])],
    conflicts: [],
    open: [],
    jointLevel: 'startklar',
    weakest: 'lindenbach',
  },
  {
    name: 'different answers on who employs the staff and on the data protection agreement',
    partners: () => [
      lindenbach(),
      hohenau([
        ['rechtsform', 'eigene-organisation', 'ja'],
        ['it', 'datenschutzvereinbarung', 'nein'],
      ]),
    ],
    conflicts: ['arbeitgeber-verschieden', 'datenschutz-verschieden'],
    open: [],
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'one partner without council decision (its showstopper caps it below the other)',
    partners: () => [
      partner('lindenbach', 'Gemeinde Lindenbach', withAnswers(scenario('standesamt'), WEAKER)),
      hohenau(NO_COUNCIL),
    ],
    conflicts: ['ratsbeschluss-fehlt'],
    open: [],
    affected: { 'ratsbeschluss-fehlt': ['hohenau'] },
    // Hohenau scores higher than Lindenbach, but its showstopper caps it at "Grundlagen schaffen".
    jointLevel: 'grundlagen-schaffen',
    weakest: 'hohenau',
  },
  {
    name: 'unequal process documentation (ja against nein)',
    partners: () => [lindenbach(), hohenau([['prozesse', 'prozesse-dokumentiert', 'nein']])],
    conflicts: ['ablaeufe-ungleich-beschrieben'],
    open: [],
    affected: { 'ablaeufe-ungleich-beschrieben': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'process documentation ja against teilweise stays below minSpread',
    partners: () => [lindenbach(), hohenau([['prozesse', 'prozesse-dokumentiert', 'teilweise']])],
    conflicts: [],
    open: [],
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'unequal capacity without compensation, and very unequal IT staff',
    partners: () => [
      lindenbach(),
      hohenau([
        ['prozesse', 'ungleiche-leistungsfaehigkeit', 'ungleich-ohne-ausgleich'],
        ['it', 'it-personal', 'niemand'],
      ]),
    ],
    conflicts: ['leistungsfaehigkeit-ohne-ausgleich', 'it-personal-ungleich'],
    open: [],
    affected: { 'leistungsfaehigkeit-ohne-ausgleich': ['hohenau'], 'it-personal-ungleich': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'a partner with a high VAT risk (private-law contract with mark-up)',
    partners: () => {
      const assessment = scenario('standesamt');
      assessment.responses.umsatzsteuer!.items.leistungen = structuredClone(
        scenario('bauhof').responses.umsatzsteuer!.items.leistungen!,
      );
      return [lindenbach(), partner('hohenau', 'Gemeinde Hohenau', assessment)];
    },
    conflicts: ['umsatzsteuer-risiko'],
    open: [],
    affected: { 'umsatzsteuer-risiko': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'lindenbach',
  },
  {
    name: 'a partner whose VAT risk is unclear, and one without tax advice',
    partners: () => [
      partner(
        'lindenbach',
        'Gemeinde Lindenbach',
        withServiceAnswer(scenario('standesamt'), 'uebertragungsart', 'weiss-nicht'),
      ),
      hohenau([['umsatzsteuer', 'steuerberatung', 'nein']]),
    ],
    conflicts: ['umsatzsteuer-risiko', 'steuerberatung-fehlt'],
    open: [],
    affected: { 'umsatzsteuer-risiko': ['lindenbach'], 'steuerberatung-fehlt': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
  {
    name: 'a partner answering "weiß nicht" on delegation vs mandate, and "noch offen" on the legal form',
    partners: () => [
      lindenbach(),
      hohenau([
        ['rechtsform', 'aufgabe-geht-ueber', 'weiss-nicht'],
        ['rechtsform', 'formwunsch', ['noch-offen']],
      ]),
    ],
    conflicts: [],
    open: ['uebertragung-verschieden', 'rechtsform-vorstellung'],
    affected: { 'uebertragung-verschieden': ['hohenau'], 'rechtsform-vorstellung': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'lindenbach',
  },
  {
    name: 'a partner that has not answered the council question and entered no service',
    partners: () => {
      const assessment = scenario('standesamt');
      delete assessment.responses.prozesse!.answers.gemeinderatsbeschluss;
      assessment.responses.umsatzsteuer!.items.leistungen = [];
      return [lindenbach(), partner('hohenau', 'Gemeinde Hohenau', assessment)];
    },
    conflicts: [],
    open: ['ratsbeschluss-fehlt', 'umsatzsteuer-risiko'],
    affected: { 'ratsbeschluss-fehlt': ['hohenau'], 'umsatzsteuer-risiko': ['hohenau'] },
    jointLevel: 'startklar',
    weakest: 'hohenau',
  },
];

describe.each(CASES)('comparison: $name', (c) => {
  const comparison = comparePartners(content, c.partners());
  const ids = (status: string) =>
    comparison.findings
      .filter((f) => f.status === status)
      .map((f) => f.checkId)
      .sort();

  it('finds exactly the expected conflicts and open points; everything else fits', () => {
    expect(ids('konflikt')).toEqual([...c.conflicts].sort());
    expect(ids('offen')).toEqual([...c.open].sort());
    expect(ids('passt')).toEqual(FINDINGS.filter((id) => !c.conflicts.includes(id) && !c.open.includes(id)).sort());
  });

  it('names the partners behind each conflict or open point', () => {
    for (const [checkId, partnerIds] of Object.entries(c.affected ?? {})) {
      const finding = comparison.findings.find((f) => f.checkId === checkId)!;
      expect(finding.affectedPartnerIds, checkId).toEqual(partnerIds);
      for (const id of partnerIds) {
        expect(finding.detail, checkId).toContain(comparison.partners.find((p) => p.id === id)!.name);
      }
    }
    for (const finding of comparison.findings.filter((f) => f.status === 'passt')) {
      expect(finding.affectedPartnerIds, finding.checkId).toEqual([]);
    }
  });

  it('gives every conflict the action of its check, and no action otherwise', () => {
    for (const finding of comparison.findings) {
      const check = content.compatibility.find((x) => x.id === finding.checkId)!;
      if (finding.status === 'konflikt') expect(finding.actions, finding.checkId).toContainEqual(check.action);
      else expect(finding.actions, finding.checkId).toEqual([]);
      expect(finding.action, finding.checkId).toEqual(finding.actions[0]);
    }
  });

  it("explains a conflict with its check's explanation, and says nothing of a conflict where a point is only open or fits", () => {
    for (const finding of comparison.findings) {
      const checks = content.compatibility.filter((x) => finding.checkIds.includes(x.id));
      if (finding.status === 'konflikt') expect(checks.some((check) => finding.explanation.includes(check.explanation)), finding.checkId).toBe(true);
      else expect(finding.explanation, finding.checkId).toBe('');
    }
  });

  it(`puts the group at ${c.jointLevel}, the level of its weakest partner ${c.weakest}`, () => {
    expect(comparison.joint.level.id).toBe(c.jointLevel);
    expect(comparison.joint.weakestPartnerId).toBe(c.weakest);
    const weakest = comparison.partners.find((p) => p.id === c.weakest)!;
    expect(comparison.joint.level).toEqual(weakest.level);
    expect(comparison.joint.score).toBe(weakest.score);
    expect(comparison.joint.explanation).toContain(weakest.name);
    expect(comparison.joint.explanation).toContain(`${weakest.name} erreicht „${weakest.level.name}“`);
  });
});

describe('comparison: shape', () => {
  const partners = [
    lindenbach(),
    partner('bergwiesen', 'Stadt Bergwiesen', scenario('it-verbund')),
    partner('auental', 'Gemeinde Auental', scenario('bauhof')),
  ];
  const comparison = comparePartners(content, partners);

  it('lists conflicts first, then open points, then fits, each in file order', () => {
    const statuses = comparison.findings.map((f) => f.status);
    const rank = { konflikt: 0, offen: 1, passt: 2 } as const;
    expect(statuses).toEqual([...statuses].sort((a, b) => rank[a] - rank[b]));
    expect(new Set(statuses)).toEqual(new Set(['konflikt', 'passt']));
    for (const status of ['konflikt', 'passt'] as const) {
      const order = comparison.findings.filter((f) => f.status === status).map((f) => ALL_CHECKS.indexOf(f.checkId));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(comparison.findings).toHaveLength(FINDINGS.length);
  });

  it("shows every partner's answer by name, in the order the partners were given", () => {
    const hosting = comparison.findings.find((f) => f.checkId === 'betrieb-verschieden')!;
    expect(hosting.answers).toEqual([
      { partnerId: 'lindenbach', partnerName: 'Gemeinde Lindenbach', answer: 'Bei der KISA', affected: true },
      {
        partnerId: 'bergwiesen',
        partnerName: 'Stadt Bergwiesen',
        answer: 'Auf einem eigenen Server, z. B. im Rathaus',
        affected: true,
      },
      // The Bauhof uses no specialist software, so the question about where it runs is not asked.
      { partnerId: 'auental', partnerName: 'Gemeinde Auental', answer: 'Frage entfällt', affected: false },
    ]);
    expect(hosting.affectedPartnerIds).toEqual(['lindenbach', 'bergwiesen']);
    expect(hosting).toMatchObject({
      status: 'konflikt',
      questionnaireId: 'it',
      topic: 'IT & Schnittstellen',
      kind: 'gleich',
    });
    const vat = comparison.findings.find((f) => f.checkId === 'umsatzsteuer-risiko')!;
    expect(vat.answers.map((a) => a.answer)).toEqual([
      'Umsatzsteuer-Risiko gering',
      'Umsatzsteuer-Risiko hoch',
      'Umsatzsteuer-Risiko hoch',
    ]);
    expect(vat.question).toBeUndefined();
  });

  it('merges the checks of one answer into one finding that lists the answers once', () => {
    const software = comparison.findings.filter((f) => f.question === comparison.findings.find((x) => x.checkId === 'fachverfahren-verschieden')!.question);
    expect(software).toHaveLength(1);
    expect(software[0]).toMatchObject({
      checkIds: ['fachverfahren-verschieden', 'fachverfahren-angaben'],
      title: 'Gemeinsames Fachverfahren',
      status: 'konflikt',
      detail: 'Betroffen: Stadt Bergwiesen. Die Antworten unterscheiden sich (Gemeinde Lindenbach, Stadt Bergwiesen und Gemeinde Auental).',
    });
    expect(software[0]!.answers.map((a) => a.partnerName)).toEqual(['Gemeinde Lindenbach', 'Stadt Bergwiesen', 'Gemeinde Auental']);
    expect(software[0]!.actions.map((a) => a.text)).toEqual(
      ['fachverfahren-verschieden', 'fachverfahren-angaben'].map((id) => content.compatibility.find((c) => c.id === id)!.action.text),
    );
  });

  it('says what each finding found without repeating the answers listed below it', () => {
    for (const finding of comparison.findings) {
      for (const answer of finding.answers.filter((a) => a.answer.length > 12)) expect(finding.detail, finding.checkId).not.toContain(answer.answer);
    }
  });

  it('names the partner who answers otherwise than the majority', () => {
    const three = comparePartners(content, [lindenbach(), hohenau(), partner('auental', 'Gemeinde Auental', withAnswers(scenario('standesamt'), [['it', 'hosting', 'eigener-server']]))]);
    const hosting = three.findings.find((f) => f.checkId === 'betrieb-verschieden')!;
    expect(hosting.affectedPartnerIds).toEqual(['auental']);
    expect(hosting.detail).toBe('Gemeinde Auental antwortet anders als die übrigen Partner.');
  });

  it('titles every check by what it checks, not by a result, so the title fits "Passt" as well as "Konflikt"', () => {
    for (const check of content.compatibility) expect(check.title, check.id).not.toMatch(/verschieden|ungleich|unterschiedlich|fehlt|kein|nicht|ohne/i);
  });

  it('summarises each partner with level, score, topic scores and showstoppers', () => {
    expect(comparison.topics.map((t) => t.questionnaireId)).toEqual(['prozesse', 'it', 'rechtsform', 'umsatzsteuer']);
    expect(comparison.topics.map((t) => t.shortTitle)).toEqual(['Prozesse', 'IT', 'Rechtsform', 'Umsatzsteuer']);
    comparison.partners.forEach((summary, i) => {
      const report = partners[i]!.report;
      expect(summary.id).toBe(partners[i]!.id);
      expect(summary.level.id).toBe(report.overall.level.id);
      expect(summary.score).toBe(report.overall.score);
      expect(summary.topicScores).toEqual(report.topics.map((t) => t.score));
      expect(summary.topicScores.every((s) => typeof s === 'number')).toBe(true);
    });
    expect(comparison.partners.map((p) => p.showstoppers)).toEqual([
      [],
      ['Verschiedene Fachverfahren ohne Plan für die Datenübernahme'],
      ['Hohes Umsatzsteuer-Risiko ohne Vorsorge'],
    ]);
    expect(comparison.partners.map((p) => p.capped)).toEqual([false, true, false]);
    expect(comparison.partners.map((p) => p.vatRisk)).toEqual(['gering', 'hoch', 'hoch']);
  });

  it('explains the cap when the weakest partner is held back by a showstopper', () => {
    const capped = comparePartners(content, [
      lindenbach(),
      partner('bergwiesen', 'Stadt Bergwiesen', scenario('it-verbund')),
    ]);
    expect(capped.joint.weakestPartnerId).toBe('bergwiesen');
    expect(capped.joint.level.id).toBe('grundlagen-schaffen');
    expect(capped.joint.explanation).toContain('K.-o.-Kriterium');
    expect(capped.joint.explanation).toContain('Verschiedene Fachverfahren ohne Plan für die Datenübernahme');
    expect(capped.joint.explanation).toContain('„Bereit mit Vorarbeiten“');
  });
});

describe('comparison: number of partners', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      partner(
        `p${i + 1}`,
        `Gemeinde ${i + 1}`,
        i % 2 ? withAnswers(scenario('standesamt'), WEAKER) : scenario('standesamt'),
      ),
    );

  it('compares eight partners', () => {
    const comparison = comparePartners(content, many(8));
    expect(comparison.partners.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(comparison.findings.every((f) => f.answers.length === 8)).toBe(true);
    expect(comparison.findings.filter((f) => f.status !== 'passt')).toEqual([]);
    expect(comparison.joint.weakestPartnerId).toBe('p2');
  });

  it.each([0, 1, 9])('refuses %i partners with a clear message', (n) => {
    expect(() => comparePartners(content, many(n))).toThrow(
      `Ein Partnervergleich braucht 2 bis 8 Partner; übergeben wurden ${n}.`,
    );
  });

  it('refuses the same partner twice', () => {
    expect(() => comparePartners(content, [lindenbach(), lindenbach()])).toThrow(/nur einmal.*lindenbach/);
  });
});

describe('comparison: joint actions', () => {
  // Two partners share the IT showstopper, one has the VAT showstopper, one has none.
  const partners = [
    lindenbach(),
    partner('bergwiesen', 'Stadt Bergwiesen', scenario('it-verbund')),
    partner('gruenthal', 'Gemeinde Grünthal', scenario('it-verbund')),
    partner('auental', 'Gemeinde Auental', scenario('bauhof')),
  ];
  const comparison = comparePartners(content, partners);
  const showstopperFlags = partners.flatMap((p) =>
    p.report.flags.filter((f) => f.severity === 'showstopper').map((f) => ({ partner: p.name, flag: f })),
  );

  it("contains each partner's showstopper action once, with the names of the partners it concerns", () => {
    expect(showstopperFlags.map((s) => s.flag.ruleId).sort()).toEqual([
      'hohes-risiko-ohne-vorsorge',
      'verschiedene-verfahren-ohne-migrationsplan',
      'verschiedene-verfahren-ohne-migrationsplan',
    ]);
    for (const { flag } of showstopperFlags) {
      const matching = comparison.jointActions.filter((a) => a.text === flag.action.text);
      expect(matching, flag.ruleId).toHaveLength(1);
      const expected = showstopperFlags.filter((s) => s.flag.ruleId === flag.ruleId).map((s) => s.partner);
      expect(matching[0]!.partners, flag.ruleId).toEqual(expected);
      expect(matching[0]!.because).toContain(`K.-o.-Kriterium: ${flag.title}`);
      expect(matching[0]!.owner).toBe(flag.action.owner);
    }
    expect(comparison.jointActions.find((a) => a.text === showstopperFlags[0]!.flag.action.text)!.partners).toEqual([
      'Stadt Bergwiesen',
      'Gemeinde Grünthal',
    ]);
  });

  it("merges a conflict's action into the showstopper with the same wording and names both reasons", () => {
    const software = comparison.jointActions.find((a) => a.because.includes('Verschiedene Fachverfahren ohne Plan'))!;
    expect(software.because).toContain('Konflikt zwischen den Partnern: Gemeinsames Fachverfahren');
    expect(software.source).toBe('showstopper');
  });

  it("contains every conflict's action, naming the partners involved", () => {
    const conflicts = comparison.findings.filter((f) => f.status === 'konflikt');
    expect(conflicts.length).toBeGreaterThan(3);
    for (const finding of conflicts) {
      for (const step of finding.actions) {
        const action = comparison.jointActions.find((a) => a.text === step.text);
        expect(action, finding.checkId).toBeDefined();
        const names = partners.filter((p) => finding.affectedPartnerIds.includes(p.id)).map((p) => p.name);
        expect(names, finding.checkId).toEqual(expect.arrayContaining(action!.partners.filter((n) => !showstopperFlags.some((x) => x.partner === n))));
      }
    }
    const vat = comparison.jointActions.find((a) => a.because.includes('Umsatzsteuer-Risiko der Partner'))!;
    expect(vat.partners).toEqual(['Stadt Bergwiesen', 'Gemeinde Grünthal', 'Gemeinde Auental']);
    expect(vat.source).toBe('konflikt');
  });

  it('has no duplicates and is sorted by priority', () => {
    const texts = comparison.jointActions.map((a) => a.text);
    expect(new Set(texts).size).toBe(texts.length);
    const ranks = comparison.jointActions.map((a) => PRIORITY_RANK[a.priority]);
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(comparison.jointActions).toHaveLength(
      new Set([
        ...showstopperFlags.map((s) => s.flag.action.text),
        ...comparison.findings.flatMap((f) => f.actions.map((a) => a.text)),
      ]).size,
    );
  });

  it('is empty for well-matched partners without showstoppers', () => {
    expect(comparePartners(content, [lindenbach(), hohenau(WEAKER)]).jointActions).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// questionnaires/compatibility.yaml

const check = (fields: Record<string, unknown>) => ({
  id: 'pruefung',
  kind: 'gleich',
  questionnaire: 'test',
  question: 'beschluss',
  title: 'Titel',
  explanation: 'Erklärung.',
  action: { text: 'Tun.', owner: 'Hauptamt', priority: 'mittel' },
  ...fields,
});
const issuesOf = (checks: unknown[]) =>
  validateYaml(BASE_YAML, [], compatibilityFile(checks)).issues.map((i) => ({
    code: i.code,
    file: i.file,
    path: i.path,
  }));
const at = (code: string, path: (string | number)[]) => ({ code, file: 'questionnaires/compatibility.yaml', path });

describe('compatibility.yaml', () => {
  it('covers the typical conflicts between partners, with all four kinds', () => {
    expect(ALL_CHECKS).toEqual(
      expect.arrayContaining([
        'fachverfahren-verschieden',
        'betrieb-verschieden',
        'rechtsform-vorstellung',
        'uebertragung-verschieden',
        'ratsbeschluss-fehlt',
        'ablaeufe-ungleich-beschrieben',
        'leistungsfaehigkeit-ohne-ausgleich',
        'umsatzsteuer-risiko',
        'arbeitgeber-verschieden',
        'datenschutz-verschieden',
      ]),
    );
    expect(new Set(content.compatibility.map((c) => c.kind))).toEqual(
      new Set(['gleich', 'keiner', 'spanne', 'umsatzsteuer']),
    );
  });

  it('accepts a valid check and compiles it into the content', () => {
    const result = validateYaml(
      BASE_YAML,
      [],
      compatibilityFile([check({ kind: 'keiner', values: ['nein'], references: ['ref-a'] })]),
    );
    expect(result.issues).toEqual([]);
    expect(result.content!.compatibility.map((c) => c.id)).toEqual(['pruefung']);
  });

  it.each([
    [
      'an unknown questionnaire',
      check({ questionnaire: 'gibt-es-nicht' }),
      at('unknown-questionnaire', ['checks', 0, 'questionnaire']),
    ],
    ['an unknown question', check({ question: 'gibt-es-nicht' }), at('unknown-question', ['checks', 0, 'question'])],
    [
      'an unknown option in values',
      check({ kind: 'keiner', values: ['nein', 'vielleicht'] }),
      at('unknown-option', ['checks', 0, 'values', 1]),
    ],
    [
      'an unknown option in openValues',
      check({ openValues: ['spaeter'] }),
      at('unknown-option', ['checks', 0, 'openValues', 0]),
    ],
    [
      'an unknown reference',
      check({ references: ['ref-a', 'ref-x'] }),
      at('unknown-reference', ['checks', 0, 'references', 1]),
    ],
    [
      'a question in a repeatable section',
      check({ question: 'grundlage' }),
      at('condition-into-repeat', ['checks', 0, 'question']),
    ],
    [
      '"spanne" on an unscored question',
      check({ kind: 'spanne', question: 'notiz', minSpread: 0.5 }),
      at('schema', ['checks', 0, 'question']),
    ],
    ['"gleich" on a free text', check({ question: 'notiz' }), at('schema', ['checks', 0, 'question'])],
    ['an unknown kind', check({ kind: 'aehnlich' }), at('schema', ['checks', 0, 'kind'])],
    ['a title that states a result', check({ title: 'Abläufe sehr ungleich beschrieben' }), at('title-states-result', ['checks', 0, 'title'])],
    ['a title naming a missing decision', check({ title: 'Ein Partner hat keinen Ratsbeschluss' }), at('title-states-result', ['checks', 0, 'title'])],
    [
      'an owner outside the picklist',
      check({ action: { text: 'Tun.', owner: 'Landrat', priority: 'hoch' } }),
      at('schema', ['checks', 0, 'action', 'owner']),
    ],
    [
      'an action without priority',
      check({ action: { text: 'Tun.', owner: 'Hauptamt' } }),
      at('schema', ['checks', 0, 'action', 'priority']),
    ],
  ])('reports %s with its path', (_name, bad, expected) => {
    expect(issuesOf([bad])).toEqual([expected]);
  });

  it('reports a duplicate check id at the second check', () => {
    expect(issuesOf([check({}), check({})])).toEqual([at('duplicate-id', ['checks', 1])]);
  });

  it('reports a missing compatibility.yaml like any other missing special file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ikz-'));
    cpSync(resolve(root, 'questionnaires'), join(dir, 'questionnaires'), { recursive: true });
    rmSync(join(dir, 'questionnaires', 'compatibility.yaml'));
    const result = loadContent(join(dir, 'questionnaires'), dir);
    expect(result.content).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([['missing-file', 'questionnaires/compatibility.yaml']]);
  });
});
