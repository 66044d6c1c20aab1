/**
 * The command line: `npm run --silent cli -- ask|timeline|people|quotes|sources …`. With `--json` it prints
 * the engine's own objects, one per line (what ../shared/eval/score.mjs reads); without, it prints the same
 * reply the bot would send, rendered for a terminal (every page of a long list). Arguments are read by Node's
 * `util.parseArgs`; a usage error exits with code 2, a missing corpus folder too.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { command as askCommand } from '../../commands/ask.js';
import { command as quotesCommand } from '../../commands/quotes.js';
import { command as sourcesCommand } from '../../commands/sources.js';
import { command as timelineCommand } from '../../commands/timeline.js';
import type { Command, OptionValues } from '../command/command.js';
import { commandContext, runCommand } from '../command/run-command.js';
import { CorpusError } from '../corpus/load-corpus.js';
import { openEngine } from '../engine.js';
import type { Engine } from '../qa/types.js';
import { sourceRef } from '../reply/build.js';
import { translator } from '../reply/labels.js';
import type { Reply, ReplyLocale } from '../reply/types.js';
import { renderTerminal } from './render-terminal.js';
import { jsonSafe, terminalSafe } from '../safe-text.js';

const USAGE = `usage:
  npm run --silent cli -- ask "QUESTION" [--json] [--corpus DIR]
  npm run --silent cli -- ask --stdin [--json] [--corpus DIR]     one question per line
  npm run --silent cli -- timeline [--json] [--corpus DIR] [--person NAME] [--from DATE] [--to DATE]
  npm run --silent cli -- people [PREFIX] [--json] [--corpus DIR]
  npm run --silent cli -- quotes [--speaker NAME] [--about TEXT] [--json] [--corpus DIR]
  npm run --silent cli -- sources [--json] [--corpus DIR]
Options: --no-snapshot rebuilds the index; --cache DIR sets where snapshots go (default .cache/index);
--lang en|fr sets the language of the labels in text output (default en).`;

/** The flags every sub-command accepts. */
const OPTIONS = {
  json: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'no-snapshot': { type: 'boolean' },
  corpus: { type: 'string' },
  cache: { type: 'string' },
  person: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  speaker: { type: 'string' },
  about: { type: 'string' },
  lang: { type: 'string' },
} as const;

const SUBCOMMANDS = ['ask', 'timeline', 'people', 'quotes', 'sources'];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

class UsageError extends Error {}

/** The parsed command line; a usage error names the flag at fault. */
function readArgs(argv: string[]) {
  const [command = 'help', ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    return { command, values, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(--[\w-]+)/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) throw new UsageError(`${flag} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) throw new UsageError(`unknown option ${flag}`);
    throw new UsageError((error as Error).message);
  }
}

/** Runs a command for every page of its reply (the terminal has no buttons) and renders them one after another. */
async function allPages(command: Command, engine: Engine, locale: ReplyLocale, options: OptionValues): Promise<string> {
  const ctx = commandContext(engine, locale);
  const first = await runCommand(command, ctx, { options });
  const replies: Reply[] = [first];
  for (let page = 2; page <= (first.pagination?.pages ?? 1); page++) replies.push(await runCommand(command, ctx, { options, page }));
  return replies.map((r) => renderTerminal({ ...r, pagination: undefined })).join('\n');
}

/** A titled list as a reply, for the listings that have no slash command of their own. */
function listReply(locale: ReplyLocale, title: string, fields: Reply['fields'], empty: string): Reply {
  return fields.length ? { locale, title, passages: [], fields, abstained: false } : { locale, title, answer: empty, passages: [], fields: [], abstained: true };
}

type Values = ReturnType<typeof readArgs>['values'];

/** Checks the flags that take a date or a language; the message of the first that is wrong. */
function badFlag(values: Values): string | undefined {
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v !== undefined && !DATE.test(v)) return `--${k} must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got ${v})`;
  }
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'fr') return `--lang must be en or fr (got ${values.lang})`;
  return undefined;
}

/** Runs one sub-command on an open engine, writing to stdout. */
async function run(command: string, engine: Engine, values: Values, positionals: string[]): Promise<void> {
  const locale: ReplyLocale = values.lang === 'fr' ? 'fr' : 'en';
  const t = translator(locale);
  const json = Boolean(values.json);
  // JSON stays JSON (with the characters it leaves raw escaped); text is made safe for the terminal.
  const write = (text: string) => process.stdout.write(json ? `${jsonSafe(text)}\n` : terminalSafe(text.endsWith('\n') ? text : `${text}\n`));
  // Text is /ask's own reply (an empty question refused, a long one cut and noted); JSON is the engine's answer.
  const ask = async (question: string) => write(json ? JSON.stringify(engine.ask(question)) : await allPages(askCommand, engine, locale, { question }));
  switch (command) {
    case 'ask': {
      if (values.stdin) {
        for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) await ask(line);
      } else await ask(positionals.join(' '));
      return;
    }
    case 'timeline': {
      const filter = { person: values.person, from: values.from, to: values.to };
      if (json) write(JSON.stringify({ events: engine.timeline(filter) }));
      else write(await allPages(timelineCommand, engine, locale, Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as OptionValues));
      return;
    }
    case 'people': {
      const people = engine.people(positionals.join(' '));
      if (json) return void write(JSON.stringify({ people }));
      const fields = people.map((p) => ({
        name: `${p.name} (${p.mentions})`,
        value: [p.descriptions[0]?.text, p.aliases.length ? p.aliases.join(', ') : undefined].filter(Boolean).join('\n'),
      }));
      write(renderTerminal(listReply(locale, positionals.join(' ') || '*', fields, '—')));
      return;
    }
    case 'quotes': {
      if (!json && values.speaker) {
        write(await allPages(quotesCommand, engine, locale, { speaker: values.speaker, ...(values.about ? { about: values.about } : {}) }));
        return;
      }
      const quotes = engine.quotes({ speaker: values.speaker, about: values.about });
      if (json) return void write(JSON.stringify({ quotes }));
      const fields = quotes.map((q) => ({ name: q.speaker, value: q.direct ? `« ${q.text} »` : q.text, sources: [sourceRef(engine, q.doc, q.paragraph)] }));
      write(renderTerminal(listReply(locale, values.about ?? '*', fields, t('corpusDoesNotSay'))));
      return;
    }
    case 'sources':
      write(json ? JSON.stringify({ articles: engine.articles() }) : await allPages(sourcesCommand, engine, locale, {}));
  }
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { command, values, positionals } = args;
  if (!SUBCOMMANDS.includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    return command === 'help' || command === '--help' ? 0 : 2;
  }
  const bad = badFlag(values);
  if (bad) {
    process.stderr.write(`${bad}\n`);
    return 2;
  }
  let engine: Engine;
  try {
    engine = await openEngine({
      corpusDir: values.corpus ?? 'corpus',
      cacheDir: values.cache,
      useSnapshot: !values['no-snapshot'],
      onWarning: (w) => process.stderr.write(terminalSafe(`warning: ${w.file}: ${w.reason}\n`)),
    });
  } catch (error) {
    if (error instanceof CorpusError) {
      process.stderr.write(terminalSafe(`error: ${error.message}\n`));
      return 2;
    }
    throw error;
  }
  await run(command, engine, values, positionals);
  return 0;
}

// A reader that stops early (`| head`) ends the output: quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(terminalSafe(`error: ${(error as Error)?.message ?? String(error)}\n`));
    process.exitCode = 1;
  },
);
