/** Renders a Reply as plain text for a terminal: the same content Discord shows, without markdown. */
import { translator } from '../reply/labels.js';
import type { Reply, SourceRef } from '../reply/types.js';

/** "Title · AFP · 2024-03-12 · §3 · https://…" */
function citation(ref: SourceRef, withTitle: boolean, locale: Reply['locale']): string {
  const t = translator(locale);
  const parts: string[] = [];
  if (withTitle) parts.push(ref.title);
  if (ref.source) parts.push(ref.source);
  if (ref.published) parts.push(ref.published + (ref.publishedEstimated ? ` (${t('estimated')})` : ''));
  parts.push(t('paragraph', { n: ref.paragraph }));
  if (ref.url) parts.push(ref.url);
  return parts.join(' · ');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/** The reply as lines of text (no colours, no markdown), ending with a newline. */
export function renderTerminal(reply: Reply): string {
  const t = translator(reply.locale);
  const out: string[] = [];
  if (reply.error) {
    out.push(`! ${[reply.answer, reply.description].filter(Boolean).join('\n  ')}`);
    return out.join('\n') + '\n';
  }
  if (reply.title) out.push(`== ${reply.title} ==`);
  if (reply.answer) out.push(reply.answer);
  if (reply.description) out.push(reply.description);
  reply.passages.forEach((p, i) => {
    out.push('');
    out.push(`[${i + 1}] ${p.title}`);
    out.push(indent(`« ${p.text} »`, '    '));
    out.push(`    — ${citation(p, false, reply.locale)}`);
  });
  for (const f of reply.fields) {
    out.push('');
    out.push(`* ${f.name}`);
    if (f.value) out.push(indent(f.value, '    '));
    for (const s of f.sources ?? []) out.push(`    — ${citation(s, true, reply.locale)}`);
  }
  if (reply.footer) {
    out.push('');
    out.push(`(${reply.footer})`);
  }
  for (const file of reply.attachments ?? []) out.push(`[file] ${file.name} (${Buffer.byteLength(file.content, 'utf8').toLocaleString('en')} bytes)`);
  if (reply.pagination && reply.pagination.pages > 1) {
    const p = reply.pagination;
    const next = p.page < p.pages ? p.page + 1 : p.page - 1;
    out.push(`→ ${t(next > p.page ? 'next' : 'previous')}: page: ${next}`);
  }
  return out.join('\n') + '\n';
}
