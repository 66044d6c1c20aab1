/**
 * `npm run bench -- [--docs N] [--json] [--questions N]`: our engine against plain Lunr, on the shipped
 * corpus and synthetic ones (issue 2 item 8, issue 5 item 1). See scripts/bench/args.ts for the options.
 */
import { parseBenchArgs, USAGE } from './bench/args.js';
import { formatTable } from './bench/report.js';
import { runBench } from './bench/run.js';

let args;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${(e as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
try {
  const report = await runBench(args.options);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
} catch (e) {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exit(1);
}
