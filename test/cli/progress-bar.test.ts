import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/cli/progress-bar.js';

/** A writable that records what is written, posing as a terminal or not. */
function sink(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY: boolean; text: () => string };
  stream.isTTY = isTTY;
  stream.text = () => chunks.join('');
  return stream;
}

describe('terminalProgress', () => {
  it('shows nothing for a rebuild shorter than a second', () => {
    const out = sink(true);
    const bar = terminalProgress(out);
    bar.update({ stage: 'names', done: 10, total: 100, elapsedMs: 400 });
    bar.update({ stage: 'index', done: 100, total: 100, elapsedMs: 900 });
    expect(bar.done()).toBe(false);
    expect(out.text()).toBe('');
  });

  it('draws one bar in place on a terminal, then erases it', () => {
    const out = sink(true);
    const bar = terminalProgress(out);
    bar.update({ stage: 'names', done: 250, total: 1000, elapsedMs: 1200 });
    expect(out.text()).toBe('\r[######------------------]  25% finding names 250/1,000 · 1 s\u001b[K');
    bar.update({ stage: 'names', done: 260, total: 1000, elapsedMs: 1210 }); // too soon: not redrawn
    bar.update({ stage: 'index', done: 1000, total: 1000, elapsedMs: 1300 }); // a new stage: redrawn
    expect(out.text().split('\r')).toHaveLength(3);
    expect(bar.done()).toBe(true);
    expect(out.text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('writes one line per stage elsewhere (a pipe, a log file), in French when asked', () => {
    const out = sink(false);
    const bar = terminalProgress(out, 'fr');
    bar.update({ stage: 'names', done: 1, total: 4, elapsedMs: 1500 });
    bar.update({ stage: 'names', done: 2, total: 4, elapsedMs: 1600 });
    bar.update({ stage: 'loading', done: 0, total: 0, elapsedMs: 2500 });
    bar.done();
    expect(out.text()).toBe('refresh: [######------------------]  25% repérage des noms 1/4 · 2 s\nrefresh: [------------------------]   0% chargement du nouvel index · 3 s\n');
  });
});
