/**
 * Member ids never reach the disk: the feedback log keeps an HMAC-SHA256 of the id under a secret salt. The
 * salt comes from the configuration (FEEDBACK_SALT) or is generated once (32 random bytes) and kept in a file
 * readable by the bot's user only; every shard reads the same file, so one member has one hash everywhere.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Turns a member id into its salted hash (32 hex digits). */
export type MemberHasher = (memberId: string) => string;

/** The salt to use: the configured one, else the one kept in `file`, created (0600) on first use. */
export async function loadSalt(options: { configured?: string; file: string }): Promise<string> {
  if (options.configured) return options.configured;
  const read = async () => (await readFile(options.file, 'utf8')).trim();
  try {
    const salt = await read();
    if (salt.length >= 16) return salt;
    throw new Error(`${options.file}: the feedback salt is shorter than 16 characters; delete the file to have a new one generated (past votes then no longer match their members)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(path.dirname(options.file), { recursive: true });
  try {
    await writeFile(options.file, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // Another shard created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read();
}

/** The hasher for one salt. */
export function memberHasher(salt: string): MemberHasher {
  return (memberId) => createHmac('sha256', salt).update(memberId, 'utf8').digest('hex').slice(0, 32);
}
