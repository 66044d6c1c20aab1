import { createInterface } from 'node:readline';
import { CorpusError } from '../corpus/load-corpus.js';
import { openEngine } from '../engine.js';
import type { Answer, Engine, TimelineEvent } from '../qa/types.js';

const USAGE = `usage:
  npm run --silent cli -- ask "QUESTION" [--json] [--corpus DIR]
  npm run --silent cli -- ask --stdin [--json] [--corpus DIR]     one question per line
  npm run --silent cli -- timeline [--json] [--corpus DIR] [--person NAME] [--from DATE] [--to DATE]
  npm run --silent cli -- people [PREFIX] [--json] [--corpus DIR]
  npm run --silent cli -- quotes [--speaker NAME] [--about TEXT] [--json] [--corpus DIR]
  npm run --silent cli -- sources [--json] [--corpus DIR]
Options: --no-snapshot rebuilds the index; --cache DIR sets where snapshots go (default .cache/index).`;

/** Parsed command line. */
interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(['corpus', 'cache', 'person', 'from', 'to', 'speaker', 'about']);

function parseArgs(argv: string[]): Args {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (VALUED.has(name)) {
        const value = rest[i + 1];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags.set(name, value);
        i++;
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { command, positional, flags };
}

class UsageError extends Error {}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function renderAnswer(engine: Engine, a: Answer): string {
  const lines = [`Q: ${a.question}  [${a.kind}]`];
  if (a.answer === null) {
    lines.push(`A: — the corpus does not say.${a.note ? ` (${a.note})` : ''}`);
    return lines.join('\n');
  }
  lines.push(`A: ${a.answer}${a.date ? `  (${a.date}${a.time ? ` ${a.time}` : ''})` : ''}`);
  if (a.agreeing) lines.push(`   ${a.agreeing} article${a.agreeing > 1 ? 's' : ''} agree${a.agreeing > 1 ? '' : 's'}.`);
  a.evidence.slice(0, 3).forEach((e, i) => {
    const art = engine.article(e.doc);
    const meta = [art?.title, art?.source, art?.published && `${art.published}${art.publishedEstimated ? ' (estimated)' : ''}`].filter(Boolean).join(' · ');
    lines.push(`  [${i + 1}] ${e.doc} ¶${e.paragraph} — ${meta}`, `      « ${e.text} »`);
  });
  return lines.join('\n');
}

function renderTimeline(events: TimelineEvent[]): string {
  if (!events.length) return 'No dated event found.';
  return events.map((e) => `${e.date}${e.time ? ` ${e.time}` : ''}  ${e.text}\n            sources: ${e.sources.map((s) => `${s.doc} ¶${s.paragraph}`).join(', ')}`).join('\n');
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const json = args.flags.has('json');
  const corpusDir = String(args.flags.get('corpus') ?? 'corpus');
  const known = ['ask', 'timeline', 'people', 'quotes', 'sources'];
  if (!known.includes(args.command)) {
    process.stdout.write(`${USAGE}\n`);
    return args.command === 'help' || args.command === '--help' ? 0 : 2;
  }
  for (const k of ['from', 'to']) {
    const v = args.flags.get(k);
    if (v !== undefined && (typeof v !== 'string' || !DATE.test(v))) {
      process.stderr.write(`--${k} must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got ${String(v)})\n`);
      return 2;
    }
  }
  let engine: Engine;
  try {
    engine = await openEngine({
      corpusDir,
      cacheDir: typeof args.flags.get('cache') === 'string' ? String(args.flags.get('cache')) : undefined,
      useSnapshot: !args.flags.has('no-snapshot'),
      onWarning: (w) => process.stderr.write(`warning: ${w.file}: ${w.reason}\n`),
    });
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const out = (value: unknown, text: string) => process.stdout.write(`${json ? JSON.stringify(value) : text}\n`);

  switch (args.command) {
    case 'ask': {
      if (args.flags.has('stdin')) {
        const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
        for await (const line of rl) {
          const a = engine.ask(line);
          out(a, renderAnswer(engine, a) + '\n');
        }
        return 0;
      }
      const question = args.positional.join(' ');
      const a = engine.ask(question);
      out(a, renderAnswer(engine, a));
      return 0;
    }
    case 'timeline': {
      const filter = {
        person: args.flags.get('person') as string | undefined,
        from: args.flags.get('from') as string | undefined,
        to: args.flags.get('to') as string | undefined,
      };
      const events = engine.timeline(filter);
      out({ events }, renderTimeline(events));
      return 0;
    }
    case 'people': {
      const people = engine.people(args.positional.join(' '));
      out({ people }, people.map((p) => `${p.name}${p.descriptions[0] ? ` — ${p.descriptions[0].text}` : ''}  (${p.mentions} mentions${p.aliases.length ? `; also ${p.aliases.join(', ')}` : ''})`).join('\n') || 'Nobody found.');
      return 0;
    }
    case 'quotes': {
      const quotes = engine.quotes({ speaker: args.flags.get('speaker') as string | undefined, about: args.flags.get('about') as string | undefined });
      out({ quotes }, quotes.map((q) => `${q.speaker}: ${q.direct ? `« ${q.text} »` : q.text}  (${q.doc} ¶${q.paragraph})`).join('\n') || 'No quotation found.');
      return 0;
    }
    case 'sources': {
      const articles = engine.articles();
      out({ articles }, articles.map((a) => `${a.id}  ${a.published ?? 'undated'}${a.publishedEstimated ? '~' : ''}  ${a.title}${a.source ? ` (${a.source})` : ''}  — ${a.paragraphs} paragraphs`).join('\n'));
      return 0;
    }
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
