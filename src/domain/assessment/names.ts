// Names people type (municipality, label, partners, items) and names made from them for files.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name as it is kept: without bidirectional control characters, which could make a name read
 * differently in the app than in the PDF (where they are dropped) or hide part of it.
 */
export function cleanName(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** ASCII for file names: umlauts spelt out, accents dropped, everything else a hyphen. */
export function asciiName(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The local calendar day of `date` as JJJJ-MM-TT, for file names. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Who a file is about, for its name: the one municipality (ASCII), "mehrere-Gemeinden" or "ohne-Namen". */
export function fileNameSubject(municipalities: string[], count = municipalities.length): string {
  const names = [...new Set(municipalities.map((m) => asciiName(m.trim())).filter((n) => n !== ''))];
  return names.length > 1 || (names.length === 0 && count > 1) ? 'mehrere-Gemeinden' : (names[0] ?? 'ohne-Namen');
}
