/** Sentence splitting on worker threads: the threads start under the TypeScript loader too, and agree with this thread. */
import { describe, expect, it } from 'vitest';
import { runWorker } from '../../src/nlp/split-parallel.js';
import { splitSentences } from '../../src/nlp/sentences.js';

describe('a sentence worker', () => {
  it('starts from the TypeScript sources and splits as this thread does', async () => {
    const paragraphs = ['Le sommet a eu lieu à Pervik. Les deux dirigeants se sont parlé. Fin.', 'Une seule phrase ici.'];
    const flat = [...(await runWorker(paragraphs))];
    const here = paragraphs.flatMap((p) => { const spans = splitSentences(p); return [spans.length, ...spans.flatMap((s) => [s.start, s.end])]; });
    expect(flat).toEqual(here);
    expect(flat[0]).toBe(3);
  }, 30_000);
});
