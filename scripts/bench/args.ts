import { parseArgs } from 'node:util';
import type { BenchOptions } from './run.js';

/** What the command line asks for. */
export interface BenchArgs {
  json: boolean;
  help: boolean;
  options: Partial<BenchOptions>;
}

export const USAGE = `usage: npm run bench -- [--docs N[,N…]] [--corpus DIR] [--questions N] [--json] [--cache-dir DIR]

Measures our engine and plain Lunr (French pipeline, one document per article) on the same articles and
questions, each system in its own process: first build, snapshot load, ask latency p50/p95/p99, peak RSS.

  (no --docs, no --corpus)  the shipped corpus/ and a 1,000-article synthetic corpus
  --docs N                  N synthetic articles only (make-corpus.mjs, cached in .cache/bench/corpus-N);
                            repeat or comma-separate for several sizes
  --corpus DIR              an existing corpus folder, as it is (repeatable)
  --questions N             questions per corpus, dev.json's first then generated (default 200)
  --json                    one JSON object on stdout instead of the table
  --cache-dir DIR           where corpora, snapshots and results go (default .cache/bench)
  --timeout S               stop a phase that runs longer than S seconds (default 1800)
Progress goes to stderr, the table or JSON to stdout.`;

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new Error(`${flag} expects a positive whole number, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Parses the bench's command line; throws an Error with a clear message on bad input. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      docs: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      questions: { type: 'string' },
      json: { type: 'boolean', default: false },
      'cache-dir': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: Partial<BenchOptions> = {};
  const docs = (values.docs ?? []).flatMap((d) => d.split(',')).map((d) => positiveInt('--docs', d));
  const corpus = values.corpus ?? [];
  if (docs.length || corpus.length) {
    options.docs = docs;
    options.corpusDirs = corpus;
  }
  if (values.questions !== undefined) options.questions = positiveInt('--questions', values.questions);
  if (values.timeout !== undefined) options.timeoutS = positiveInt('--timeout', values.timeout);
  if (values['cache-dir'] !== undefined) options.cacheDir = values['cache-dir'];
  return { json: values.json ?? false, help: values.help ?? false, options };
}
