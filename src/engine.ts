import type { Engine } from './qa/types.js';
import type { LoadWarning } from './corpus/types.js';

/** How to open the question-answering core on a corpus folder. */
export interface OpenEngineOptions {
  /** Folder of `.md` / `.txt` articles. */
  corpusDir: string;
  /** Where snapshots go; default `.cache/index` under the current directory, never inside corpusDir. */
  cacheDir?: string;
  /** Reuse a snapshot whose fingerprint matches the corpus (default true). */
  useSnapshot?: boolean;
  /** Called for each skipped file. */
  onWarning?: (warning: LoadWarning) => void;
  /** Called as the build progresses (stage name, done, total). */
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Loads the corpus, then builds (or loads from a snapshot) the annotated passage index. */
export async function openEngine(_options: OpenEngineOptions): Promise<Engine> {
  throw new Error('openEngine: not implemented yet');
}
