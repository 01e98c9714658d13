// rankLegalForms (src/domain/verdicts/legalForms.ts) on the real questionnaires/legal-forms.yaml: the example
// cases of the decision guide in the SächsKomZG fact sheet (section 3), closed forms and the approving
// authority (section 2).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import type { AnswerValue, Response } from '../../src/domain/assessment/assessment';
import { rankLegalForms, type LegalFormRanking } from '../../src/domain/verdicts/legalForms';
import { describeIssue } from '../../src/domain/issues/messages';
import type { Content } from '../../src/domain/content/schema';
import { buildReport } from '../../src/domain/report/report';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';

const root = resolve(__dirname, '../..');
const loaded = loadContent(resolve(root, 'questionnaires'), root);
if (!loaded.content) throw new Error(`Fragebögen ungültig:\n${loaded.issues.map(describeIssue).join('\n')}`);
const content: Content = loaded.content;
const data = content.legalForms;
const questionnaire = content.questionnaires.find((q) => q.id === data.questionnaire)!;

const FORM_IDS = data.forms.map((f) => f.id);
const CLOSED_IDS = data.closed.map((f) => f.id);

type Answers = Record<string, AnswerValue>;

function rank(answers: Answers): LegalFormRanking {
  const response: Response = { answers, items: {}, notes: {} };
  return rankLegalForms(data, questionnaire, response);
}

const rechtsformOf = (id: 'standesamt' | 'it-verbund' | 'bauhof'): Answers =>
  scenario(id).responses.rechtsform!.answers;

/** A neutral starting point: two Gemeinden of one Landkreis, everything else undecided. */
const NEUTRAL: Answers = {
  aufgabenfeld: 'sonstiges',
  'aufgabe-geht-ueber': 'weiss-nicht',
  'hoheitliche-befugnisse': 'weiss-nicht',
  marktaktivitaet: 'weiss-nicht',
  'anzahl-partner': 'zwei',
  partnerart: ['gemeinden-gleicher-landkreis'],
  'weitere-partner': 'weiss-nicht',
  'verwaltungsverband-mitglied': 'nein',
  'eigene-organisation': 'weiss-nicht',
  investitionen: 'weiss-nicht',
  entscheidungen: 'weiss-nicht',
  dauer: 'weiss-nicht',
  ausstieg: 'weiss-nicht',
  zusammenschluss: 'nein',
  formwunsch: ['noch-offen'],
};

interface Case {
  name: string;
  answers: Answers;
  first: string;
  /** Forms that must rank below the first (and stay suitable). */
  below?: string[];
  unsuitable?: string[];
  pointedTo?: string[];
}

