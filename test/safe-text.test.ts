import { describe, expect, it } from 'vitest';
import { jsonSafe, terminalSafe } from '../src/safe-text.js';

describe('terminalSafe', () => {
  it('removes ANSI and OSC sequences, 7-bit and 8-bit', () => {
    expect(terminalSafe('a\u001b]0;pwned\u0007b\u001b[2Jc\u001b[31;1md\u009b2Je\u001b]8;;http://x\u001b\\f')).toBe('abcdef');
  });

  it('shows other control characters escaped, keeps tabs, line feeds and ordinary text', () => {
    expect(terminalSafe('a\u0000b\u0008c\rd\u007fe\u0085f\u2028g')).toBe('a\\x00b\\x08c\\x0Dd\\x7Fe\\x85f\\u2028g');
    expect(terminalSafe('Élysée\t« ok »\n')).toBe('Élysée\t« ok »\n');
    expect(terminalSafe('a\u202eb')).toBe('a\\u202Eb');
  });
});

describe('jsonSafe', () => {
  it('escapes what JSON.stringify leaves raw, and the value reads back the same', () => {
    const value = { t: 'x\u009by\u2028z\u007f\u001b\u202e' };
    const safe = jsonSafe(JSON.stringify(value));
    expect(safe).not.toMatch(/[\u007f-\u009f\u2028\u2029\u001b\u202e]/u);
    expect(JSON.parse(safe)).toEqual(value);
  });
});
