import timeWords from '../nlp/data/fr-time.json' with { type: 'json' };

/** French month names, January first, from the shared time-words data file. */
const MONTHS: string[] = [...timeWords.months].sort((a, b) => a.number - b.number).map((m) => m.names[0]);

/** "2024-03-12" → "12 mars 2024", "2024-02" → "février 2024", "2011" → "2011"; with a time, "… à 14h30". */
export function formatDateFr(value: string, time?: string, surface?: string): string {
  const [y, m, d] = value.split('-');
  const month = m ? MONTHS[Number(m) - 1] ?? m : undefined;
  let out = d ? `${Number(d) === 1 ? '1er' : Number(d)} ${month} ${y}` : month ? `${month} ${y}` : y;
  if (time) out += ` à ${formatTimeFr(time, surface)}`;
  return out;
}

/**
 * "14:30" → "14h30", "09:00" → "9h", "00:00" → "minuit" (as French news write times); "12:00" → "midi" when the text
 * said so, "00:00" → "0h00" when it wrote figures (`surface`: the expression as written, "un peu avant midi", "à 00H00").
 */
export function formatTimeFr(time: string, surface?: string): string {
  const [h, min] = time.split(':');
  if (time === '12:00' && surface !== undefined && /(?<![\p{L}-])midi(?![\p{L}-])/iu.test(surface)) return 'midi';
  // "depuis minuit": midnight is said so, never "0h" — unless the text gave it in figures ("à 00H00 GMT").
  if (Number(h) === 0 && (!min || min === '00')) return surface !== undefined && /\d/.test(surface) && !/minuit/iu.test(surface) ? '0h00' : 'minuit';
  // "à 07H00 GMT": the minutes the text writes out are kept ("7h00"); "à 7 heures" is "7h".
  const written = min === '00' && surface !== undefined && /\d\s*[hH:]\s*00(?!\d)/u.test(surface);
  return `${Number(h)}h${min && (min !== '00' || written) ? min : ''}`;
}
