// The part of the `hyphen` package (German patterns of the reformed orthography) that the PDF
// uses; the package ships no types.
declare module 'hyphen/de' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
