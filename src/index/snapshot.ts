import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotations } from '../nlp/annotate.js';

/** Bumped whenever the snapshot's layout changes: older snapshots are rebuilt, never served. */
export const SNAPSHOT_VERSION = 2;

let codeVersion: string | undefined;

/**
 * A hash of the code and data that produce a snapshot (src/nlp and src/index, resources included): a snapshot
 * made by other annotation rules is stale even when the corpus is unchanged.
 */
export function annotatorVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256').update(String(SNAPSHOT_VERSION));
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const walk = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|json)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  walk(join(root, 'nlp'));
  walk(join(root, 'index'));
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

/** What a snapshot holds. */
export interface SnapshotBody {
  fingerprint: string;
  annotations: Annotations;
  index: object;
}

/** The first line of a snapshot file: enough to reject it without parsing the body. */
interface SnapshotHeader {
  format: 'summit-bot-snapshot';
  version: number;
  /** The annotator's code version (see annotatorVersion). */
  code: string;
  fingerprint: string;
  bytes: number;
  sha256: string;
}

/**
 * Writes a snapshot atomically: a header line (format version, corpus fingerprint, body size and checksum)
 * then the JSON body, to a temporary file that is flushed and renamed over the target. A crash leaves either
 * the old snapshot or the new one, never a half-written file under the target name.
 */
export async function saveSnapshot(file: string, body: SnapshotBody): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const json = JSON.stringify(body);
  const data = Buffer.from(json, 'utf8');
  const header: SnapshotHeader = {
    format: 'summit-bot-snapshot',
    version: SNAPSHOT_VERSION,
    code: annotatorVersion(),
    fingerprint: body.fingerprint,
    bytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    await handle.write(JSON.stringify(header) + '\n');
    await handle.write(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Why a snapshot was not used. */
export type SnapshotMiss = 'missing' | 'corrupt' | 'stale' | 'version';

/**
 * Reads a snapshot if it matches the corpus fingerprint and the current format, and its checksum holds.
 * Returns the reason otherwise; never throws on a bad file.
 */
export async function loadSnapshot(file: string, fingerprint: string): Promise<{ body: SnapshotBody } | { miss: SnapshotMiss }> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch {
    return { miss: 'missing' };
  }
  const newline = raw.indexOf(10);
  if (newline < 0) return { miss: 'corrupt' };
  let header: SnapshotHeader;
  try {
    header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as SnapshotHeader;
  } catch {
    return { miss: 'corrupt' };
  }
  if (header.format !== 'summit-bot-snapshot') return { miss: 'corrupt' };
  if (header.version !== SNAPSHOT_VERSION || header.code !== annotatorVersion()) return { miss: 'version' };
  if (header.fingerprint !== fingerprint) return { miss: 'stale' };
  const data = raw.subarray(newline + 1);
  if (data.length !== header.bytes) return { miss: 'corrupt' };
  if (createHash('sha256').update(data).digest('hex') !== header.sha256) return { miss: 'corrupt' };
  try {
    const body = JSON.parse(data.toString('utf8')) as SnapshotBody;
    if (body.fingerprint !== fingerprint || !body.annotations || !body.index) return { miss: 'corrupt' };
    return { body };
  } catch {
    return { miss: 'corrupt' };
  }
}
