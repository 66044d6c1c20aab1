/**
 * The general word lists read from npm packages at run time (given names, French towns): where a package is, and
 * which version it is — part of the annotator's version, so that a snapshot made with other lists is rebuilt.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of an installed package, or undefined when it is not installed. */
export function packageDir(name: string): string | undefined {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** "name@version" of an installed package, or "none". */
export function packageVersion(name: string): string {
  const dir = packageDir(name);
  if (!dir) return 'none';
  return `${name}@${(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version}`;
}
