import { describe, expect, it } from 'vitest';
import content from 'virtual:ikz-content';
import { contentPieces, readContentPieces } from '../../src/domain/content/pieces.ts';

describe('the content in pieces', () => {
  const pieces = contentPieces(content);

  it('reads back into exactly the content, with its parts in the same order', async () => {
    const read = await readContentPieces(pieces, () => Promise.resolve());
    expect(read).toEqual(content);
    expect(Object.keys(read)).toEqual(Object.keys(content));
    expect(read.questionnaires.map((q) => q.id)).toEqual(content.questionnaires.map((q) => q.id));
  });

  it('pauses after every piece, and no piece is more than a sixth of the whole', async () => {
    let pauses = 0;
    await readContentPieces(pieces, () => Promise.resolve(void pauses++));
    expect(pauses).toBe(pieces.length);
    const whole = JSON.stringify(content).length;
    expect(Math.max(...pieces.map((p) => p.json.length))).toBeLessThan(whole / 6);
  });

  it('keeps each questionnaire whole', () => {
    const questionnaires = pieces.filter((p) => p.key === 'questionnaires');
    expect(questionnaires.every((p) => p.entry)).toBe(true);
    expect(questionnaires).toHaveLength(content.questionnaires.length);
  });
});
