// Vite plugin: `import 'virtual:ikz-fonts.css'` gives the @font-face rules of the subset KERN faces
// (see fonts.ts), and the built index.html preloads the faces of the start page. The subsets are
// made at build time from the KERN package; nothing binary is committed.
// `virtual:ikz-pdf-fonts` offers the same characters as TrueType (base64) for jsPDF, lazily.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { FACES, PDF_FACES, subsetFaces } from './fonts.ts';

const CSS_ID = 'virtual:ikz-fonts.css';
const PDF_ID = 'virtual:ikz-pdf-fonts';
const RESOLVED_PDF_ID = `\0${PDF_ID}`;

export function fontPlugin(root: string): Plugin {
  const cacheDir = join(root, 'node_modules/.cache/ikz-fonts');
  const cssFile = join(cacheDir, 'fira-sans.css');
  return {
    name: 'ikz-fonts',
    async buildStart() {
      const files = await subsetFaces(root, cacheDir, FACES.map((f) => f.file), 'woff2');
      const rules = FACES.map(
        (face) => `@font-face {
  font-family: 'Fira Sans';
  src: url('./${relative(cacheDir, files.get(face.file)!)}') format('woff2');
  font-weight: ${face.weight};
  font-style: ${face.style};
  font-display: swap;
}`,
      );
      writeFileSync(cssFile, `${rules.join('\n')}\n`);
    },
    resolveId(id) {
      if (id === CSS_ID) return cssFile;
      return id === PDF_ID ? RESOLVED_PDF_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_PDF_ID) return undefined;
      const files = await subsetFaces(root, cacheDir, PDF_FACES, 'truetype');
      const entries = PDF_FACES.map((face) => `  ${JSON.stringify(face)}: ${JSON.stringify(readFileSync(files.get(face)!).toString('base64'))},`);
      return `export default {\n${entries.join('\n')}\n};\n`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const assets = Object.values(bundle).filter((file) => file.type === 'asset');
        return FACES.filter((face) => face.preload).map((face) => {
          const asset = assets.find((a) => a.names.includes(`${face.file}.woff2`));
          if (!asset) throw new Error(`Schrift ${face.file} fehlt im Build`);
          return {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head',
          };
        });
      },
    },
  };
}
