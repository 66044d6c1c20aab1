/**
 * One-line structured logs: `level message key=value …`, to stderr. Injectable so tests can capture them. Values
 * are JSON, with the characters JSON leaves raw (C1 controls, U+2028 …) escaped: a log line stays one line and
 * prints nothing a terminal acts on.
 */
import { jsonSafe } from './safe-text.js';

/** A log sink. */
export type Logger = (level: 'info' | 'warn' | 'error', message: string, context?: Record<string, unknown>) => void;

function show(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.stack ?? value.message);
  if (typeof value === 'string') return JSON.stringify(value.length > 300 ? `${value.slice(0, 300)}…` : value);
  return JSON.stringify(value) ?? 'undefined';
}

/** Writes `2024-… level message k=v …` lines to stderr. */
export const consoleLogger: Logger = (level, message, context = {}) => {
  const pairs = Object.entries(context).map(([k, v]) => `${k}=${show(v)}`);
  process.stderr.write(jsonSafe(`${new Date().toISOString()} ${level} ${message}${pairs.length ? ' ' + pairs.join(' ') : ''}\n`));
};
