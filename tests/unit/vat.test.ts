// The § 2b UStG test (src/domain/verdicts/vat.ts) against the real questionnaire questionnaires/40-umsatzsteuer.yaml:
// one table row per branch of the test order, the example cases of the fact sheet, and the
// transition text.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import type { Response } from '../../src/domain/assessment/assessment.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import type { Content } from '../../src/domain/content/schema.ts';
import { assessVat, worstRisk, type VatRisk, type VatServiceVerdict } from '../../src/domain/verdicts/vat.ts';

function loadRealContent(): Content {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { content, issues } = loadContent(join(root, 'questionnaires'), root);
  if (!content) throw new Error(`Fragebögen ungültig:\n${issues.map(describeIssue).join('\n')}`);
  return content;
}

const content = loadRealContent();
const questionnaire = content.questionnaires.find((q) => q.id === 'umsatzsteuer')!;
const settings = { ...content.settings, vat: { ...content.settings.vat, fullApplicationFrom: '2027-01-01' } };
const referenceIds = new Set(content.references.map((r) => r.id));
const DATE = '2026-11-25';

type Answers = Record<string, string>;

function response(services: Answers[], answers: Answers = {}): Response {
  return {
    answers,
    items: { leistungen: services.map((a, i) => ({ id: `l${i + 1}`, name: `Leistung ${i + 1}`, answers: a })) },
    notes: {},
  };
}

function verdict(answers: Answers): VatServiceVerdict {
  return assessVat(questionnaire, response([answers]), settings, DATE).services[0]!;
}

/** A service on a public-law basis that gets past every privilege and is bought from private firms too. */
const PUBLIC: Answers = {
  leistungsaustausch: 'gegen-entgelt',
  rechtsgrundlage: 'oeffentlich-rechtlich',
  'sonderfall-abs4': 'nein',
  uebertragungsart: 'einzelleistung',
  vorbehalt: 'nein',
  hilfstaetigkeit: 'nein',
  jahresbetrag: '50.000',
  'steuerfrei-bei-privaten': 'nein',
  laufzeit: 'unter-5-jahre',
  'gemeinsame-aufgabe': 'ja',
  kostenerstattung: 'nur-kosten',
  abnehmer: 'nur-oeffentliche',
  'private-anbieter': 'ja',
  kostenteilung: 'nein',
};
/** As PUBLIC, but conditions a–d of § 2b Abs. 3 Nr. 2 UStG all hold. */
const COOPERATION: Answers = { ...PUBLIC, laufzeit: 'mind-5-jahre' };

interface Row {
  name: string;
  answers: Answers;
  risk: VatRisk;
  /** Id of the deciding step (the last one before the exemption check). */
  decidedBy: string;
  euCaveat?: boolean;
  /** Question whose clarification text must appear in toClarify (matched by a word of it). */
  clarify?: RegExp;
}

