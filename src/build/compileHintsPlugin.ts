// Vite plugin: marks the chunks whose functions almost all run when they load with V8's explicit
// compile hint (https://v8.dev/blog/explicit-compile-hints, Chromium 136 and later). V8 then compiles
// them eagerly on a background thread while the file streams in, instead of compiling each function on
// the main thread when it is first called: on a slow phone that lazy compiling was about half of the
// longest tasks while the first page loads. Other browsers read the hint as a comment.
//
// Left out are the large chunks of which one action runs only a part (the PDF and Word writers, the
// charts, the hyphenation patterns) and the questionnaires, which are data: compiling all of them
// would cost memory and background time for code that mostly never runs.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const RUN_ONLY_IN_PART = new Set(['_virtual_ikz-content', 'pdfDownload', 'docxDownload', 'charts', 'de']);

export function runsAlmostEntirely(chunkName: string): boolean {
  return !RUN_ONLY_IN_PART.has(chunkName);
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'ikz-compile-hints',
    apply: 'build',
    // After minification, which would drop the comment, and before the file names are hashed.
    config: () => ({
      build: { rolldownOptions: { output: { postBanner: (chunk) => (runsAlmostEntirely(chunk.name) ? COMPILE_HINT : '') } } },
    }),
    // Vite then puts its list of files to preload in front of chunks with lazy imports; the hint goes
    // back to the first line, where the proposal places it.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT) && chunk.code.includes(`\n${COMPILE_HINT}\n`)) {
            chunk.code = `${COMPILE_HINT}\n${chunk.code.replace(`\n${COMPILE_HINT}\n`, '\n')}`;
          }
        }
      },
    },
  };
}
