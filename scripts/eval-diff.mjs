// Developer aid: compares two outputs of scripts/eval-sets.mjs question by question (GAIN / LOSS / changed answer),
// then the right and wrong answers over the questions both hold. usage: node scripts/eval-diff.mjs A.jsonl B.jsonl
import fs from 'node:fs';
const rd=f=>new Map(fs.readFileSync(f,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l)).map(r=>[r.set+'/'+r.id,r]));
const A=rd(process.argv[2]),B=rd(process.argv[3]);const t={a:{r:0,w:0},b:{r:0,w:0}};let n=0;
for(const [k,a] of A){const b=B.get(k);if(!b)continue;n++;t.a.r+=a.ok&&a.want!==null;t.a.w+=a.wrong;t.b.r+=b.ok&&b.want!==null;t.b.w+=b.wrong;
 if(a.ok!==b.ok||a.wrong!==b.wrong||JSON.stringify(a.answer)!==JSON.stringify(b.answer)){const tag=a.ok===b.ok?(a.wrong===b.wrong?'same':'?'):b.ok?'GAIN':'LOSS';
 console.log(`${tag} ${k} ${b.q}\n   ${JSON.stringify(a.answer)?.slice(0,100)} → ${JSON.stringify(b.answer)?.slice(0,100)}  want ${JSON.stringify(b.want)?.slice(0,60)}`)}}
const ab=(x)=>[...x.values()].filter(r=>r.want===null&&r.ok).length;
console.log(`common ${n}: right ${t.a.r} → ${t.b.r}, wrong ${t.a.w} → ${t.b.w}`);
