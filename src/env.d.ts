/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module 'virtual:ikz-content' {
  const content: import('./domain/content/schema.ts').Content;
  export default content;
}

declare module 'virtual:ikz-content-pieces' {
  const pieces: import('./domain/content/pieces.ts').ContentPiece[];
  export default pieces;
}

declare module 'virtual:ikz-content-summary' {
  const summary: { id: string; title: string; estimatedMinutes?: number; kind?: 'bewertung' | 'zahlen' }[];
  export default summary;
  /** ISO date up to which the law in the content was checked ("Rechtsstand"). */
  export const legalStatus: string;
}

declare module 'virtual:ikz-fonts.css';

/** Fira Sans regular and bold as TrueType (base64), for embedding in a PDF with jsPDF's addFileToVFS. */
declare module 'virtual:ikz-pdf-fonts' {
  const fonts: Record<'FiraSans-Regular' | 'FiraSans-Bold', string>;
  export default fonts;
}