const CASES: Case[] = [
  {
    name: 'two Gemeinden share a Standesamt by delegation (scenario standesamt)',
    answers: rechtsformOf('standesamt'),
    first: 'zweckvereinbarung-delegierend',
    below: ['zweckverband', 'zweckvereinbarung-mandatierend', 'gemeinsame-dienststelle'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'privatrechtliche-gesellschaft'],
    pointedTo: [],
  },
  {
    name: 'five Gemeinden run a joint IT service with own staff, assets and budget (scenario it-verbund)',
    answers: rechtsformOf('it-verbund'),
    first: 'zweckverband',
    below: ['zweckvereinbarung-delegierend', 'privatrechtliche-gesellschaft', 'gemeinsame-dienststelle'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag'],
    pointedTo: [],
  },
  {
    name: 'pure coordination without obligations, a Landkreis takes part',
    answers: {
      ...NEUTRAL,
      aufgabenfeld: 'entwicklung',
      'aufgabe-geht-ueber': 'beratung',
      verbindlichkeit: 'unverbindlich',
      'hoheitliche-befugnisse': 'nein',
      marktaktivitaet: 'nein',
      'anzahl-partner': 'drei-bis-vier',
      partnerart: ['gemeinden-gleicher-landkreis', 'landkreis'],
      entscheidungen: 'gleichberechtigt',
      dauer: 'unbefristet',
      ausstieg: 'sehr-wichtig',
    },
    first: 'arbeitsgemeinschaft',
    below: ['oeffentlich-rechtlicher-vertrag', 'zweckverband', 'privatrechtliche-gesellschaft'],
    // Landkreis and Gemeinden hold different tasks: no delegation between them.
    unsuitable: ['zweckvereinbarung-delegierend'],
    pointedTo: [],
  },
  {
    name: 'coordination with binding obligations (fact sheet 3.6: plain contract)',
    answers: {
      ...NEUTRAL,
      'aufgabe-geht-ueber': 'beratung',
      verbindlichkeit: 'verbindlich',
      'hoheitliche-befugnisse': 'nein',
      marktaktivitaet: 'nein',
    },
    first: 'oeffentlich-rechtlicher-vertrag',
    below: ['arbeitsgemeinschaft'],
    unsuitable: [],
  },
  {
    name: 'a Bauhof mows for the neighbour with a mark-up, no sovereign powers (scenario bauhof)',
    answers: rechtsformOf('bauhof'),
    // Fact sheet 3.2: competence stays (not B) → mandating Zweckvereinbarung; easy exit, short term.
    first: 'zweckvereinbarung-mandatierend',
    below: ['privatrechtliche-gesellschaft', 'zweckvereinbarung-delegierend', 'zweckverband'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag'],
    pointedTo: [],
  },
  {
    name: 'a Bauhof company with own staff sells on the market, no sovereign powers (fact sheet 3.5)',
    answers: {
      ...rechtsformOf('bauhof'),
      marktaktivitaet: 'ja',
      'eigene-organisation': 'ja',
      investitionen: 'ja',
      dauer: 'unbefristet',
      ausstieg: 'geregelt',
    },
    first: 'privatrechtliche-gesellschaft',
    below: ['zweckvereinbarung-mandatierend', 'zweckvereinbarung-delegierend', 'zweckverband'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag'],
    pointedTo: [],
  },
  {
    name: 'a sovereign task with fees, sold partly on the market, a company wished',
    answers: {
      ...rechtsformOf('it-verbund'),
      aufgabenfeld: 'ver-entsorgung',
      'hoheitliche-befugnisse': 'ja',
      marktaktivitaet: 'ja',
      formwunsch: ['gesellschaft'],
    },
    first: 'zweckverband',
    unsuitable: ['privatrechtliche-gesellschaft', 'arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag'],
    pointedTo: ['anstalt-oeffentlichen-rechts', 'gesellschaft-fuer-hoheitliche-aufgaben'],
  },
  {
    name: 'a common office of Gemeinden and their Landkreis',
    answers: {
      ...rechtsformOf('standesamt'),
      aufgabenfeld: 'querschnitt',
      'aufgabe-geht-ueber': 'gemeinsame-dienststelle',
      'anzahl-partner': 'drei-bis-vier',
      partnerart: ['gemeinden-gleicher-landkreis', 'landkreis'],
      entscheidungen: 'gleichberechtigt',
    },
    first: 'gemeinsame-dienststelle',
    below: ['zweckvereinbarung-mandatierend', 'zweckverband'],
    // Fees and decisions stay with each partner (sovereign task): no company either.
    unsuitable: [
      'zweckvereinbarung-delegierend',
      'arbeitsgemeinschaft',
      'oeffentlich-rechtlicher-vertrag',
      'privatrechtliche-gesellschaft',
    ],
    pointedTo: [],
  },
  {
    name: 'a Standesamt delegated between a Landkreis and a Gemeinde',
    answers: { ...rechtsformOf('standesamt'), partnerart: ['landkreis'] },
    first: 'zweckvereinbarung-mandatierend',
    unsuitable: [
      'zweckvereinbarung-delegierend',
      'arbeitsgemeinschaft',
      'oeffentlich-rechtlicher-vertrag',
      'privatrechtliche-gesellschaft',
    ],
    pointedTo: ['delegation-landkreis-gemeinde'],
  },
  {
    name: 'a common administration of independent Gemeinden, a Verwaltungsverband wished',
    answers: {
      ...rechtsformOf('it-verbund'),
      aufgabenfeld: 'querschnitt',
      'hoheitliche-befugnisse': 'ja',
      zusammenschluss: 'gemeinsame-verwaltung',
      formwunsch: ['verwaltungsverband'],
    },
    first: 'zweckverband',
    pointedTo: ['verwaltungsverband', 'verwaltungsgemeinschaft'],
  },
  {
    name: 'a merger into one Gemeinde is considered',
    answers: { ...rechtsformOf('standesamt'), zusammenschluss: 'gemeindezusammenschluss', formwunsch: ['noch-offen'] },
    first: 'zweckvereinbarung-delegierend',
    below: ['gemeindezusammenschluss', 'zweckverband'],
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const result = rank(c.answers);
  const ranked = result.ranked.map((f) => f.id);

  it(`ranks ${c.first} first`, () => {
    expect(ranked[0]).toBe(c.first);
    for (const other of c.below ?? []) {
      expect(ranked, other).toContain(other);
      expect(ranked.indexOf(other), other).toBeGreaterThan(0);
    }
  });

  it('sorts by fit and splits every form into ranked or unsuitable', () => {
    const fits = result.ranked.map((f) => f.fit);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect([...ranked, ...result.unsuitable.map((f) => f.id)].sort()).toEqual([...FORM_IDS].sort());
    if (c.unsuitable) expect(result.unsuitable.map((f) => f.id).sort()).toEqual([...c.unsuitable].sort());
    for (const form of result.unsuitable) expect(form.exclusions.length, form.id).toBeGreaterThan(0);
  });

  it('never ranks a closed form', () => {
    for (const id of CLOSED_IDS) expect(ranked).not.toContain(id);
    expect(result.closed.map((f) => f.id)).toEqual(CLOSED_IDS);
  });

  if (c.pointedTo) {
    it(`points to exactly these closed forms: ${c.pointedTo.join(', ') || 'none'}`, () => {
      expect(
        result.closed
          .filter((f) => f.pointedTo)
          .map((f) => f.id)
          .sort(),
      ).toEqual([...c.pointedTo!].sort());
    });
  }
});

describe('decision guide, step 4 (fact sheet section 3)', () => {
  const delegatedToMany: Answers = {
    ...NEUTRAL,
    aufgabenfeld: 'querschnitt',
    'aufgabe-geht-ueber': 'delegation',
    'hoheitliche-befugnisse': 'nein',
    marktaktivitaet: 'nein',
    'anzahl-partner': 'fuenf-und-mehr',
    'eigene-organisation': 'nein',
    investitionen: 'nein',
    entscheidungen: 'gleichberechtigt',
    dauer: 'unbefristet',
    ausstieg: 'geregelt',
  };

  it('with own staff, assets and budget a Zweckverband clearly beats the delegating Zweckvereinbarung', () => {
    const ranked = rank({ ...delegatedToMany, 'eigene-organisation': 'ja' }).ranked;
    expect(ranked[0]!.id).toBe('zweckverband');
    expect(ranked[0]!.fit).toBeGreaterThan(ranked.find((f) => f.id === 'zweckvereinbarung-delegierend')!.fit);
  });

  // Decision guide step 4: the task passes, many partners, equal say, long-term → Zweckverband.
  it('without own staff, many equal partners on a long-term task point to a Zweckverband', () => {
    const ranked = rank(delegatedToMany).ranked;
    expect(ranked[0]!.id).toBe('zweckverband');
    expect(ranked[0]!.fit).toBeGreaterThan(ranked.find((f) => f.id === 'zweckvereinbarung-delegierend')!.fit);
  });
});

describe('sovereign powers', () => {
  it('make a private-law company unsuitable, with the reason', () => {
    const result = rank(rechtsformOf('standesamt'));
    const company = result.unsuitable.find((f) => f.id === 'privatrechtliche-gesellschaft');
    expect(company).toBeDefined();
    expect(company!.exclusions).toHaveLength(1);
    expect(company!.exclusions[0]).toMatch(/Hoheitliche Befugnisse/);
    expect(result.ranked.map((f) => f.id)).not.toContain('privatrechtliche-gesellschaft');
  });

  it('leave a private-law company suitable when there are none', () => {
    const result = rank({ ...rechtsformOf('standesamt'), 'hoheitliche-befugnisse': 'nein' });
    expect(result.ranked.map((f) => f.id)).toContain('privatrechtliche-gesellschaft');
  });
});

describe('closed forms wished in formwunsch', () => {
  it.each([
    [['verwaltungsverband'], ['verwaltungsverband', 'verwaltungsgemeinschaft']],
    [['anstalt'], ['anstalt-oeffentlichen-rechts']],
    [['anstalt', 'zweckverband'], ['anstalt-oeffentlichen-rechts']],
  ])('formwunsch %j points to %j and ranks neither', (wish, expected) => {
    const result = rank({ ...rechtsformOf('it-verbund'), formwunsch: wish });
    expect(
      result.closed
        .filter((f) => f.pointedTo)
        .map((f) => f.id)
        .sort(),
    ).toEqual([...expected].sort());
    for (const id of CLOSED_IDS) expect(result.ranked.map((f) => f.id)).not.toContain(id);
    for (const notice of result.closed.filter((f) => f.pointedTo)) {
      expect(notice.why.length, notice.id).toBeGreaterThan(20);
      expect(notice.instead.length, notice.id).toBeGreaterThan(20);
    }
  });

  it('a Gemeinde whose Verwaltungsverband already does the task is pointed to the Verband', () => {
    const result = rank({
      ...rechtsformOf('standesamt'),
      'verwaltungsverband-mitglied': 'verwaltungsverband',
      'aufgabe-beim-verband': 'ja',
    });
    expect(result.closed.filter((f) => f.pointedTo).map((f) => f.id)).toEqual(['verwaltungsverband']);
  });
});

describe('approving authority', () => {
  const authorities = data.approvingAuthority;
  const SMI = authorities.findIndex((a) => /Staatsministerium des Innern/.test(a.authority));
  const LDS = authorities.findIndex((a) => /Landesdirektion/.test(a.authority) && !a.unverified);
  const LDS_UNVERIFIED = authorities.findIndex((a) => /Landesdirektion/.test(a.authority) && a.unverified);
  const LANDRATSAMT = authorities.findIndex((a) => /Landratsamt/.test(a.authority) && !a.when);

  it('the file names the four authorities of the fact sheet', () => {
    expect([SMI, LDS, LDS_UNVERIFIED, LANDRATSAMT].every((i) => i >= 0)).toBe(true);
    expect(new Set([SMI, LDS, LDS_UNVERIFIED, LANDRATSAMT]).size).toBe(4);
  });

  it.each([
    ['a partner outside Saxony', ['gemeinden-gleicher-landkreis', 'ausserhalb-sachsens'], SMI],
    ['the Freistaat', ['land-oder-bund'], SMI],
    ['a Landkreis and a partner outside Saxony', ['landkreis', 'ausserhalb-sachsens'], SMI],
    ['a Landkreis', ['gemeinden-gleicher-landkreis', 'landkreis'], LDS],
    ['Gemeinden of several Landkreise', ['gemeinden-mehrerer-landkreise'], LDS],
    ['a kreisfreie Stadt', ['kreisfreie-stadt'], LDS_UNVERIFIED],
    ['only Gemeinden of the same Landkreis', ['gemeinden-gleicher-landkreis'], LANDRATSAMT],
  ])('with %s: entry %#', (_who, partnerart, index) => {
    const { approvingAuthority } = rank({ ...rechtsformOf('standesamt'), partnerart });
    expect(approvingAuthority.authority).toBe(authorities[index]!.authority);
    expect(approvingAuthority.unverified).toBe(index === LDS_UNVERIFIED);
    expect(approvingAuthority.references).toContain('saechskomzg-74');
  });
});

describe('a kreisfreie Stadt assessing itself', () => {
  it('is approved like a cooperation with a kreisfreie Stadt, not by a Landratsamt', () => {
    const a = scenario('standesamt');
    const inLandkreis = buildReport(content, a, SCENARIO_DATE).legalForms.approvingAuthority.authority;
    a.meta.landkreis = 'Leipzig (kreisfreie Stadt)';
    const city = buildReport(content, a, SCENARIO_DATE).legalForms.approvingAuthority;
    expect(inLandkreis).toMatch(/Landratsamt/);
    expect(city.authority).toMatch(/Landesdirektion/);
    expect(city.unverified).toBe(true);
  });
});
