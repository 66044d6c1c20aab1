/**
 * Discord's message limits, checked on a recorded payload (REST JSON: snake_case). Returns one sentence per
 * violation, empty when the payload is valid. Used by the emulator (it answers 400 like Discord) and by tests.
 */

interface EmbedJson {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
  author?: { name?: string };
}

interface MessageJson {
  content?: string;
  embeds?: EmbedJson[];
  components?: { type: number; components?: { type: number; custom_id?: string; label?: string }[] }[];
  allowed_mentions?: { parse?: string[] };
}

/** Violations of Discord's limits in a message body. */
export function messageLimitViolations(body: unknown): string[] {
  const problems: string[] = [];
  const m = (body ?? {}) as MessageJson;
  if ((m.content?.length ?? 0) > 2000) problems.push(`content is ${m.content?.length} > 2000`);
  const embeds = m.embeds ?? [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  embeds.forEach((e, i) => {
    const at = `embeds[${i}]`;
    if ((e.title?.length ?? 0) > 256) problems.push(`${at}.title is ${e.title?.length} > 256`);
    if ((e.description?.length ?? 0) > 4096) problems.push(`${at}.description is ${e.description?.length} > 4096`);
    if ((e.footer?.text?.length ?? 0) > 2048) problems.push(`${at}.footer.text is ${e.footer?.text?.length} > 2048`);
    if ((e.author?.name?.length ?? 0) > 256) problems.push(`${at}.author.name > 256`);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`${at} has ${fields.length} fields > 25`);
    fields.forEach((f, j) => {
      if (!f.name || f.name.length > 256) problems.push(`${at}.fields[${j}].name length ${f.name?.length ?? 0} not in 1..256`);
      if (!f.value || f.value.length > 1024) problems.push(`${at}.fields[${j}].value length ${f.value?.length ?? 0} not in 1..1024`);
    });
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text?.length ?? 0) +
      (e.author?.name?.length ?? 0) +
      fields.reduce((n, f) => n + (f.name?.length ?? 0) + (f.value?.length ?? 0), 0);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  for (const row of m.components ?? []) {
    if ((row.components?.length ?? 0) > 5) problems.push('more than 5 components in a row');
    for (const c of row.components ?? []) {
      if ((c.custom_id?.length ?? 0) > 100) problems.push(`custom_id is ${c.custom_id?.length} > 100`);
      if ((c.label?.length ?? 0) > 80) problems.push(`button label > 80`);
    }
  }
  if ((m.components?.length ?? 0) > 5) problems.push('more than 5 action rows');
  return problems;
}

/** Violations of the autocomplete limits: at most 25 choices, name 1..100, value 1..100. */
export function autocompleteViolations(body: unknown): string[] {
  const choices = ((body ?? {}) as { choices?: { name?: string; value?: unknown }[] }).choices ?? [];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices > 25`);
  choices.forEach((c, i) => {
    if (!c.name || c.name.length > 100) problems.push(`choices[${i}].name length not in 1..100`);
    if (typeof c.value === 'string' && (c.value.length < 1 || c.value.length > 100)) problems.push(`choices[${i}].value length not in 1..100`);
  });
  return problems;
}
