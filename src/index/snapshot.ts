import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Annotations } from '../nlp/annotate.js';

/** Bumped whenever the annotation or index format changes: older snapshots are rebuilt, never served. */
export const SNAPSHOT_VERSION = 1;

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
  if (header.version !== SNAPSHOT_VERSION) return { miss: 'version' };
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
