/**
 * Worker thread: splits the paragraphs it is given into sentences (wink-nlp) and answers with the sentence
 * offsets, flat: for each paragraph, the number of sentences, then each sentence's start and end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { splitSentences } from './sentences.js';

const paragraphs = (workerData as { paragraphs: string[] }).paragraphs;
const out: number[] = [];
for (const paragraph of paragraphs) {
  const spans = splitSentences(paragraph);
  out.push(spans.length);
  for (const s of spans) out.push(s.start, s.end);
}
const packed = Int32Array.from(out);
parentPort?.postMessage(packed, [packed.buffer]);
