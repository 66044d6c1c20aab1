// Developer aid: scores question sets through the command line, as ../shared/eval/score.mjs does, and writes one JSON
// line per question (answer, kind, right, wrong, cited passages) for comparing two versions of the code question by
// question. usage, from a project root whose code is to be measured:
//   node MAIN/scripts/eval-sets.mjs OUT.jsonl [SET …]   (SET: a name in eval/real, or dev, or fixture; default:
//   every set with its texts in eval-local/, the held-out ones named in $BLIND left out)
// The question files and texts are read from the main checkout (ROOT, default this script's checkout), the code from the cwd.

import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const BLIND = (process.env.BLIND ?? 'franklin bourdain federer mina harrymeghan').split(/\s+/);
const out = process.argv[2];
let sets = process.argv.slice(3);
const root = process.env.ROOT ?? fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
if (!sets.length) sets = readdirSync(root + '/eval/real').filter((f) => f.endsWith('.manifest.json')).map((f) => f.replace('.manifest.json', ''))
  .filter((s) => !BLIND.includes(s) && existsSync(root + '/eval-local/' + s) && readdirSync(root + '/eval-local/' + s).length);
const norm = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[\u00a0\u202f'’`´\-‐‑–—_«»"“”.,;:!?()]/g, ' ').replace(/\s+/g, ' ').trim();
const hasAny = (t, g) => g.some((x) => norm(t).includes(norm(x)));
const docMatch = (doc, docs) => !docs || docs.some((d) => String(doc ?? '').startsWith(d));
function setFile(s) { return s === 'dev' ? root + '/../shared/eval/dev.json' : s === 'fixture' ? root + '/test/fixtures/other-event-questions.json' : root + '/eval/real/' + s + '.json'; }
function corpusOf(s, set) { return s === 'dev' ? root + '/corpus' : s === 'fixture' ? root + '/test/fixtures/other-event' : root + '/eval-local/' + s; }
function cli(args, input) {
  return new Promise((res) => {
    const p = spawn('npx', ['tsx', 'src/cli/main.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let o = ''; p.stdout.on('data', (d) => (o += d)); p.stderr.on('data', () => {});
    p.on('close', () => res(o)); p.stdin.end(input ?? '');
  });
}
const lines = []; const tot = { right: 0, wrong: 0, abst: 0, abstOf: 0, ans: 0, kind: 0, kinds: 0, sup: 0, tl: 0, tlOf: 0 };
async function one(s) {
  const f = setFile(s); if (!existsSync(f)) return;
  const set = JSON.parse(readFileSync(f, 'utf8'));
  const corpus = set.corpus && s !== 'dev' && s !== 'fixture' ? corpusOf(s) : corpusOf(s);
  const o = await cli(['ask', '--json', '--stdin', '--corpus', corpus], set.questions.map((q) => q.q).join('\n') + '\n');
  const reps = o.split('\n').filter((l) => l.trim().startsWith('{')).map((l) => { try { return JSON.parse(l); } catch { return null; } });
  const t = { right: 0, wrong: 0, abst: 0, abstOf: 0, ans: 0, kind: 0, kinds: 0, sup: 0, tl: 0, tlOf: 0 };
  set.questions.forEach((q, i) => {
    const r = reps[i] ?? {}; const ev = Array.isArray(r.evidence) ? r.evidence.slice(0, 3) : [];
    if (q.kind) { t.kinds++; if (r.kind === q.kind) t.kind++; }
    let ok, wrong = false, sup = false;
    if (q.answer === null) { t.abstOf++; ok = r.answer == null; if (ok) t.abst++; else { t.wrong++; wrong = true; } }
    else { t.ans++; const lim = ['who', 'when', 'where'].includes(q.kind) ? 120 : 400; ok = r.answer != null && String(r.answer).length <= lim && hasAny(r.answer, q.answer);
      if (ok) t.right++; else if (r.answer != null) { t.wrong++; wrong = true; }
      sup = ev.some((e) => docMatch(e.doc, q.docs) && hasAny(e.text, q.answer)); if (sup) t.sup++; }
    lines.push(JSON.stringify({ set: s, id: q.id, kind: q.kind, rkind: r.kind, q: q.q, answer: r.answer ?? null, want: q.answer, ok, wrong, sup, cited: ev.map((e) => e.doc + '#' + e.paragraph) }));
  });
  if (Array.isArray(set.timeline) && set.timeline.length && !process.env.NOTL) {
    const to = await cli(['timeline', '--json', '--corpus', corpus]);
    let events = []; try { const j = JSON.parse(to.trim().split('\n').filter((l) => l.trim().startsWith('{') || true).join('')); events = Array.isArray(j) ? j : j.events ?? []; } catch { }
    for (const g of set.timeline) { t.tlOf++; if (events.some((e) => String(e.date ?? '').startsWith(g.date) && g.words.every((w) => norm(e.text ?? e.title ?? '').includes(norm(w))) && Array.isArray(e.sources) && e.sources.length)) t.tl++; }
  }
  for (const k in tot) tot[k] += t[k];
  console.log(`${s.padEnd(12)} right ${t.right}/${t.ans} wrong ${t.wrong} abst ${t.abst}/${t.abstOf} kind ${t.kind}/${t.kinds} sup ${t.sup} tl ${t.tl}/${t.tlOf}`);
}
const queue = [...sets]; const N = Number(process.env.PAR ?? 2);
await Promise.all(Array.from({ length: N }, async () => { while (queue.length) await one(queue.shift()); }));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`TOTAL ${sets.length} sets: right ${tot.right}/${tot.ans} wrong ${tot.wrong} abst ${tot.abst}/${tot.abstOf} kind ${tot.kind}/${tot.kinds} sup ${tot.sup} tl ${tot.tl}/${tot.tlOf}`);
