/**
 * Reply labels in English and French, from labels.json. `translator(locale)` returns a `t(key, vars)`
 * that fills `{name}` placeholders; keys with `.one` / `.other` variants are chosen by `vars.n`.
 */
import table from './labels.json' with { type: 'json' };
import type { ReplyLocale } from './types.js';

type LabelTable = Record<string, string>;

// Imported (not read from disk) so that the compiled build carries it; typed as a plain table of strings.
const labels = table as unknown as Record<ReplyLocale, LabelTable>;

/** Label keys, as written in labels.json (without the plural suffix). */
export type LabelKey = string;

/** Fills a label; `vars.n` picks the `.one` / `.other` form when the key has them. */
export type Translate = (key: LabelKey, vars?: Record<string, string | number>) => string;

/** Maps a Discord locale (`fr`, `en-US`, `en-GB` …) or any BCP 47 tag to a reply language: French for fr*, else English. */
export function replyLocale(locale: string | null | undefined): ReplyLocale {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Every key of the English table (the reference), for tests. */
export function labelKeys(locale: ReplyLocale): string[] {
  return Object.keys(labels[locale]);
}

/** A translator for one language; unknown keys fall back to English, then to the key itself. */
export function translator(locale: ReplyLocale): Translate {
  const table = labels[locale];
  const fallback = labels.en;
  return (key, vars = {}) => {
    let template: string | undefined;
    if (typeof vars.n === 'number') {
      const plural = `${key}.${vars.n === 1 ? 'one' : 'other'}`;
      template = table[plural] ?? fallback[plural];
    }
    template ??= table[key] ?? fallback[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
