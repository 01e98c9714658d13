// rankLegalForms (src/domain/verdicts/legalForms.ts) on the real questionnaires/legal-forms.yaml: the example
// cases of the decision guide in the SächsKomZG fact sheet (section 3), closed forms and the approving
// authority (section 2).
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Response } from '../../src/domain/assessment/assessment';
import { PARTNER_KIND, rankLegalForms, type LegalFormRanking } from '../../src/domain/verdicts/legalForms';
import { checkQuestionNeeds } from '../../src/domain/content/contract';
import type { Content } from '../../src/domain/content/schema';
import { buildReport } from '../../src/domain/report/report';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';
import { loadRealContent } from './answers';

const content: Content = loadRealContent();
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
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'privatrechtliche-gesellschaft', 'gemeindezusammenschluss'],
    pointedTo: [],
  },
  {
    name: 'five Gemeinden run a joint IT service with own staff, assets and budget (scenario it-verbund)',
    answers: rechtsformOf('it-verbund'),
    first: 'zweckverband',
    below: ['zweckvereinbarung-delegierend', 'privatrechtliche-gesellschaft', 'gemeinsame-dienststelle'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'gemeindezusammenschluss'],
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
    // Landkreis and Gemeinden as a rule hold different tasks: no delegation between them.
    unsuitable: ['zweckvereinbarung-delegierend', 'gemeindezusammenschluss'],
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
    unsuitable: ['gemeindezusammenschluss'],
  },
  {
    name: 'a Bauhof mows for the neighbour with a mark-up, no sovereign powers (scenario bauhof)',
    answers: rechtsformOf('bauhof'),
    // Fact sheet 3.2: competence stays (not B) → mandating Zweckvereinbarung; easy exit, short term.
    first: 'zweckvereinbarung-mandatierend',
    below: ['privatrechtliche-gesellschaft', 'zweckvereinbarung-delegierend', 'zweckverband'],
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'gemeindezusammenschluss'],
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
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'gemeindezusammenschluss'],
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
    unsuitable: ['privatrechtliche-gesellschaft', 'arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'gemeindezusammenschluss'],
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
    unsuitable: ['zweckvereinbarung-delegierend', 'arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'privatrechtliche-gesellschaft', 'gemeindezusammenschluss'],
    pointedTo: [],
  },
  {
    name: 'a Standesamt delegated between a Landkreis and a Gemeinde',
    answers: { ...rechtsformOf('standesamt'), partnerart: ['landkreis'] },
    first: 'zweckvereinbarung-mandatierend',
    // Possible only where both hold the task (e.g. a Große Kreisstadt): the reason says so.
    unsuitable: ['zweckvereinbarung-delegierend', 'arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'privatrechtliche-gesellschaft', 'gemeindezusammenschluss'],
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
    // Independent Gemeinden: a merger is not among the options; sovereign powers rule out a company.
    unsuitable: ['arbeitsgemeinschaft', 'oeffentlich-rechtlicher-vertrag', 'privatrechtliche-gesellschaft', 'gemeindezusammenschluss'],
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
  const CROSS_BORDER = authorities.findIndex((a) => /Bayern, Sachsen-Anhalt, Thüringen oder Brandenburg/.test(a.authority));
  const SMI = authorities.findIndex((a) => /^Sächsisches Staatsministerium des Innern/.test(a.authority));
  const LDS = authorities.findIndex((a) => /Landesdirektion/.test(a.authority) && !a.openQuestion);
  const LDS_OPEN = authorities.findIndex((a) => /Landesdirektion/.test(a.authority) && a.openQuestion);
  const LANDRATSAMT = authorities.findIndex((a) => /Landratsamt/.test(a.authority) && !a.when);

  it('the file names the five cases of § 74 SächsKomZG and the state treaties', () => {
    expect([CROSS_BORDER, SMI, LDS, LDS_OPEN, LANDRATSAMT].every((i) => i >= 0)).toBe(true);
    expect(new Set([CROSS_BORDER, SMI, LDS, LDS_OPEN, LANDRATSAMT]).size).toBe(5);
    // Only the open case says so, and it names whom to ask.
    expect(authorities[LDS_OPEN]!.openQuestion).toMatch(/rechtlich nicht abschließend geklärt.*Fragen Sie die Landesdirektion/);
    expect(authorities.filter((a) => a.openQuestion)).toHaveLength(1);
  });

  it.each([
    ['a partner outside Saxony', ['gemeinden-gleicher-landkreis', 'ausserhalb-sachsens'], CROSS_BORDER],
    ['the Freistaat', ['land-oder-bund'], SMI],
    ['a Landkreis and a partner outside Saxony', ['landkreis', 'ausserhalb-sachsens'], CROSS_BORDER],
    ['a Landkreis', ['gemeinden-gleicher-landkreis', 'landkreis'], LDS],
    ['Gemeinden of several Landkreise', ['gemeinden-mehrerer-landkreise'], LDS],
    ['a kreisfreie Stadt', ['kreisfreie-stadt'], LDS_OPEN],
    ['only Gemeinden of the same Landkreis', ['gemeinden-gleicher-landkreis'], LANDRATSAMT],
  ])('with %s: entry %#', (_who, partnerart, index) => {
    const { approvingAuthority } = rank({ ...rechtsformOf('standesamt'), partnerart });
    expect(approvingAuthority.authority).toBe(authorities[index]!.authority);
    expect(approvingAuthority.openQuestion !== undefined).toBe(index === LDS_OPEN);
    expect(approvingAuthority.references).toContain('saechskomzg-74');
  });

  it('names the treaties with all four neighbouring Länder for partners outside Saxony', () => {
    const { approvingAuthority } = rank({ ...rechtsformOf('standesamt'), partnerart: ['ausserhalb-sachsens'] });
    expect(approvingAuthority.authority).toMatch(/Einvernehmen mit dem anderen Land/);
    expect(approvingAuthority.references).toContain('saechskomzg-81');
  });

  it('is named only "falls genehmigungspflichtig" when the best form needs no approval', () => {
    expect(rank(rechtsformOf('bauhof')).ranked[0]!.id).toBe('zweckvereinbarung-mandatierend');
    expect(rank(rechtsformOf('bauhof')).approvingAuthority.onlyIfApprovalNeeded).toBe(true);
    expect(rank(rechtsformOf('standesamt')).approvingAuthority.onlyIfApprovalNeeded).toBe(false);
  });

  it('comes with the council competence of § 28 Abs. 2 Nr. 21 SächsGemO', () => {
    const { councilDecision } = rank(rechtsformOf('standesamt'));
    expect(councilDecision.text).toMatch(/allein der Gemeinderat/);
    expect(councilDecision.references).toEqual(['saechsgemo-28-2-21']);
  });
});

describe('corrections of the legal review (December 2026)', () => {
  const standesamt = rechtsformOf('standesamt');
  const fitOf = (answers: Answers, id: string) => {
    const r = rank(answers);
    return [...r.ranked, ...r.unsuitable].find((f) => f.id === id)!;
  };

  it.each([
    ['nein', true],
    ['gemeinsame-verwaltung', true],
    ['gemeindezusammenschluss', false],
    ['weiss-nicht', false],
  ])('a merger is unsuitable when the Gemeinden want to stay independent (zusammenschluss = %s: %s)', (answer, unsuitable) => {
    const result = rank({ ...standesamt, zusammenschluss: answer });
    expect(result.unsuitable.some((f) => f.id === 'gemeindezusammenschluss')).toBe(unsuitable);
  });

  it('a merger never ranks above the cooperation forms when it is still open', () => {
    const ranked = rank({ ...NEUTRAL, zusammenschluss: 'weiss-nicht' }).ranked.map((f) => f.id);
    const merger = ranked.indexOf('gemeindezusammenschluss');
    for (const form of ['zweckverband', 'zweckvereinbarung-mandatierend', 'gemeinsame-dienststelle']) {
      expect(ranked.indexOf(form), form).toBeLessThan(merger);
    }
  });

  it('a common administration of independent Gemeinden also names mandating agreements and the common office', () => {
    const answers = { ...standesamt, zusammenschluss: 'gemeinsame-verwaltung' };
    for (const id of ['zweckvereinbarung-mandatierend', 'gemeinsame-dienststelle', 'zweckverband']) {
      expect(fitOf(answers, id).reasonsFor.join(' '), id).toMatch(/gemeinsame(n)? Verwaltung|gemeinsamen Verwaltung/);
    }
  });

  it.each([
    ['unbefristet', -2],
    ['langfristig', -1],
    ['befristet-kurz', 0],
  ])('a fixed term ends by itself: "exit very important" with dauer = %s costs the delegating agreement %i', (dauer, points) => {
    const base = fitOf({ ...standesamt, dauer, ausstieg: 'geregelt' }, 'zweckvereinbarung-delegierend').points;
    const exit = fitOf({ ...standesamt, dauer, ausstieg: 'sehr-wichtig' }, 'zweckvereinbarung-delegierend').points;
    expect(exit - base).toBe(points);
  });

  it('delegation between Landkreis and Gemeinde is not called impossible: the reason names the exceptions and whom to ask', () => {
    const form = rank({ ...standesamt, partnerart: ['landkreis'] }).unsuitable.find((f) => f.id === 'zweckvereinbarung-delegierend')!;
    expect(form.exclusions.join(' ')).toMatch(/Große Kreisstadt.*Landesdirektion Sachsen/);
  });

  it('no text of the legal forms says "bitte im Einzelfall prüfen" or "nicht gesichert"', () => {
    const texts = JSON.stringify(data);
    expect(texts).not.toMatch(/bitte im Einzelfall prüfen|nicht gesichert/);
  });

  it('no text says "zeitweise" for staff provided under § 71 Abs. 2 Satz 3 SächsKomZG (it is "zeitanteilig")', () => {
    expect(JSON.stringify(data)).not.toMatch(/zeitweise/);
    expect(JSON.stringify(data)).toMatch(/zeitanteilig/);
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
    expect(city.openQuestion).toMatch(/Landesdirektion/);
  });
});

describe('reasons for and against', () => {
  const criteria = new Map(data.forms.flatMap((f) => f.fit.map((c) => [`${f.id}|${c.reason}`, c.points] as const)));

  it.each(CASES.map((c) => [c.name, c] as const))('%s: positive criteria give reasons for, negative ones reasons against', (_name, c) => {
    const result = rank(c.answers);
    for (const form of [...result.ranked, ...result.unsuitable]) {
      for (const reason of form.reasonsFor) expect(criteria.get(`${form.id}|${reason}`), reason).toBeGreaterThan(0);
      for (const reason of form.reasonsAgainst) expect(criteria.get(`${form.id}|${reason}`), reason).toBeLessThan(0);
      expect(form.fit).toBe(Math.max(0, Math.min(100, 50 + 10 * form.points)));
    }
  });

  it('the Standesamt case has reasons on both sides', () => {
    const all = [...rank(rechtsformOf('standesamt')).ranked];
    expect(all.some((f) => f.reasonsFor.length > 0)).toBe(true);
    expect(all.some((f) => f.reasonsAgainst.length > 0)).toBe(true);
  });

  it('no criterion has zero points: it would be a reason neither for nor against', () => {
    for (const form of data.forms) for (const c of form.fit) expect(c.points, `${form.id}: ${c.reason}`).not.toBe(0);
  });
});

describe('basis: share of the shown questions answered with something other than "weiß nicht"', () => {
  const withText = structuredClone(questionnaire);
  withText.sections[0]!.questions.push({ id: 'anmerkung', type: 'text', text: 'Anmerkung' } as (typeof withText.sections)[0]['questions'][0]);
  const basisOf = (answers: Answers, q = questionnaire) => rankLegalForms(data, q, { answers, items: {}, notes: {} }).basis;

  it.each<[string, Answers, number]>([
    ['nothing answered', {}, 0],
    ['scenario it-verbund, every shown question answered', rechtsformOf('it-verbund'), 100],
    ['scenario bauhof, every shown question answered', rechtsformOf('bauhof'), 100],
    ['it-verbund with "weiß nicht" on the duration', { ...rechtsformOf('it-verbund'), dauer: 'weiss-nicht' }, (100 * 21) / 22],
    ['it-verbund with an empty multiple choice', { ...rechtsformOf('it-verbund'), formwunsch: [] }, (100 * 21) / 22],
    ['it-verbund with a blank answer', { ...rechtsformOf('it-verbund'), dauer: '  ' }, (100 * 21) / 22],
  ])('%s → %d %%', (_name, answers, basis) => {
    expect(basisOf(answers)).toBeCloseTo(basis, 6);
  });

  it('a free-text question does not count', () => {
    expect(basisOf(rechtsformOf('it-verbund'), withText)).toBe(100);
  });

  it('"weiß nicht" ticked in a multiple choice counts as not answered', () => {
    const withUnknown = structuredClone(questionnaire);
    const formwunsch = withUnknown.sections.flatMap((s) => s.questions).find((q) => q.id === 'formwunsch')!;
    if (formwunsch.type !== 'multiple') throw new Error('formwunsch is a multiple choice');
    formwunsch.options.push({ value: 'weiss-nicht', label: 'Weiß nicht', kind: 'unknown' });
    expect(basisOf({ ...rechtsformOf('it-verbund'), formwunsch: ['weiss-nicht'] }, withUnknown)).toBeCloseTo((100 * 21) / 22, 6);
  });
});

describe('the one answer the code reads itself', () => {
  it('is declared against the real questionnaire: Rechtsform, section partner, a multiple choice with "kreisfreie Stadt"', () => {
    expect(checkQuestionNeeds([PARTNER_KIND], content.questionnaires, (id) => id)).toEqual([]);
  });
});
