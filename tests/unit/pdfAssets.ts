// The PDF's fonts and hyphenation as the browser loads them, for rendering PDFs in tests.
import { hyphenateSync } from 'hyphen/de';
import fonts from 'virtual:ikz-pdf-fonts';
import type { PdfAssets } from '../../src/report/pdfWriter';
import { cachedHyphenator } from '../../src/report/typography';

export const pdfAssets: PdfAssets = { fonts, hyphenate: cachedHyphenator(hyphenateSync) };
