// Vite plugin: compiles questionnaires/*.yaml into the virtual module `virtual:ikz-content` at build
// time. A malformed file stops the build (and shows the overlay in dev) with file, line and path.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentPieces } from '../domain/content/pieces.ts';
import { describeIssue } from '../domain/issues/messages.ts';
import { loadContent } from './loadContent.ts';

const VIRTUAL_ID = 'virtual:ikz-content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The same content in pieces, which the app reads one per task (src/domain/content/pieces.ts). */
const PIECES_ID = 'virtual:ikz-content-pieces';
const RESOLVED_PIECES_ID = `\0${PIECES_ID}`;
/** What the start page needs before the content chunk is loaded: titles and durations. */
const SUMMARY_ID = 'virtual:ikz-content-summary';
const RESOLVED_SUMMARY_ID = `\0${SUMMARY_ID}`;

export function contentPlugin(root: string): Plugin {
  const directory = resolve(root, 'questionnaires');
  return {
    name: 'ikz-content',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === PIECES_ID) return RESOLVED_PIECES_ID;
      return id === SUMMARY_ID ? RESOLVED_SUMMARY_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_PIECES_ID && id !== RESOLVED_SUMMARY_ID) return undefined;
      const { content, issues, files } = loadContent(directory, root);
      for (const file of files) this.addWatchFile(resolve(root, file));
      if (!content) {
        this.error(`Die Fragebögen sind fehlerhaft:\n${issues.map(describeIssue).join('\n')}`);
      }
      if (id === RESOLVED_SUMMARY_ID) {
        const summary = content!.questionnaires.map(({ id, title, estimatedMinutes, kind }) => ({ id, title, estimatedMinutes, kind }));
        return `export default ${JSON.stringify(summary)};\nexport const legalStatus = ${JSON.stringify(content!.settings.legalStatus)};`;
      }
      // V8 reads a JSON string much faster than the same data written as a JavaScript literal.
      if (id === RESOLVED_PIECES_ID) return `export default ${JSON.stringify(contentPieces(content!))};`;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(content))});`;
    },
    handleHotUpdate({ file, server }) {
      if (file.startsWith(directory) && /\.ya?ml$/.test(file)) {
        for (const id of [RESOLVED_ID, RESOLVED_PIECES_ID, RESOLVED_SUMMARY_ID]) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      }
    },
  };
}
