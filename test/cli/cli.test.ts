import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'other-event');

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the command line as a user does (`npx tsx src/cli/main.ts …` from the project root). */
function cli(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Non-empty stdout lines. */
const lines = (out: string) => out.split('\n').filter((l) => l.trim() !== '');

const tempDirs: string[] = [];
let cache: string;
beforeAll(async () => {
  cache = await mkdtemp(path.join(tmpdir(), 'cli-test-cache-'));
  tempDirs.push(cache);
});
afterAll(async () => {
  await Promise.all(tempDirs.map((d) => rm(d, { recursive: true, force: true })));
});

const CONTRACT_KEYS = ['question', 'kind', 'answer', 'evidence'];

// Each test spawns its own process (about 1.5 s each); they run one after the other, as parallel runs on a
// small machine only make each one slower.
describe('the command line (src/cli/main.ts)', () => {
  describe('cli ask --json', () => {
    it('prints one JSON object with the contract keys', async ({ expect }) => {
      const run = await cli(['ask', 'Qui est Ana Ribeiro ?', '--json', '--corpus', FIXTURE, '--cache', cache]);
      expect(run.code).toBe(0);
      const out = lines(run.stdout);
      expect(out).toHaveLength(1);
      const reply = JSON.parse(out[0]);
      for (const key of CONTRACT_KEYS) expect(reply).toHaveProperty(key);
      expect(reply).toMatchObject({ question: 'Qui est Ana Ribeiro ?', kind: 'who' });
      expect(reply.answer).toMatch(/ministre portugaise de l'Environnement/);
      expect(reply.evidence.length).toBeGreaterThan(0);
      expect(reply.evidence[0]).toEqual({ doc: expect.any(String), paragraph: expect.any(Number), text: expect.any(String), score: expect.any(Number) });
    });
  });

  describe('cli ask --stdin --json', () => {
    it('prints one JSON line per input line, in order, blank and Lunr-syntax lines included', async ({ expect }) => {
      const questions = ['Qui est Henrik Dalsgaard ?', '', 'Kim~2 +Ribeiro^3 title:* -sommet', 'Where was the Lisbon declaration signed?'];
      const run = await cli(['ask', '--stdin', '--json', '--corpus', FIXTURE, '--cache', cache], questions.join('\n') + '\n');
      expect(run.code).toBe(0);
      const replies = lines(run.stdout).map((l) => JSON.parse(l));
      expect(replies.map((r) => r.question)).toEqual(questions);
      for (const r of replies) for (const key of CONTRACT_KEYS) expect(r).toHaveProperty(key);
      expect(replies[0].answer).toMatch(/commissaire européen au Climat/);
      expect(replies[1]).toMatchObject({ answer: null, evidence: [] });
      expect(replies[2].answer === null || typeof replies[2].answer === 'string').toBe(true);
      expect(replies[3]).toMatchObject({ kind: 'where', answer: 'Sines' });
    });
  });

  describe('cli timeline --json', () => {
    it('prints events sorted by date, each with sources', async ({ expect }) => {
      const run = await cli(['timeline', '--json', '--corpus', FIXTURE, '--cache', cache]);
      expect(run.code).toBe(0);
      const { events } = JSON.parse(run.stdout) as { events: { date: string; text: string; sources: { doc: string; paragraph: number }[] }[] };
      expect(events.length).toBeGreaterThan(3);
      const dates = events.map((e) => e.date);
      expect([...dates].sort((a, b) => a.localeCompare(b))).toEqual(dates);
      for (const e of events) {
        expect(e.sources.length).toBeGreaterThan(0);
        for (const s of e.sources) expect(s).toEqual({ doc: expect.stringMatching(/^00[1-4]_/), paragraph: expect.any(Number) });
      }
      expect(events.some((e) => e.date === '2024-03-13' && /accord/.test(e.text))).toBe(true);
    });
  });

  describe('cli on a bad corpus', () => {
    it('exits with code 2 and says so on stderr when the corpus folder does not exist', async ({ expect }) => {
      const run = await cli(['ask', 'Qui ?', '--json', '--corpus', '/does/not/exist', '--cache', cache]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/error: .*not found.*\/does\/not\/exist/);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });

    it('loads the good article next to an empty, a binary and a Latin-1 file, and warns naming each bad file', async ({ expect }) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'cli-odd-corpus-'));
      tempDirs.push(dir);
      await writeFile(
        path.join(dir, 'good.md'),
        "---\ntitle: Lisbonne\npublished: 2024-03-12\n---\nLa ministre portugaise de l'Environnement, Ana Ribeiro, a ouvert mardi le sommet à Lisbonne.\n",
      );
      await writeFile(path.join(dir, 'empty.md'), '');
      await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0xff, 0xfe]));
      await writeFile(path.join(dir, 'latin1.md'), Buffer.from('---\ntitle: Café\npublished: 2024-03-12\n---\nLe café est arrivé à Lisbonne.\n', 'latin1'));
      const run = await cli(['ask', 'Qui est Ana Ribeiro ?', '--json', '--corpus', dir, '--cache', cache]);
      expect(run.code).toBe(0);
      expect(JSON.parse(lines(run.stdout)[0]).answer).toMatch(/ministre portugaise/);
      const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning:'));
      expect(warnings).toHaveLength(3);
      expect(warnings.find((w) => w.includes('empty.md'))).toMatch(/empty/);
      expect(warnings.find((w) => w.includes('binary.md'))).toMatch(/binary/);
      expect(warnings.find((w) => w.includes('latin1.md'))).toMatch(/UTF-8/);
      expect(run.stderr).not.toMatch(/good\.md/);
    });
  });

  describe('cli on an article whose title holds terminal escape sequences', () => {
    it('prints no escape or control character, in text and in JSON', async ({ expect }) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'cli-escape-corpus-'));
      tempDirs.push(dir);
      const title = 'Lisbonne\u001b]0;pwned\u0007\u001b[2J\u001b[31m rouge\u009b2J fin\u0085';
      await writeFile(path.join(dir, 'good.md'), `---\ntitle: ${title}\npublished: 2024-03-12\n---\nLa ministre portugaise de l'Environnement, Ana Ribeiro, a ouvert mardi le sommet à Lisbonne.\n`);
      const hostile = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
      for (const args of [['sources'], ['ask', 'Qui est Ana Ribeiro ?'], ['sources', '--json'], ['ask', 'Qui est Ana Ribeiro ?', '--json']]) {
        const run = await cli([...args, '--corpus', dir, '--cache', cache]);
        expect(run.code).toBe(0);
        expect(run.stdout).not.toMatch(hostile);
        expect(run.stdout).toMatch(/Lisbonne/);
      }
      const text = await cli(['sources', '--corpus', dir, '--cache', cache]);
      expect(text.stdout).toContain('Lisbonne rouge fin\\x85');
      const json = await cli(['sources', '--json', '--corpus', dir, '--cache', cache]);
      expect(JSON.parse(json.stdout).articles[0].title).toBe(title);
    }, 90_000); // six command-line processes: 16–19 s alone, over 30 s beside the rest of the suite on 2 cores
  });

  describe('cli usage errors', () => {
    it('exits with code 2 and a usage message when --corpus has no value', async ({ expect }) => {
      const run = await cli(['ask', 'Qui ?', '--corpus']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--corpus needs a value/);
      expect(run.stderr).toMatch(/usage:/);
    });

    it('refuses an unknown option by name instead of ignoring it', async ({ expect }) => {
      const run = await cli(['ask', 'Qui ?', '--jsn']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/unknown option --jsn/);
    });
  });

  describe('cli text output', () => {
    it('prints the reply the bot would send, rendered for a terminal, in the language asked', async ({ expect }) => {
      const run = await cli(['ask', 'Qui est Ana Ribeiro ?', '--lang', 'fr', '--corpus', FIXTURE, '--cache', cache]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^== Qui est Ana Ribeiro \? ==\n.*ministre portugaise de l'Environnement/su);
      expect(run.stdout).toMatch(/\n\[1\] .+\n    « .+ »\n    — .*§\d+/u);
    });
  });
});