const branches: Row[] = [
  // Step 1 – Leistungsaustausch
  {
    name: 'kein Leistungsaustausch (Zuschuss/Umlage)',
    answers: { ...PUBLIC, leistungsaustausch: 'zuschuss-umlage' },
    risk: 'gering',
    decidedBy: 'leistungsaustausch',
  },
  {
    name: 'Umlage an Zweckverband, sonst steuerpflichtig → unklar',
    answers: { ...PUBLIC, leistungsaustausch: 'umlage-zweckverband' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /Umlage an den Zweckverband/,
  },
  // Step 2 – private law
  {
    name: 'privatrechtlicher Vertrag',
    answers: { ...PUBLIC, rechtsgrundlage: 'privatrechtlich', jahresbetrag: '5.000' },
    risk: 'hoch',
    decidedBy: 'privatrecht',
  },
  // Step 3 – § 2b Abs. 4
  {
    name: 'Abs. 4: Vermessung/Kataster',
    answers: { ...PUBLIC, 'sonderfall-abs4': 'vermessung', jahresbetrag: '5.000' },
    risk: 'hoch',
    decidedBy: 'abs4',
  },
  {
    name: 'Abs. 4: EU-Liste möglich, sonst unter 17.500 → unklar',
    answers: { ...PUBLIC, 'sonderfall-abs4': 'versorgung-verkehr', jahresbetrag: '5.000' },
    risk: 'unklar',
    decidedBy: 'grenze-17500',
    clarify: /Anhang I/,
  },
  {
    name: 'Abs. 4: EU-Liste möglich, ohnehin steuerpflichtig → hoch',
    answers: { ...PUBLIC, 'sonderfall-abs4': 'versorgung-verkehr' },
    risk: 'hoch',
    decidedBy: 'wettbewerb',
  },
  // Step 4 – reserved by statute / delegation
  {
    name: 'delegierende Zweckvereinbarung',
    answers: { ...PUBLIC, uebertragungsart: 'delegation' },
    risk: 'gering',
    decidedBy: 'vorbehalt',
  },
  {
    name: 'Vorbehaltsaufgabe (Abs. 3 Nr. 1)',
    answers: { ...PUBLIC, vorbehalt: 'ja' },
    risk: 'gering',
    decidedBy: 'vorbehalt',
  },
  {
    name: 'Mandat, nicht vorbehalten → weiter bis Wettbewerb',
    answers: { ...PUBLIC, uebertragungsart: 'mandat' },
    risk: 'hoch',
    decidedBy: 'wettbewerb',
  },
  // Step 5 – 17,500 EUR
  {
    name: 'unter 17.500 Euro',
    answers: { ...PUBLIC, jahresbetrag: '8.000' },
    risk: 'gering',
    decidedBy: 'grenze-17500',
  },
  {
    name: 'knapp unter 17.500 Euro → mittel',
    answers: { ...PUBLIC, jahresbetrag: '16.000' },
    risk: 'mittel',
    decidedBy: 'grenze-17500',
    euCaveat: false,
  },
  {
    name: 'genau 17.500 Euro → noch nicht steuerbar',
    answers: { ...PUBLIC, jahresbetrag: '17500' },
    risk: 'mittel',
    decidedBy: 'grenze-17500',
  },
  {
    name: 'über 17.500 Euro → weiter',
    answers: { ...PUBLIC, jahresbetrag: '17.501' },
    risk: 'hoch',
    decidedBy: 'wettbewerb',
  },
  // Step 6 – Abs. 2 Nr. 2
  {
    name: 'Abs. 2 Nr. 2: bei Privaten steuerfrei',
    answers: { ...PUBLIC, 'steuerfrei-bei-privaten': 'ja' },
    risk: 'gering',
    decidedBy: 'abs2-nr2',
  },
  {
    name: 'Abs. 2 Nr. 2: Verzicht möglich → greift nicht, Befreiung aber möglich',
    answers: { ...PUBLIC, 'steuerfrei-bei-privaten': 'mit-verzicht' },
    risk: 'mittel',
    decidedBy: 'wettbewerb',
  },
  // Step 7 – Abs. 3 Nr. 2
  {
    name: 'Abs. 3 Nr. 2 erfüllt, Private ausgeschlossen → mittel mit EU-Vorbehalt',
    answers: { ...COOPERATION, 'private-anbieter': 'nein-ausgeschlossen' },
    risk: 'mittel',
    decidedBy: 'abs3-nr2',
    euCaveat: true,
  },
  {
    name: 'Abs. 3 Nr. 2 erfüllt, bisher kein privater Anbieter → mittel mit EU-Vorbehalt',
    answers: { ...COOPERATION, 'private-anbieter': 'nein-bisher' },
    risk: 'mittel',
    decidedBy: 'abs3-nr2',
    euCaveat: true,
  },
  {
    name: 'Abs. 3 Nr. 2 erfüllt, aber Hilfstätigkeit → hoch',
    answers: { ...COOPERATION, hilfstaetigkeit: 'ja', 'private-anbieter': 'nein-bisher' },
    risk: 'hoch',
    decidedBy: 'abs3-nr2',
    euCaveat: false,
  },
  { name: 'Abs. 3 Nr. 2 erfüllt, aber marktgängig → hoch', answers: COOPERATION, risk: 'hoch', decidedBy: 'abs3-nr2' },
  {
    name: 'Abs. 3 Nr. 2: Gemeinkosten unsicher, Private ausgeschlossen → mittel',
    answers: { ...COOPERATION, kostenerstattung: 'mit-gemeinkosten', 'private-anbieter': 'nein-ausgeschlossen' },
    risk: 'mittel',
    decidedBy: 'wettbewerb',
    euCaveat: true,
  },
  {
    name: 'Abs. 3 Nr. 2: Gemeinkosten unsicher, bisher kein Privater → unklar',
    answers: { ...COOPERATION, kostenerstattung: 'mit-gemeinkosten', 'private-anbieter': 'nein-bisher' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /Gemeinkosten/,
  },
  {
    name: 'Abs. 3 Nr. 2: Aufschlag → allgemeine Prüfung',
    answers: { ...COOPERATION, kostenerstattung: 'mit-aufschlag' },
    risk: 'hoch',
    decidedBy: 'wettbewerb',
  },
  // Step 8 – general competition test
  { name: 'Wettbewerb: private Anbieter vorhanden → hoch', answers: PUBLIC, risk: 'hoch', decidedBy: 'wettbewerb' },
  {
    name: 'Wettbewerb: Private ausgeschlossen → mittel',
    answers: { ...PUBLIC, 'private-anbieter': 'nein-ausgeschlossen' },
    risk: 'mittel',
    decidedBy: 'wettbewerb',
    euCaveat: true,
  },
  {
    name: 'Wettbewerb: bisher kein Privater → unklar',
    answers: { ...PUBLIC, 'private-anbieter': 'nein-bisher' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
  },
  {
    name: 'Wettbewerb: Hilfstätigkeit ohne Angabe zu Privaten → hoch',
    answers: { ...PUBLIC, hilfstaetigkeit: 'ja', 'private-anbieter': 'weiss-nicht' },
    risk: 'hoch',
    decidedBy: 'wettbewerb',
  },
  // "Weiß nicht" and gaps
  {
    name: 'weiß nicht: Rechtsgrundlage, sonst unter 17.500 → unklar',
    answers: { ...PUBLIC, rechtsgrundlage: 'weiss-nicht', jahresbetrag: '8.000' },
    risk: 'unklar',
    decidedBy: 'grenze-17500',
    clarify: /öffentlich-rechtlichen Vereinbarung/,
  },
  {
    name: 'weiß nicht: Leistungsaustausch bei privatem Vertrag → unklar',
    answers: { ...PUBLIC, leistungsaustausch: 'weiss-nicht', rechtsgrundlage: 'privatrechtlich' },
    risk: 'unklar',
    decidedBy: 'privatrecht',
    clarify: /Zuschuss/,
  },
  {
    name: 'weiß nicht: Jahresbetrag bei sonst steuerpflichtiger Leistung → unklar',
    answers: { ...PUBLIC, jahresbetrag: 'weiss-nicht' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /17\.500/,
  },
  {
    name: 'weiß nicht: Delegation oder Vorbehalt offen → unklar',
    answers: { ...PUBLIC, uebertragungsart: 'weiss-nicht' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /delegierende Zweckvereinbarung/,
  },
  {
    name: 'weiß nicht: private Anbieter → unklar',
    answers: { ...PUBLIC, 'private-anbieter': 'weiss-nicht' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /privaten Unternehmen/,
  },
  {
    name: 'weiß nicht: Abs. 2 Nr. 2 → unklar',
    answers: { ...PUBLIC, 'steuerfrei-bei-privaten': 'weiss-nicht' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /steuerfrei/,
  },
  { name: 'nichts beantwortet → unklar', answers: {}, risk: 'unklar', decidedBy: 'wettbewerb', clarify: /bezahlt/ },
  {
    name: 'Zahl unlesbar → wie fehlend',
    answers: { ...PUBLIC, jahresbetrag: 'etwa zehntausend' },
    risk: 'unklar',
    decidedBy: 'wettbewerb',
    clarify: /17\.500/,
  },
];

describe('assessVat: Zweige der Prüfreihenfolge', () => {
  it.each(branches)('$name', (row) => {
    const v = verdict(row.answers);
    expect(v.risk).toBe(row.risk);
    const chain = v.steps.map((s) => s.id).filter((id) => id !== 'befreiung');
    expect(chain.at(-1)).toBe(row.decidedBy);
    if (row.euCaveat !== undefined) expect(v.euCaveat).toBe(row.euCaveat);
    if (row.clarify) expect(v.toClarify.some((t) => row.clarify!.test(t))).toBe(true);
    if (row.risk === 'unklar') expect(v.toClarify.length).toBeGreaterThan(0);
    // Every step and every mitigation cites only registered references and says something.
    for (const step of v.steps) {
      expect(step.finding.length).toBeGreaterThan(20);
      for (const id of step.references) expect(referenceIds, `${step.id}: ${id}`).toContain(id);
    }
    for (const m of v.mitigations) for (const id of m.references) expect(referenceIds, id).toContain(id);
    expect(v.conclusion).toMatch(/\.$/);
  });

  it('folgt der Reihenfolge des Faktenblatts, bis ein Schritt entscheidet', () => {
    expect(verdict(PUBLIC).steps.map((s) => s.id)).toEqual([
      'leistungsaustausch',
      'privatrecht',
      'abs4',
      'vorbehalt',
      'grenze-17500',
      'abs2-nr2',
      'abs3-nr2',
      'wettbewerb',
      'befreiung',
    ]);
    expect(verdict({ ...PUBLIC, jahresbetrag: '8.000' }).steps.map((s) => s.id)).toEqual([
      'leistungsaustausch',
      'privatrecht',
      'abs4',
      'vorbehalt',
      'grenze-17500',
    ]);
  });

  it('„weiß nicht“ führt nie zu „gering“', () => {
    const decisive = [
      'leistungsaustausch',
      'rechtsgrundlage',
      'sonderfall-abs4',
      'uebertragungsart',
      'vorbehalt',
      'jahresbetrag',
      'steuerfrei-bei-privaten',
      'private-anbieter',
    ];
    // Each "weiß nicht" that could change a taxable result: never "gering".
    for (const id of decisive) {
      const v = verdict({ ...PUBLIC, [id]: 'weiss-nicht' });
      expect(v.risk, id).not.toBe('gering');
    }
    // All answers "weiß nicht": unklar.
    const allUnknown = Object.fromEntries(Object.keys(PUBLIC).map((id) => [id, 'weiss-nicht']));
    expect(verdict(allUnknown).risk).toBe('unklar');
  });

  it('ein offener Punkt, der das Ergebnis nicht ändern kann, wird nur vermerkt', () => {
    // Under 17,500 EUR the service is not taxable whether or not the law reserves it to public bodies.
    const v = verdict({ ...PUBLIC, vorbehalt: 'weiss-nicht', jahresbetrag: '8.000' });
    expect(v.risk).toBe('gering');
    expect(v.toClarify).toEqual([]);
    expect(v.steps.find((s) => s.id === 'vorbehalt')!.finding).toMatch(/nicht entscheidend/);
  });

  it('ausgeblendete Antworten zählen nicht', () => {
    // uebertragungsart is hidden for a private-law contract; its stored "delegation" must not help.
    const v = verdict({ ...PUBLIC, rechtsgrundlage: 'privatrechtlich', uebertragungsart: 'delegation' });
    expect(v.risk).toBe('hoch');
  });

  it('eine delegierende Zweckvereinbarung gilt als öffentlich-rechtlich, auch wenn die Form offengelassen wurde', () => {
    const v = verdict({ ...PUBLIC, rechtsgrundlage: 'weiss-nicht', uebertragungsart: 'delegation' });
    expect(v.risk).toBe('gering');
    expect(v.toClarify).toEqual([]);
  });
});

describe('assessVat: Beispielfälle des Faktenblatts', () => {
  it('Standesamt per delegierender Zweckvereinbarung → gering', () => {
    const v = verdict({
      leistungsaustausch: 'gegen-entgelt',
      rechtsgrundlage: 'oeffentlich-rechtlich',
      'sonderfall-abs4': 'nein',
      uebertragungsart: 'delegation',
    });
    expect(v.risk).toBe('gering');
    expect(v.euCaveat).toBe(false);
    expect(v.steps.at(-1)!.references).toContain('saechskomzg-71-1');
    expect(v.conclusion).toMatch(/^Voraussichtlich keine Umsatzsteuer/);
    expect(v.mitigations).toEqual([]);
  });

  it('Bauhof mäht per privatrechtlichem Vertrag mit Aufschlag → hoch', () => {
    const v = verdict({
      leistungsaustausch: 'gegen-entgelt',
      rechtsgrundlage: 'privatrechtlich',
      hilfstaetigkeit: 'ja',
      jahresbetrag: '12.000',
      'steuerfrei-bei-privaten': 'nein',
      kostenerstattung: 'mit-aufschlag',
      kostenteilung: 'nein',
    });
    expect(v.risk).toBe('hoch');
    expect(v.steps.map((s) => s.id)).toEqual(['leistungsaustausch', 'privatrecht', 'befreiung']);
    expect(v.conclusion).toMatch(/privatrechtlichen Vertrag/);
    const texts = v.mitigations.map((m) => m.text).join('\n');
    expect(texts).toMatch(/öffentlich-rechtliche Grundlage/);
    expect(texts).toMatch(/12\.000 Euro/); // then the 17,500 EUR threshold would help
    expect(texts).toMatch(/delegierenden Zweckvereinbarung/);
    expect(texts).toMatch(/tatsächlichen Kosten/);
    expect(v.mitigations.find((m) => /öffentlich-rechtliche Grundlage/.test(m.text))!.caveat).toMatch(
      /Hilfstätigkeiten/,
    );
  });

  it.each([
    {
      name: 'öffentlich-rechtlich, 8.000 Euro → gering',
      answers: { ...PUBLIC, jahresbetrag: '8.000' },
      risk: 'gering' as VatRisk,
    },
    {
      name: 'privatrechtlich → hoch',
      answers: { ...PUBLIC, rechtsgrundlage: 'privatrechtlich', jahresbetrag: '8.000' },
      risk: 'hoch' as VatRisk,
    },
    {
      name: 'über 17.500 Euro, private Berater unbekannt → unklar',
      answers: { ...PUBLIC, jahresbetrag: '25.000', 'private-anbieter': 'weiss-nicht' },
      risk: 'unklar' as VatRisk,
    },
    {
      name: 'über 17.500 Euro, private Berater vorhanden → hoch',
      answers: { ...PUBLIC, jahresbetrag: '25.000' },
      risk: 'hoch' as VatRisk,
    },
  ])('Vergabestelle: $name', ({ answers, risk }) => {
    expect(verdict(answers).risk).toBe(risk);
  });

  const itCentre: Answers = {
    ...COOPERATION,
    hilfstaetigkeit: 'ja',
    jahresbetrag: '400.000',
    'private-anbieter': 'ja',
    kostenteilung: 'nein',
  };
  it('gemeinsames IT-Dienstleistungszentrum → hoch, mit Hinweis auf § 4 Nr. 29', () => {
    const v = verdict(itCentre);
    expect(v.risk).toBe('hoch');
    expect(
      v.mitigations.some((m) => m.references.includes('ustg-4-29') && /Kostenteilungsgemeinschaft/.test(m.text)),
    ).toBe(true);
  });
  it('IT-Dienstleistungszentrum als Kostenteilungsgemeinschaft (§ 4 Nr. 29) → mittel, steuerbar aber steuerfrei', () => {
    const v = verdict({ ...itCentre, kostenteilung: 'ja' });
    expect(v.risk).toBe('mittel');
    expect(v.conclusion).toMatch(/steuerfrei/);
    expect(v.steps.at(-1)).toMatchObject({ id: 'befreiung', references: expect.arrayContaining(['ustg-4-29']) });
    expect(v.mitigations.some((m) => /Kostenteilungsgemeinschaft/.test(m.text))).toBe(false);
  });
  it('IT-Dienstleistungszentrum mit Aufschlag: § 4 Nr. 29 scheidet aus → hoch', () => {
    const v = verdict({ ...itCentre, kostenteilung: 'ja', kostenerstattung: 'mit-aufschlag' });
    expect(v.risk).toBe('hoch');
    expect(v.steps.at(-1)!.finding).toMatch(/scheidet aus/);
  });

  it.each([
    {
      name: 'privatrechtlich → hoch',
      answers: { ...PUBLIC, rechtsgrundlage: 'privatrechtlich' },
      risk: 'hoch' as VatRisk,
    },
    {
      name: 'Abordnung, Aufgabe Beamten vorbehalten → mittel',
      answers: { ...PUBLIC, uebertragungsart: 'mandat', 'private-anbieter': 'nein-ausgeschlossen' },
      risk: 'mittel' as VatRisk,
    },
    {
      name: 'öffentlich-rechtlich, Private könnten liefern → hoch',
      answers: { ...PUBLIC, uebertragungsart: 'mandat' },
      risk: 'hoch' as VatRisk,
    },
  ])('Personalgestellung: $name', ({ answers, risk }) => {
    expect(verdict(answers).risk).toBe(risk);
  });
});

describe('assessVat: Maßnahmen', () => {
  it('schlägt bei geringem Risiko keine Maßnahmen vor', () => {
    expect(verdict({ ...PUBLIC, jahresbetrag: '8.000' }).mitigations).toEqual([]);
  });
  it('Laufzeit unter fünf Jahren → Laufzeit verlängern, mit Vorbehalt', () => {
    const m = verdict({ ...PUBLIC, 'private-anbieter': 'nein-bisher' }).mitigations.find((x) =>
      /fünf Jahre/.test(x.text),
    );
    expect(m).toBeDefined();
    expect(m!.caveat).toMatch(/Vermutung/);
  });
  it('knapp über 17.500 Euro → Grenze prüfen, mit Vorbehalt zum Aufteilen', () => {
    const m = verdict({ ...PUBLIC, jahresbetrag: '20.000' }).mitigations.find((x) =>
      x.references.includes('ustg-2b-2-1'),
    );
    expect(m?.caveat).toMatch(/bitte im Einzelfall prüfen/);
    expect(verdict(PUBLIC).mitigations.some((x) => x.references.includes('ustg-2b-2-1'))).toBe(false);
  });
  it('Mandat → Delegation prüfen', () => {
    const m = verdict({ ...PUBLIC, uebertragungsart: 'mandat' }).mitigations.find((x) =>
      /delegierenden Zweckvereinbarung/.test(x.text),
    );
    expect(m?.caveat).toMatch(/Genehmigung der Rechtsaufsichtsbehörde/);
  });
});

describe('assessVat: Gesamtergebnis und Übergang', () => {
  it('nimmt das schlechteste Risiko aller Leistungen; „unklar“ liegt zwischen „mittel“ und „hoch“', () => {
    expect(worstRisk([])).toBe('unklar');
    expect(worstRisk(['gering', 'mittel'])).toBe('mittel');
    expect(worstRisk(['mittel', 'unklar', 'gering'])).toBe('unklar');
    expect(worstRisk(['unklar', 'hoch'])).toBe('hoch');
    const result = assessVat(
      questionnaire,
      response([
        { ...PUBLIC, jahresbetrag: '8.000' },
        { ...PUBLIC, jahresbetrag: '16.000' },
      ]),
      settings,
      DATE,
    );
    expect(result.services.map((s) => [s.itemId, s.serviceName, s.risk])).toEqual([
      ['l1', 'Leistung 1', 'gering'],
      ['l2', 'Leistung 2', 'mittel'],
    ]);
    expect(result.overall).toBe('mittel');
    expect(assessVat(questionnaire, response([]), settings, DATE).overall).toBe('unklar');
  });

  it.each([
    { date: '2026-11-25', days: 37, text: '§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – in 37 Tagen.' },
    {
      date: '2026-11-25T23:30:00.000Z',
      days: 37,
      text: '§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – in 37 Tagen.',
    },
    { date: '2026-12-31', days: 1, text: '§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – in einem Tag.' },
    { date: '2027-01-01', days: 0, text: '§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – ab heute.' },
    { date: '2027-01-02', days: -1, text: '§ 2b UStG gilt ohne Übergang seit dem 1. Januar 2027 – seit einem Tag.' },
    { date: '2027-01-13', days: -12, text: '§ 2b UStG gilt ohne Übergang seit dem 1. Januar 2027 – seit 12 Tagen.' },
  ])('Übergang am $date: $text', ({ date, days, text }) => {
    const { transition } = assessVat(questionnaire, response([]), settings, date);
    expect(transition).toMatchObject({
      fullApplicationFrom: '2027-01-01',
      daysFromAssessment: days,
      text,
      source: settings.vat.source,
    });
  });

  it('nimmt das Datum aus settings.yaml', () => {
    const moved = { ...settings, vat: { ...settings.vat, fullApplicationFrom: '2029-01-01' } };
    const { transition } = assessVat(questionnaire, response([]), moved, '2028-12-01');
    expect(transition.text).toBe('§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2029 – in 31 Tagen.');
  });

  it.each<{ answers: Answers; status: RegExp | undefined }>([
    { answers: {}, status: undefined },
    {
      answers: { optionserklaerung: 'nein', widerruf: 'ja' },
      status: /keine Optionserklärung.*seit dem 1\. Januar 2017/,
    },
    {
      answers: { optionserklaerung: 'ja', widerruf: 'nein' },
      status: /bis zum 31\. Dezember 2026 noch das alte Recht/,
    },
    { answers: { optionserklaerung: 'ja', widerruf: 'ja' }, status: /widerrufen/ },
    { answers: { optionserklaerung: 'ja' }, status: /Offen ist, ob sie später widerrufen wurde/ },
    { answers: { optionserklaerung: 'weiss-nicht' }, status: /ist offen/ },
  ])('Status der Kommune: $answers', ({ answers, status }) => {
    const { transition } = assessVat(questionnaire, response([], answers), settings, DATE);
    if (status === undefined) expect(transition.status).toBeUndefined();
    else expect(transition.status).toMatch(status);
  });

  it('nach dem Stichtag: Übergangszeit abgelaufen', () => {
    const { transition } = assessVat(
      questionnaire,
      response([], { optionserklaerung: 'ja', widerruf: 'nein' }),
      settings,
      '2027-02-01',
    );
    expect(transition.status).toMatch(/am 31\. Dezember 2026 abgelaufen/);
  });
});
