/**
 * Why a file is not an article, an upload is refused or a moderator action failed — as a code with its
 * parameters, so that each reply words it in its reader's language. One catalog (`catalog.json`, en and fr):
 * the corpus, the moderators' operations and the replies all read it; logs, warnings and the audit log use the
 * English wording. Parameters that come from the system (an OS error) stay as the system wrote them.
 */
import catalog from './catalog.json' with { type: 'json' };

/** The languages of the catalog. */
export type ReasonLocale = 'en' | 'fr';

/** A reason code: a key of the catalog. */
export type ReasonCode = keyof typeof catalog.en;

/** A parameter: text, a number (written the reader's way), or reasons worded in the same language ('; '-joined). */
export type ReasonParam = string | number | Reason | Reason[];

/** One reason: its code and the values of its placeholders. */
export interface Reason {
  code: ReasonCode;
  params?: Record<string, ReasonParam>;
}

/** A reason with its parameters. */
export function reason(code: ReasonCode, params?: Record<string, ReasonParam>): Reason {
  return params ? { code, params } : { code };
}

function word(value: ReasonParam, locale: ReasonLocale): string {
  if (typeof value === 'number') return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((r) => reasonText(r, locale)).join('; ');
  return reasonText(value, locale);
}

/** The reason worded in `locale` (English by default). */
export function reasonText(r: Reason, locale: ReasonLocale = 'en'): string {
  const template = (catalog[locale] as Record<string, string>)[r.code] ?? catalog.en[r.code];
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (r.params && key in r.params ? word(r.params[key]!, locale) : all));
}

/** An error that carries its reason: its message is the English wording. */
export class ReasonError extends Error {
  constructor(readonly reason: Reason) {
    super(reasonText(reason));
    this.name = 'ReasonError';
  }
}

/** The reason of an error: its own when it carries one, else its message as it is. */
export function reasonOf(error: unknown): Reason {
  if (error instanceof ReasonError) return error.reason;
  const withReason = error as { reason?: Reason } | undefined;
  if (withReason && typeof withReason === 'object' && withReason.reason && typeof withReason.reason.code === 'string') return withReason.reason;
  return reason('failedWith', { error: error instanceof Error ? error.message : String(error) });
}
