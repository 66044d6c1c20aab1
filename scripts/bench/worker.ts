/**
 * Child process entry: measures one phase (build or serve) of one system (ours or baseline) and writes
 * a WorkerResult as JSON to the task's `outFile`. Started by run.ts with
 * `node --max-old-space-size=4096 --import tsx worker.ts '<task JSON>'`, so its peak RSS is its own.
 */
import { writeFileSync } from 'node:fs';
import { runTask } from './measure.js';
import { peakRssMB } from './stats.js';
import type { WorkerTask } from './types.js';

const startRssMB = peakRssMB();
const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;
if (!task.outFile || !task.system || !task.phase) {
  process.stderr.write('usage: worker.ts \'{"system","phase","corpusDir","questionsFile","workDir","outFile"}\'\n');
  process.exit(2);
}
const result = await runTask(task, startRssMB);
writeFileSync(task.outFile, JSON.stringify(result));
// Exit at once: an engine may keep timers or handles open, and the parent waits for the exit.
process.exit(0);
