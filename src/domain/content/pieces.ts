// The compiled content travels to the browser as a few JSON texts instead of one: reading all of it
// at once (about 370 KB) was one of the longest tasks on a slow phone opening a question page. The
// browser reads one piece per task. Each questionnaire is a piece of its own, as are the other parts.
import type { Content } from './schema.ts';

export interface ContentPiece {
  key: keyof Content;
  /** The piece is one entry of a list (a questionnaire), not the whole part. */
  entry?: true;
  json: string;
}

export function contentPieces(content: Content): ContentPiece[] {
  return (Object.keys(content) as (keyof Content)[]).flatMap((key): ContentPiece[] =>
    key === 'questionnaires'
      ? content.questionnaires.map((questionnaire) => ({ key, entry: true, json: JSON.stringify(questionnaire) }))
      : [{ key, json: JSON.stringify(content[key]) }],
  );
}

/** Reads the pieces back into the content, waiting for `pause` after each one. */
export async function readContentPieces(pieces: readonly ContentPiece[], pause: () => Promise<void>): Promise<Content> {
  const content: Record<string, unknown> = {};
  for (const { key, entry, json } of pieces) {
    const value: unknown = JSON.parse(json);
    if (entry) ((content[key] ??= []) as unknown[]).push(value);
    else content[key] = value;
    await pause();
  }
  return content as unknown as Content;
}
