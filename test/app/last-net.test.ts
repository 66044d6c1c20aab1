import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installLastNet } from '../../src/app/last-net.js';

describe('installLastNet', () => {
  it('logs an uncaught exception and an unhandled rejection with their context, and can be removed', () => {
    const logs: [string, string, Record<string, unknown> | undefined][] = [];
    const target = new EventEmitter();
    const net = installLastNet((level, message, context) => logs.push([level, message, context]), target);
    const boom = new Error('boom');
    target.emit('uncaughtException', boom, 'uncaughtException');
    target.emit('unhandledRejection', 'no reason');
    expect(logs).toEqual([
      ['error', 'uncaught exception; still serving', { error: boom, origin: 'uncaughtException' }],
      ['error', 'unhandled rejection; still serving', { error: 'no reason' }],
    ]);
    net.remove();
    expect(target.listenerCount('uncaughtException')).toBe(0);
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
